import {
  DriveUploads,
  checkedLimits,
  uploadAnswer,
} from '../../../sandbox/drive/uploads';
import {Workspace} from '../../../sandbox/workspace/workspace';

const MB = 1024 * 1024;
const SHOT = {name: 'screen.png', mimeType: 'image/png', bytes: 200_000};

// support.google.com/docs/answer/7322334 (Upload files to a Google Form): 1, 5 or 10 files per
// question; largest file 1 MB, 10 MB, 100 MB, 1 GB or 10 GB; respondents sign in to Google.
describe('files uploaded through a form file-upload question', () => {
  it('takes only the limits the Forms editor offers', () => {
    expect(() => checkedLimits({maxFiles: 3 as 1, maxFileBytes: MB})).toThrow(
      'allows 1, 5 or 10 files'
    );
    expect(() =>
      checkedLimits({maxFiles: 5, maxFileBytes: (2 * MB) as typeof MB})
    ).toThrow('at most 1 MB, 10 MB, 100 MB, 1 GB or 10 GB');
    expect(checkedLimits({maxFiles: 10, maxFileBytes: 10 * 1024 * MB})).toEqual(
      {maxFiles: 10, maxFileBytes: 10 * 1024 * MB}
    );
  });

  it('refuses a respondent who is not signed in, too many files, or a file too large', () => {
    const drive = new DriveUploads();
    const limits = {maxFiles: 1, maxFileBytes: MB} as const;
    expect(() => drive.upload(limits, '', [SHOT])).toThrow('Sign in to Google');
    expect(() =>
      drive.upload(limits, 'a@school.example', [SHOT, SHOT])
    ).toThrow('At most 1 file(s)');
    expect(() =>
      drive.upload(limits, 'a@school.example', [{...SHOT, bytes: MB + 1}])
    ).toThrow('"screen.png" is larger than allowed.');
    expect(drive.files.size).toBe(0);
  });

  it('keeps each file in Drive and answers with their links, comma-separated', () => {
    const drive = new DriveUploads();
    const files = drive.upload(
      {maxFiles: 5, maxFileBytes: 10 * MB},
      'a@school.example',
      [SHOT, {...SHOT, name: 'error.jpg', mimeType: 'image/jpeg'}]
    );
    expect(drive.files.get(files[1].id)).toMatchObject({
      name: 'error.jpg',
      uploadedBy: 'a@school.example',
    });
    expect(uploadAnswer(files)).toBe(
      `https://drive.google.com/open?id=${files[0].id}, https://drive.google.com/open?id=${files[1].id}`
    );
  });

  it('is a question only a person adds, listed by the form as FILE_UPLOAD', () => {
    const ws = new Workspace();
    const form = ws.services.forms.create('Intake');
    expect('addFileUploadItem' in form).toBe(false);
    ws.services.forms.forms
      .get(form.getId())!
      .addFileUploadByHand('Screenshot', {maxFiles: 1, maxFileBytes: 10 * MB});
    expect(
      form
        .getItems(ws.services.forms.ItemType.FILE_UPLOAD)
        .map(i => i.getTitle())
    ).toEqual(['Screenshot']);
  });
});
