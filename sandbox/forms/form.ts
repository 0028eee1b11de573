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
    private readonly onDestination: (
      form: FakeForm,
      spreadsheetId: string
    ) => void,
    private readonly newItemId: () => number
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

  getItems(itemType?: GoogleAppsScript.Forms.ItemType): Item[] {
    return this.items
      .filter(item => itemType === undefined || item.kind === String(itemType))
      .map(item => asOfficial<Item>(item));
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
    this.onDestination(this, id);
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

  removeDestination(): Form {
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

  /** Host: the item titled so, if any. */
  itemTitled(title: string): FakeFormItem | undefined {
    return this.items.find(item => item.title === title);
  }

  private add(kind: ItemKind): FakeFormItem {
    const item = new FakeFormItem(this.newItemId(), kind, it =>
      this.items.indexOf(it)
    );
    this.items.push(item);
    return item;
  }
}
