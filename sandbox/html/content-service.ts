import {SERVICE} from '../core/service';
import {
  asOfficial,
  asOfficialEnumValue,
  officialEnum,
} from '../core/official-types';

type TextOutput = GoogleAppsScript.Content.TextOutput;
type MimeType = GoogleAppsScript.Content.MimeType;

/** https://developers.google.com/apps-script/reference/content/mime-type */
export const MIME_TYPES: Record<string, string> = {
  ATOM: 'application/atom+xml',
  CSV: 'text/csv',
  ICAL: 'text/calendar',
  JAVASCRIPT: 'application/javascript',
  JSON: 'application/json',
  RSS: 'application/rss+xml',
  TEXT: 'text/plain',
  VCARD: 'text/vcard',
  XML: 'text/xml',
};

/** https://developers.google.com/apps-script/reference/content/text-output */
export class FakeTextOutput implements Pick<
  TextOutput,
  | 'getContent'
  | 'setContent'
  | 'append'
  | 'clear'
  | 'getMimeType'
  | 'setMimeType'
  | 'downloadAsFile'
  | 'getFileName'
> {
  readonly [SERVICE] = 'ContentService.TextOutput';
  /** The ContentService.MimeType name; `TEXT` by default. */
  mimeType = 'TEXT';
  fileName: string | null = null;

  constructor(public content = '') {}

  /** Host view: the HTTP Content-Type this output is served with. */
  contentType(): string {
    return MIME_TYPES[this.mimeType];
  }

  getContent(): string {
    return this.content;
  }

  setContent(content: string): TextOutput {
    this.content = content;
    return asOfficial(this);
  }

  append(addedContent: string): TextOutput {
    this.content += addedContent;
    return asOfficial(this);
  }

  clear(): TextOutput {
    return this.setContent('');
  }

  getMimeType(): MimeType {
    return asOfficialEnumValue(this.mimeType);
  }

  setMimeType(mimeType: MimeType): TextOutput {
    this.mimeType = String(mimeType);
    return asOfficial(this);
  }

  downloadAsFile(filename: string): TextOutput {
    this.fileName = filename;
    return asOfficial(this);
  }

  getFileName(): string {
    // null until downloadAsFile is called; the official typing omits the null.
    return this.fileName as string;
  }
}

/** ContentService (https://developers.google.com/apps-script/reference/content/content-service). */
export class FakeContentService implements Pick<
  GoogleAppsScript.Content.ContentService,
  'createTextOutput' | 'MimeType'
> {
  readonly [SERVICE] = 'ContentService';
  readonly MimeType = officialEnum<
    GoogleAppsScript.Content.ContentService['MimeType']
  >(Object.keys(MIME_TYPES));

  createTextOutput(content?: string): TextOutput {
    return asOfficial(new FakeTextOutput(content ?? ''));
  }
}

export function createContentService(): FakeContentService {
  return new FakeContentService();
}
