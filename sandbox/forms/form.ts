import {checkedLimits, UploadLimits} from '../drive/uploads';
import {ScriptException, SERVICE} from '../core/service';
import {asOfficial, asOfficialEnumValue} from '../core/official-types';
import {FakeFormItem, ItemKind} from './form-items';
import {FakeFormResponse} from './form-response';

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;
/** Members @types/google-apps-script 2.0.13 lacks (https://developers.google.com/apps-script/reference/forms/form). */
type CurrentForm = Form & {
  setPublished(published: boolean): Form;
  isPublished(): boolean;
  setEmailCollectionType(type: unknown): Form;
  getEmailCollectionType(): unknown;
};

/** What a form asks of FormApp: its response destination and the ids of new items. */
export interface FormHost {
  /** Links the form to a spreadsheet: a new "Form Responses N" sheet receives its responses. */
  linkDestination(form: FakeForm, spreadsheetId: string): void;
  /** The response sheet stops receiving responses; it keeps the rows it has. */
  unlinkDestination(form: FakeForm): void;
  /** An item was added or retitled: its column in the response sheet is (re)headed. */
  questionChanged(form: FakeForm, item: FakeFormItem): void;
  newItemId(): number;
}

// Unverified wording: what getResponse and deleteResponse say for an id the form does not hold.
const NO_RESPONSE = 'Invalid argument: responseId';

/**
 * A Google Form (https://developers.google.com/apps-script/reference/forms/form; PLATFORM.md:
 * Forms). Answers arrive through the host API of FakeFormApp, which writes them here and into the
 * destination spreadsheet.
 */
export class FakeForm implements Pick<
  CurrentForm,
  | 'getId'
  | 'getTitle'
  | 'setTitle'
  | 'getDescription'
  | 'setDescription'
  | 'setCollectEmail'
  | 'collectsEmail'
  | 'setEmailCollectionType'
  | 'getEmailCollectionType'
  | 'addListItem'
  | 'addMultipleChoiceItem'
  | 'addTextItem'
  | 'addParagraphTextItem'
  | 'getItems'
  | 'getItemById'
  | 'setDestination'
  | 'getDestinationId'
  | 'getDestinationType'
  | 'removeDestination'
  | 'getPublishedUrl'
  | 'getEditUrl'
  | 'setPublished'
  | 'isPublished'
  | 'setAcceptingResponses'
  | 'isAcceptingResponses'
  | 'setConfirmationMessage'
  | 'getConfirmationMessage'
  | 'getResponses'
  | 'getResponse'
  | 'deleteResponse'
  | 'deleteAllResponses'
  | 'deleteItem'
> {
  readonly [SERVICE] = 'FormApp.Form';
  title = '';
  description = '';
  confirmationMessage = '';
  emailCollection: 'DO_NOT_COLLECT' | 'VERIFIED' | 'RESPONDER_INPUT' =
    'DO_NOT_COLLECT';
  /** PLATFORM.md: Forms: forms created through the API start unpublished. */
  published = false;
  acceptingResponses = true;
  destinationId: string | null = null;
  readonly items: FakeFormItem[] = [];
  readonly responses: FakeFormResponse[] = [];

  constructor(
    readonly id: string,
    /** The Drive file name: `FormApp.create(title)` sets only this (PLATFORM.md: Forms). */
    readonly fileName: string,
    private readonly host: FormHost
  ) {}

  getId(): string {
    return this.id;
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): Form {
    this.title = String(title);
    return asOfficial(this);
  }

  getDescription(): string {
    return this.description;
  }

  setDescription(description: string): Form {
    this.description = String(description);
    return asOfficial(this);
  }

  setCollectEmail(collect: boolean): Form {
    this.emailCollection = collect ? 'VERIFIED' : 'DO_NOT_COLLECT';
    return asOfficial(this);
  }

  collectsEmail(): boolean {
    return this.emailCollection !== 'DO_NOT_COLLECT';
  }

  setEmailCollectionType(type: unknown): Form {
    this.emailCollection = String(type) as FakeForm['emailCollection'];
    return asOfficial(this);
  }

  getEmailCollectionType(): unknown {
    return this.emailCollection;
  }

  addListItem(): GoogleAppsScript.Forms.ListItem {
    return asOfficial(this.add('LIST'));
  }

  addMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem {
    return asOfficial(this.add('MULTIPLE_CHOICE'));
  }

  addTextItem(): GoogleAppsScript.Forms.TextItem {
    return asOfficial(this.add('TEXT'));
  }

  addParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem {
    return asOfficial(this.add('PARAGRAPH_TEXT'));
  }

  /**
   * A person adds a file-upload question in the Forms editor: Apps Script has no method that can
   * (FormApp lists ItemType.FILE_UPLOAD but no add…Item for it).
   */
  addFileUploadByHand(title: string, limits: UploadLimits): FakeFormItem {
    const item = this.add('FILE_UPLOAD');
    item.uploadLimits = checkedLimits(limits);
    item.setTitle(title);
    return item;
  }

  getItems(itemType?: GoogleAppsScript.Forms.ItemType): Item[] {
    return this.items
      .filter(item => itemType === undefined || item.kind === String(itemType))
      .map(item => asOfficial<Item>(item));
  }

  /** The item's column stays in the response sheet, with the answers it already holds. */
  deleteItem(item: number | Item): void {
    const index =
      typeof item === 'number'
        ? item
        : this.items.findIndex(it => it.id === item.getId());
    // Unverified wording: deleting an index the form does not have.
    if (index < 0 || index >= this.items.length)
      throw new ScriptException(`Invalid argument: ${String(index)}`);
    this.items.splice(index, 1);
  }

  getItemById(id: number): Item {
    // No such item: Apps Script returns null (the official typing omits it).
    return (this.items.find(item => item.id === id) ?? null) as unknown as Item;
  }

  /** Links the form to a spreadsheet, which gets a new "Form Responses N" sheet (PLATFORM.md: Forms). */
  setDestination(
    type: GoogleAppsScript.Forms.DestinationType,
    id: string
  ): Form {
    if (String(type) !== 'SPREADSHEET')
      throw new ScriptException('Invalid argument: type');
    this.host.linkDestination(this, id);
    this.destinationId = id;
    return asOfficial(this);
  }

  getDestinationId(): string {
    // Unverified wording: Google throws when no destination is set.
    if (this.destinationId === null)
      throw new ScriptException(
        'The form currently has no response destination.'
      );
    return this.destinationId;
  }

  getDestinationType(): GoogleAppsScript.Forms.DestinationType {
    return asOfficialEnumValue('SPREADSHEET');
  }

  /**
   * Unlinks the response sheet, which keeps every row it received
   * (https://developers.google.com/apps-script/reference/forms/form#removedestination).
   */
  removeDestination(): Form {
    this.host.unlinkDestination(this);
    this.destinationId = null;
    return asOfficial(this);
  }

  getPublishedUrl(): string {
    return `https://docs.google.com/forms/d/e/${this.id}/viewform`;
  }

  getEditUrl(): string {
    return `https://docs.google.com/forms/d/${this.id}/edit`;
  }

  setPublished(published: boolean): Form {
    this.published = published;
    return asOfficial(this);
  }

  isPublished(): boolean {
    return this.published;
  }

  setAcceptingResponses(enabled: boolean): Form {
    this.acceptingResponses = enabled;
    return asOfficial(this);
  }

  /** An unpublished form accepts no responses (PLATFORM.md: Forms). */
  isAcceptingResponses(): boolean {
    return this.published && this.acceptingResponses;
  }

  setConfirmationMessage(message: string): Form {
    this.confirmationMessage = String(message);
    return asOfficial(this);
  }

  getConfirmationMessage(): string {
    return this.confirmationMessage;
  }

  /** Every response in the form's own store, or those from `timestamp` on, oldest first. */
  getResponses(
    timestamp?: GoogleAppsScript.Base.Date
  ): GoogleAppsScript.Forms.FormResponse[] {
    const since = timestamp ? timestamp.getTime() : -Infinity;
    return this.responses
      .filter(response => response.timestamp >= since)
      .map(response =>
        asOfficial<GoogleAppsScript.Forms.FormResponse>(response)
      );
  }

  getResponse(responseId: string): GoogleAppsScript.Forms.FormResponse {
    return asOfficial(this.responses[this.responseIndex(responseId)]);
  }

  /**
   * Removes the response from the form's store only: the response sheet keeps its row
   * (https://developers.google.com/apps-script/reference/forms/form#deleteresponseresponseid).
   */
  deleteResponse(responseId: string): Form {
    this.responses.splice(this.responseIndex(responseId), 1);
    return asOfficial(this);
  }

  /** Empties the form's store; the response sheet keeps its rows (same page, deleteAllResponses). */
  deleteAllResponses(): Form {
    this.responses.splice(0);
    return asOfficial(this);
  }

  /** Host: the item titled so, if any. */
  itemTitled(title: string): FakeFormItem | undefined {
    return this.items.find(item => item.title === title);
  }

  private add(kind: ItemKind): FakeFormItem {
    const item = new FakeFormItem(
      this.host.newItemId(),
      kind,
      it => this.items.indexOf(it),
      it => this.host.questionChanged(this, it)
    );
    this.items.push(item);
    this.host.questionChanged(this, item);
    return item;
  }

  private responseIndex(responseId: string): number {
    const index = this.responses.findIndex(r => r.id === String(responseId));
    if (index < 0) throw new ScriptException(NO_RESPONSE);
    return index;
  }
}
