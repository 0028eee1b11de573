// Creates or updates the intake Google Form and gives its published link.
import {IntakeFormSpec, Question} from '../../domain/tickets/intake-form';
import {PROPERTY, scriptProperty, setScriptProperty} from './properties';
import {rememberResponseSheet, sheetLinkedTo} from './response-sheet';

type Form = GoogleAppsScript.Forms.Form;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Members @types/google-apps-script 2.0.13 lacks: forms made by a script start unpublished and must
 * be published (https://developers.google.com/workspace/forms/api/guides/publish-form), and email
 * collection can be set to verified.
 */
type CurrentForm = Form & {
  setPublished?(published: boolean): Form;
  setEmailCollectionType?(type: unknown): Form;
};

function verifiedEmailType(): unknown {
  const app = FormApp as unknown as {
    EmailCollectionType?: Record<string, unknown>;
  };
  return app.EmailCollectionType?.VERIFIED;
}

function existingForm(ss: Spreadsheet): Form | undefined {
  const id = scriptProperty(PROPERTY.formId);
  if (id) {
    try {
      return FormApp.openById(id);
    } catch {
      // The stored form was deleted: fall through to the linked one or a new form.
    }
  }
  const url = ss.getFormUrl();
  return url ? FormApp.openByUrl(url) : undefined;
}

function addQuestion(form: Form, question: Question): void {
  switch (question.kind) {
    case 'list':
      form
        .addListItem()
        .setTitle(question.title)
        .setHelpText(question.help)
        .setChoiceValues([...question.choices])
        .setRequired(question.required);
      return;
    case 'choice':
      form
        .addMultipleChoiceItem()
        .setTitle(question.title)
        .setHelpText(question.help)
        .setChoiceValues([...question.choices])
        .setRequired(question.required);
      return;
    case 'text':
      form
        .addTextItem()
        .setTitle(question.title)
        .setHelpText(question.help)
        .setRequired(question.required);
      return;
    case 'paragraph':
      form
        .addParagraphTextItem()
        .setTitle(question.title)
        .setHelpText(question.help)
        .setRequired(question.required);
      return;
  }
}

/** Adds missing questions and refreshes the choices of existing lists (campuses, categories). */
function syncQuestions(form: Form, spec: IntakeFormSpec): void {
  const items = new Map(form.getItems().map(item => [item.getTitle(), item]));
  for (const question of spec.questions) {
    const item = items.get(question.title);
    if (!item) {
      addQuestion(form, question);
    } else if (question.kind === 'list') {
      item.asListItem().setChoiceValues([...question.choices]);
    } else if (question.kind === 'choice') {
      item.asMultipleChoiceItem().setChoiceValues([...question.choices]);
    }
  }
}

export interface IntakeFormState {
  readonly form: Form;
  readonly created: boolean;
  /** The tab this call linked the form to, when it linked it. */
  readonly responseSheet: string | undefined;
}

/**
 * The intake form linked to this spreadsheet: created once (its id kept in Script Properties),
 * repaired afterwards, always published and accepting responses with verified emails.
 */
export function ensureIntakeForm(
  ss: Spreadsheet,
  spec: IntakeFormSpec
): IntakeFormState {
  let form = existingForm(ss) as CurrentForm | undefined;
  const created = !form;
  if (!form) form = FormApp.create(spec.title) as CurrentForm;
  form.setTitle(spec.title).setDescription(spec.description);
  const verified = verifiedEmailType();
  if (form.setEmailCollectionType && verified !== undefined)
    form.setEmailCollectionType(verified);
  else form.setCollectEmail(true);
  syncQuestions(form, spec);
  let responseSheet: string | undefined;
  if (created || !ss.getFormUrl()) {
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    SpreadsheetApp.flush();
    const linked = sheetLinkedTo(ss, form.getId());
    if (linked) rememberResponseSheet(linked);
    responseSheet = linked?.getName();
  }
  form.setPublished?.(true);
  if (!form.isAcceptingResponses()) form.setAcceptingResponses(true);
  setScriptProperty(PROPERTY.formId, form.getId());
  return {form, created, responseSheet};
}

export function intakeFormUrl(): string | undefined {
  const id = scriptProperty(PROPERTY.formId);
  return id ? FormApp.openById(id).getPublishedUrl() : undefined;
}
