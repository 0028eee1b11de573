/**
 * Screenshots a requester attached through the intake form's optional file-upload question. The
 * response sheet holds that answer as the files' Drive links, comma-separated
 * (`https://drive.google.com/open?id=<file ID>`); the desk keeps only the file IDs it finds, as
 * links, so anything else typed into the cell never becomes a link.
 */

/** Google allows at most 10 files per file-upload question (support.google.com/docs/answer/7322334). */
export const MAX_SCREENSHOTS = 10;

const DRIVE_ID = /(?:[?&]id=|\/file\/d\/)([\w-]{10,})/g;

export function screenshotLinks(answer: string): string[] {
  const ids = [...answer.matchAll(DRIVE_ID)].map(match => match[1]);
  return [...new Set(ids)]
    .slice(0, MAX_SCREENSHOTS)
    .map(id => `https://drive.google.com/open?id=${id}`);
}
