import {ScriptException, SERVICE} from '../core/service';
import {asOfficial, asOfficialEnumValue} from '../core/official-types';
import {UploadLimits} from '../drive/uploads';

type Forms = typeof GoogleAppsScript.Forms;
type Item = GoogleAppsScript.Forms.Item;
type ListItem = GoogleAppsScript.Forms.ListItem;
type MultipleChoiceItem = GoogleAppsScript.Forms.MultipleChoiceItem;
type TextItem = GoogleAppsScript.Forms.TextItem;
type ParagraphTextItem = GoogleAppsScript.Forms.ParagraphTextItem;
/** One fake serves every item kind the app uses; chained setters return it as any of them. */
type AnyItem = Item &
  ListItem &
  MultipleChoiceItem &
  TextItem &
  ParagraphTextItem;

export type ItemKind =
  | 'LIST'
  | 'MULTIPLE_CHOICE'
  | 'TEXT'
  | 'PARAGRAPH_TEXT'
  /** Only ever added by a person in the Forms editor: see sandbox/drive/uploads.ts. */
  | 'FILE_UPLOAD';

export const ITEM_TYPES: ReadonlyArray<keyof Forms['ItemType']> = [
  'CHECKBOX',
  'CHECKBOX_GRID',
  'DATE',
  'DATETIME',
  'DURATION',
  'GRID',
  'IMAGE',
  'LIST',
  'MULTIPLE_CHOICE',
  'PAGE_BREAK',
  'PARAGRAPH_TEXT',
  'FILE_UPLOAD',
  'SCALE',
  'SECTION_HEADER',
  'TEXT',
  'TIME',
  'VIDEO',
];

/**
 * A question of a form (https://developers.google.com/apps-script/reference/forms/item and the
 * ListItem, MultipleChoiceItem, TextItem and ParagraphTextItem pages).
 */
export class FakeFormItem
  implements
    Pick<
      Item,
      | 'getId'
      | 'getIndex'
      | 'getTitle'
      | 'setTitle'
      | 'getHelpText'
      | 'setHelpText'
      | 'getType'
      | 'asListItem'
      | 'asMultipleChoiceItem'
      | 'asTextItem'
      | 'asParagraphTextItem'
    >,
    Pick<ListItem, 'isRequired' | 'setRequired' | 'setChoiceValues'>
{
  readonly [SERVICE] = 'FormApp.Item';
  title = '';
  helpText = '';
  required = false;
  choices: string[] = [];

  /** A file-upload question's limits, as its owner set them in the editor. */
  uploadLimits: UploadLimits | undefined;

  constructor(
    readonly id: number,
    readonly kind: ItemKind,
    private readonly indexOf: (item: FakeFormItem) => number,
    /** The form's response sheet heads the item's column with its title. */
    private readonly retitled: (item: FakeFormItem) => void
  ) {}

  getId(): number {
    return this.id;
  }

  getIndex(): number {
    return this.indexOf(this);
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): AnyItem {
    this.title = String(title);
    this.retitled(this);
    return asOfficial(this);
  }

  getHelpText(): string {
    return this.helpText;
  }

  setHelpText(text: string): AnyItem {
    this.helpText = String(text);
    return asOfficial(this);
  }

  getType(): GoogleAppsScript.Forms.ItemType {
    return asOfficialEnumValue(this.kind);
  }

  isRequired(): boolean {
    return this.required;
  }

  setRequired(enabled: boolean): AnyItem {
    this.required = enabled;
    return asOfficial(this);
  }

  setChoiceValues(values: string[]): AnyItem {
    this.choices = values.map(String);
    return asOfficial(this);
  }

  asListItem(): ListItem {
    return this.as('LIST');
  }

  asMultipleChoiceItem(): MultipleChoiceItem {
    return this.as('MULTIPLE_CHOICE');
  }

  asTextItem(): TextItem {
    return this.as('TEXT');
  }

  asParagraphTextItem(): ParagraphTextItem {
    return this.as('PARAGRAPH_TEXT');
  }

  private as(kind: ItemKind): AnyItem {
    // Unverified wording: casting an item to another type fails.
    if (this.kind !== kind)
      throw new ScriptException(
        `Item with ID ${this.id} is of type ${this.kind} and cannot be cast to ${kind}.`
      );
    return asOfficial(this);
  }
}
