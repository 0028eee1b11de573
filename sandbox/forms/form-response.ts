import {SERVICE} from '../core/service';
import {asOfficial} from '../core/official-types';
import {FakeFormItem} from './form-items';

export class FakeItemResponse implements Pick<
  GoogleAppsScript.Forms.ItemResponse,
  'getItem' | 'getResponse'
> {
  readonly [SERVICE] = 'FormApp.ItemResponse';

  constructor(
    readonly item: FakeFormItem,
    readonly answer: string
  ) {}

  getItem(): GoogleAppsScript.Forms.Item {
    return asOfficial(this.item);
  }

  getResponse(): string {
    return this.answer;
  }
}

/** https://developers.google.com/apps-script/reference/forms/form-response */
export class FakeFormResponse implements Pick<
  GoogleAppsScript.Forms.FormResponse,
  | 'getId'
  | 'getTimestamp'
  | 'getRespondentEmail'
  | 'getItemResponses'
  | 'getResponseForItem'
  | 'getEditResponseUrl'
> {
  readonly [SERVICE] = 'FormApp.FormResponse';

  constructor(
    private readonly formId: string,
    readonly id: string,
    readonly timestamp: number,
    readonly respondentEmail: string,
    readonly itemResponses: readonly FakeItemResponse[]
  ) {}

  getId(): string {
    return this.id;
  }

  /** The respondent's link to change their answers (the URL's shape is the emulator's). */
  getEditResponseUrl(): string {
    return `https://docs.google.com/forms/d/e/${this.formId}/viewform?edit2=${this.id}`;
  }

  getTimestamp(): Date {
    return new Date(this.timestamp);
  }

  /** '' when the form does not collect addresses. */
  getRespondentEmail(): string {
    return this.respondentEmail;
  }

  getItemResponses(): GoogleAppsScript.Forms.ItemResponse[] {
    return this.itemResponses.map(r =>
      asOfficial<GoogleAppsScript.Forms.ItemResponse>(r)
    );
  }

  getResponseForItem(
    item: GoogleAppsScript.Forms.Item
  ): GoogleAppsScript.Forms.ItemResponse {
    const found = this.itemResponses.find(r => r.item.getId() === item.getId());
    // No answer to that item: Apps Script returns null (the official typing omits it).
    return (
      found ? asOfficial(found) : null
    ) as GoogleAppsScript.Forms.ItemResponse;
  }
}
