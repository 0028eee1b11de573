import {Environment} from '../core/environment';
import {ScriptException, SERVICE} from '../core/service';
import {formatJavaDate} from '../utilities/java-date-format';
import {appsScriptEnum, asOfficial, officialEnum} from '../core/official-types';
import {FormLink} from '../spreadsheet/form-link';
import type {FakeSheet} from '../spreadsheet/sheet';
import type {FakeSpreadsheet} from '../spreadsheet/spreadsheet';
import {FakeForm, FormHost} from './form';
import {FakeFormItem, ITEM_TYPES} from './form-items';
import {FakeFormResponse, FakeItemResponse} from './form-response';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

// Unverified wording: what openById says for an id that is not a form the user can open.
const NOT_FOUND =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

export interface FormAppHost {
  /** The spreadsheet a form's responses go to (the SpreadsheetApp fake's store). */
  openSpreadsheet(id: string): FakeSpreadsheet | undefined;
}

/** A column of the response sheet the form fills: the timestamp, the address or a question. */
interface Field {
  readonly key: string;
  readonly header: string;
}

const TIMESTAMP_FIELD: Field = {key: 'timestamp', header: 'Timestamp'};
const EMAIL_FIELD: Field = {key: 'email', header: 'Email Address'};

export interface FormSubmission {
  readonly form: FakeForm;
  readonly response: FakeFormResponse;
  /** The destination sheet and row written, when the form has a destination. */
  readonly sheet?: Sheet;
  readonly row?: number;
  /** The columns from the form's first to its last, whatever a person inserted between them. */
  readonly columns?: {first: number; count: number};
  /** The form's cells as display strings, in column order: timestamp, [email,] answers. */
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
  private readonly formHost: FormHost = {
    linkDestination: (form, spreadsheetId) =>
      this.linkDestination(form, spreadsheetId),
    unlinkDestination: form => this.unlinkDestination(form),
    questionChanged: (form, item) => this.questionChanged(form, item),
    newItemId: () => this.itemIds++,
  };

  constructor(
    private readonly env: Environment,
    private readonly host: FormAppHost
  ) {}

  create(title: string): GoogleAppsScript.Forms.Form {
    const form = new FakeForm(
      this.env.newId('form'),
      String(title),
      this.formHost
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
      form.id,
      this.env.newId('response'),
      now,
      email,
      itemResponses
    );
    form.responses.push(response);

    const cells = new Map<string, string | Date>([
      [TIMESTAMP_FIELD.key, new Date(now)],
      [EMAIL_FIELD.key, email],
      ...form.items.map((item): [string, string] => [
        String(item.id),
        answers[item.title] ?? '',
      ]),
    ]);
    const display = (field: Field) =>
      field === TIMESTAMP_FIELD
        ? formatJavaDate(now, this.env.timeZone, TIMESTAMP_DISPLAY)
        : String(cells.get(field.key));
    const sheet = this.responseSheet(form);
    if (!sheet) {
      const fields = this.fields(form);
      return {
        form,
        response,
        values: fields.map(display),
        namedValues: namedValuesOf(fields, display),
      };
    }
    const link = this.placeColumns(form, sheet);
    const row = sheet.getLastRow() + 1;
    if (row > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), 1);
    const fields = this.fields(form).sort(
      (a, b) => link.columnOf(a.key)! - link.columnOf(b.key)!
    );
    for (const field of fields)
      this.writeCell(
        sheet,
        row,
        link.columnOf(field.key)!,
        cells.get(field.key)
      );
    const first = link.columnOf(fields[0].key)!;
    const last = link.columnOf(fields[fields.length - 1].key)!;
    return {
      form,
      response,
      sheet: asOfficial(sheet),
      row,
      columns: {first, count: last - first + 1},
      values: fields.map(display),
      namedValues: namedValuesOf(fields, display),
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
        submission.sheet && submission.row && submission.columns
          ? submission.sheet.getRange(
              submission.row,
              submission.columns.first,
              1,
              submission.columns.count
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

  /** The form's fields in the order Google first lays out their columns. */
  private fields(form: FakeForm): Field[] {
    return [
      TIMESTAMP_FIELD,
      ...(form.collectsEmail() ? [EMAIL_FIELD] : []),
      ...form.items.map(item => ({key: String(item.id), header: item.title})),
    ];
  }

  /** The sheet linked to the form, found by identity: renaming or moving the tab keeps the link. */
  private responseSheet(form: FakeForm): FakeSheet | undefined {
    if (!form.destinationId) return undefined;
    return this.host
      .openSpreadsheet(form.destinationId)
      ?.getSheets()
      .find(sheet => sheet.hostFormLink?.formId === form.id);
  }

  /**
   * Gives each field without a column (a new question, or one whose column was deleted) the first
   * column right of everything in the sheet, headed by its title. Existing headers stay as they are.
   */
  private placeColumns(form: FakeForm, sheet: FakeSheet): FormLink {
    const link = sheet.hostFormLink!;
    for (const field of this.fields(form)) {
      if (link.columnOf(field.key) !== undefined) continue;
      const column = Math.max(sheet.getLastColumn(), link.lastColumn()) + 1;
      if (column > sheet.getMaxColumns())
        sheet.insertColumnsAfter(sheet.getMaxColumns(), 1);
      link.place(field.key, column);
      this.writeCell(sheet, 1, column, field.header);
    }
    return link;
  }

  /** Google writes as the form, not as whoever runs a script: the owner's rights apply. */
  private writeCell(
    sheet: FakeSheet,
    row: number,
    column: number,
    value: unknown
  ): void {
    sheet.hostWrite({row, column, numRows: 1, numColumns: 1}, [[value]], {
      kind: 'script',
      user: this.env.owner,
    });
  }

  /** A question added gets a column; a question retitled renames its column's header. */
  private questionChanged(form: FakeForm, item: FakeFormItem): void {
    const sheet = this.responseSheet(form);
    if (!sheet) return;
    const column = sheet.hostFormLink!.columnOf(String(item.id));
    if (column === undefined) this.placeColumns(form, sheet);
    else this.writeCell(sheet, 1, column, item.title);
  }

  /** Google adds a "Form Responses N" sheet as the first tab and heads a column per field. */
  private linkDestination(form: FakeForm, spreadsheetId: string): void {
    const spreadsheet = this.host.openSpreadsheet(spreadsheetId);
    if (!spreadsheet) throw new ScriptException(NOT_FOUND);
    this.unlinkDestination(form);
    const taken = new Set(
      spreadsheet.getSheets().map(sheet => sheet.getName())
    );
    let n = 1;
    while (taken.has(`Form Responses ${n}`)) n++;
    const sheet = spreadsheet.insertSheet(`Form Responses ${n}`, 0);
    sheet.hostFormLink = new FormLink(form.id, form.getEditUrl());
    this.placeColumns(form, sheet);
  }

  private unlinkDestination(form: FakeForm): void {
    const sheet = this.responseSheet(form);
    if (sheet) sheet.hostFormLink = undefined;
  }
}

function namedValuesOf(
  fields: readonly Field[],
  display: (field: Field) => string
): Record<string, string[]> {
  return Object.fromEntries(
    fields.map(field => [field.header, [display(field)]])
  );
}

export function createFormApp(
  env: Environment,
  host: FormAppHost
): FakeFormApp {
  return new FakeFormApp(env, host);
}
