/**
 * Files respondents upload through a Google Forms file-upload question, as Drive holds them.
 *
 * Google's rules (support.google.com/docs/answer/7322334, "Upload files to a Google Form"; the
 * Forms API's FileUploadQuestion has the same maxFiles / maxFileSize / folderId fields): the
 * question is added by hand in the Forms editor (FormApp has no add…Item for it, and the Forms API
 * "does not support creating file upload questions"); respondents must be signed in to Google;
 * the form's owner sets at most 1, 5 or 10 files per question and a largest file of 1 MB, 10 MB,
 * 100 MB, 1 GB or 10 GB; the files land in a folder of the form owner's Drive, and the response
 * sheet's cell holds their links, comma-separated: `https://drive.google.com/open?id=<file ID>`.
 */
const MB = 1024 * 1024;

export const UPLOAD_MAX_FILES = [1, 5, 10] as const;
export const UPLOAD_MAX_FILE_BYTES = [
  MB,
  10 * MB,
  100 * MB,
  1024 * MB,
  10 * 1024 * MB,
] as const;

/** What the form owner chose for the question in the editor. */
export interface UploadLimits {
  readonly maxFiles: (typeof UPLOAD_MAX_FILES)[number];
  readonly maxFileBytes: (typeof UPLOAD_MAX_FILE_BYTES)[number];
}

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  maxFiles: 1,
  maxFileBytes: 10 * MB,
};

/** A file as the respondent picks it. */
export interface PickedFile {
  readonly name: string;
  readonly mimeType: string;
  readonly bytes: number;
}

/** A file in the form owner's Drive after upload. */
export interface UploadedFile extends PickedFile {
  readonly id: string;
  readonly uploadedBy: string;
}

export function checkedLimits(limits: UploadLimits): UploadLimits {
  if (!(UPLOAD_MAX_FILES as readonly number[]).includes(limits.maxFiles))
    throw new Error(
      `A file-upload question allows 1, 5 or 10 files, not ${limits.maxFiles}.`
    );
  if (
    !(UPLOAD_MAX_FILE_BYTES as readonly number[]).includes(limits.maxFileBytes)
  )
    throw new Error(
      'A file-upload question allows files of at most 1 MB, 10 MB, 100 MB, 1 GB or 10 GB.'
    );
  return limits;
}

/** The Drive files respondents uploaded, by ID. */
export class DriveUploads {
  readonly files = new Map<string, UploadedFile>();
  private next = 1;

  /** Uploads as the form would accept them, or throws what the form would refuse. */
  upload(
    limits: UploadLimits,
    respondent: string,
    picked: readonly PickedFile[]
  ): UploadedFile[] {
    if (respondent === '')
      throw new Error('Sign in to Google to upload files to this form.');
    if (picked.length > limits.maxFiles)
      throw new Error(`At most ${limits.maxFiles} file(s) may be uploaded.`);
    const tooBig = picked.find(file => file.bytes > limits.maxFileBytes);
    if (tooBig) throw new Error(`"${tooBig.name}" is larger than allowed.`);
    return picked.map(file => {
      const id = `1Upl${String(this.next++).padStart(8, '0')}DriveFileId`;
      const uploaded = {...file, id, uploadedBy: respondent};
      this.files.set(id, uploaded);
      return uploaded;
    });
  }
}

/** The response sheet's cell for the uploaded files. */
export function uploadAnswer(files: readonly UploadedFile[]): string {
  return files.map(f => `https://drive.google.com/open?id=${f.id}`).join(', ');
}
