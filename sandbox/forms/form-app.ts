import {Environment} from '../core/environment';
import {ScriptException, SERVICE} from '../core/service';
import {formatJavaDate} from '../utilities/java-date-format';
import {appsScriptEnum, asOfficial, officialEnum} from '../core/official-types';
import {FakeForm} from './form';
import {ITEM_TYPES} from './form-items';
import {FakeFormResponse, FakeItemResponse} from './form-response';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

// Unverified wording: what openById says for an id that is not a form the user can open.
const NOT_FOUND =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

export interface FormAppHost {
  /** The spreadsheet a form's responses go to (the SpreadsheetApp fake's store). */
  openSpreadsheet(id: string): Spreadsheet | undefined;
  /** Tells the spreadsheet which form feeds it (`Spreadsheet.getFormUrl()`). */
  linkForm?(spreadsheetId: string, formUrl: string): void;
}

export interface FormSubmission {
  readonly form: FakeForm;
  readonly response: FakeFormResponse;
  /** The destination sheet and row written, when the form has a destination. */
  readonly sheet?: Sheet;
  readonly row?: number;
  /** The row as display strings: timestamp, [email,] answers in column order. */
  readonly values: string[];
  readonly namedValues: Record<string, string[]>;
}

/** Spreadsheet-bound form-submit event (PLATFORM.md: Trigger events). */
export interface SpreadsheetSubmitEvent {
  authMode: 'FULL';
  namedValues: Record<string, string[]>;
  range: GoogleAppsScript.Spreadsheet.Range | undefined;
  triggerUid: string;
  values: string[];
}

/** Form-bound form-submit event (PLATFORM.md: Trigger events). */
export interface FormSubmitEvent {
  authMode: 'FULL';
  response: GoogleAppsScript.Forms.FormResponse;
  source: GoogleAppsScript.Forms.Form;
  triggerUid: string;
}

/** The response sheet's timestamp as the en-US spreadsheet locale displays it. */
const TIMESTAMP_DISPLAY = 'M/d/yyyy H:mm:ss';

/**
 * FormApp (https://developers.google.com/apps-script/reference/forms/form-app; PLATFORM.md: Forms).
 * Host API: `forms`, `submit` (a respondent answers), `spreadsheetSubmitEvent`, `formSubmitEvent`.
 */
export class FakeFormApp implements Pick<
  GoogleAppsScript.Forms.FormApp,
  'create' | 'openById' | 'openByUrl' | 'DestinationType' | 'ItemType'
> {
  readonly [SERVICE] = 'FormApp';
  readonly DestinationType = officialEnum<
    GoogleAppsScript.Forms.FormApp['DestinationType']
  >(['SPREADSHEET']);
  readonly ItemType =
    officialEnum<GoogleAppsScript.Forms.FormApp['ItemType']>(ITEM_TYPES);
  readonly EmailCollectionType = appsScriptEnum([
    'DO_NOT_COLLECT',
    'VERIFIED',
    'RESPONDER_INPUT',
  ]);
  readonly forms = new Map<string, FakeForm>();
  private itemIds = 1_000_000_000;
  private responseSheets = new Map<string, string>();

  constructor(
    private readonly env: Environment,
    private readonly host: FormAppHost
  ) {}

  create(title: string): GoogleAppsScript.Forms.Form {
    const form = new FakeForm(
      this.env.newId('form'),
      String(title),
      (f, spreadsheetId) => this.linkDestination(f, spreadsheetId),
      () => this.itemIds++
    );
    this.forms.set(form.id, form);
    return asOfficial(form);
  }

  openById(id: string): GoogleAppsScript.Forms.Form {
    const form = this.forms.get(id);
    if (!form) throw new ScriptException(NOT_FOUND);
    return asOfficial(form);
  }

  openByUrl(url: string): GoogleAppsScript.Forms.Form {
    const id = /\/forms\/d\/(?:e\/)?([^/]+)/.exec(url)?.[1];
    return this.openById(id ?? '');
  }

  /**
   * Host: a respondent submits answers by question title. Refuses (host Error) what the form UI
   * would not send: a closed form, a missing required answer, a choice not offered.
   */
  submit(
    formId: string,
    answers: Record<string, string>,
    respondent = ''
  ): FormSubmission {
    const form = this.forms.get(formId);
    if (!form) throw new Error(`No form ${formId}.`);
    if (!form.isAcceptingResponses())
      throw new Error(`Form ${formId} is not accepting responses.`);
    const itemResponses: FakeItemResponse[] = [];
    for (const item of form.items) {
      const answer = answers[item.title] ?? '';
      if (answer === '') {
        if (item.required) throw new Error(`"${item.title}" is required.`);
        continue;
      }
      if (
        (item.kind === 'LIST' || item.kind === 'MULTIPLE_CHOICE') &&
        !item.choices.includes(answer)
      )
        throw new Error(`"${answer}" is not a choice of "${item.title}".`);
      itemResponses.push(new FakeItemResponse(item, answer));
    }
    const now = this.env.clock.now();
    const email = form.collectsEmail() ? respondent : '';
    const response = new FakeFormResponse(
      this.env.newId('response'),
      now,
      email,
      itemResponses
    );
    form.responses.push(response);

    const headers = this.headers(form);
    const cells: Array<string | Date> = [new Date(now)];
    if (form.collectsEmail()) cells.push(email);
    for (const item of form.items) cells.push(answers[item.title] ?? '');
    const values = [
      formatJavaDate(now, this.env.timeZone, TIMESTAMP_DISPLAY),
      ...cells.slice(1).map(String),
    ];
    const namedValues = Object.fromEntries(
      headers.map((header, i) => [header, [values[i]]])
    );
    const sheet = this.responseSheet(form);
    if (!sheet) return {form, response, values, namedValues};
    sheet.getRange(1, 1, 1, headers.length).setValues([headers]);
    sheet.appendRow(cells);
    return {
      form,
      response,
      sheet,
      row: sheet.getLastRow(),
      values,
      namedValues,
    };
  }

  spreadsheetSubmitEvent(
    submission: FormSubmission,
    triggerUid: string
  ): SpreadsheetSubmitEvent {
    return {
      authMode: 'FULL',
      namedValues: submission.namedValues,
      range:
        submission.sheet && submission.row
          ? submission.sheet.getRange(
              submission.row,
              1,
              1,
              submission.values.length
            )
          : undefined,
      triggerUid,
      values: submission.values,
    };
  }

  formSubmitEvent(
    submission: FormSubmission,
    triggerUid: string
  ): FormSubmitEvent {
    return {
      authMode: 'FULL',
      response: asOfficial(submission.response),
      source: asOfficial(submission.form),
      triggerUid,
    };
  }

  /** Host: the name of the sheet a form writes its responses to. */
  responseSheetName(formId: string): string | undefined {
    return this.responseSheets.get(formId);
  }

  private headers(form: FakeForm): string[] {
    return [
      'Timestamp',
      ...(form.collectsEmail() ? ['Email Address'] : []),
      ...form.items.map(item => item.title),
    ];
  }

  private responseSheet(form: FakeForm): Sheet | undefined {
    const name = this.responseSheets.get(form.id);
    if (!form.destinationId || !name) return undefined;
    return (
      this.host.openSpreadsheet(form.destinationId)?.getSheetByName(name) ??
      undefined
    );
  }

  /** Google adds a "Form Responses N" sheet as the first tab and writes the header row. */
  private linkDestination(form: FakeForm, spreadsheetId: string): void {
    const spreadsheet = this.host.openSpreadsheet(spreadsheetId);
    if (!spreadsheet) throw new ScriptException(NOT_FOUND);
    const taken = new Set(
      spreadsheet.getSheets().map(sheet => sheet.getName())
    );
    let n = 1;
    while (taken.has(`Form Responses ${n}`)) n++;
    const sheet = spreadsheet.insertSheet(`Form Responses ${n}`, 0);
    const headers = this.headers(form);
    sheet.getRange(1, 1, 1, headers.length).setValues([headers]);
    this.responseSheets.set(form.id, sheet.getName());
    this.host.linkForm?.(spreadsheetId, form.getEditUrl());
  }
}

export function createFormApp(
  env: Environment,
  host: FormAppHost
): FakeFormApp {
  return new FakeFormApp(env, host);
}
