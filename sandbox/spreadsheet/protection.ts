import {SERVICE} from '../core/service';
import {FakeUser} from '../session/user';
import {ApiOf} from '../core/official-types';
import {Area, overlaps} from './area';
import {ProtectionType} from './enums';
import {stubNotEmulated} from './not-emulated';
import {PROTECTION_METHODS} from './official-methods';

/** What a protection needs of the sheet it is on, whose ranges are `R`s. */
export interface ProtectedSheet<R> {
  getRange(row: number, column: number, numRows: number, numColumns: number): R;
  getMaxRows(): number;
  getMaxColumns(): number;
}

/** What a protection needs of its spreadsheet: who owns it, who is acting, how to drop it. */
export interface ProtectionParent {
  hostOwner(): string;
  hostCurrentUser(): string;
  hostRemoveProtection(protection: FakeProtection<unknown>): void;
}

function emailOf(user: string | FakeUser): string {
  return typeof user === 'string' ? user : user.getEmail();
}

/**
 * A protected sheet or range. Its editors start as the spreadsheet's owner and the user who
 * protected it; the owner can always edit
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection).
 */
export class FakeProtection<R> implements ApiOf<
  GoogleAppsScript.Spreadsheet.Protection,
  | 'setDescription'
  | 'getDescription'
  | 'setWarningOnly'
  | 'isWarningOnly'
  | 'addEditor'
  | 'addEditors'
  | 'removeEditor'
  | 'removeEditors'
  | 'getEditors'
  | 'getRange'
  | 'remove'
  | 'canEdit'
  | 'getProtectionType'
  | 'setDomainEdit'
  | 'canDomainEdit'
> {
  readonly [SERVICE] = 'SpreadsheetApp.Protection';
  private description = '';
  private warningOnly = false;
  private domainEdit = false;
  private readonly editors = new Set<string>();

  constructor(
    private readonly parent: ProtectionParent,
    readonly sheet: ProtectedSheet<R>,
    readonly type: GoogleAppsScript.Spreadsheet.ProtectionType,
    /** The protected block for a range protection; a sheet protection covers the whole sheet. */
    readonly area: Area | undefined
  ) {
    this.editors.add(parent.hostOwner());
    this.editors.add(parent.hostCurrentUser());
  }

  setDescription(description: string): this {
    this.description = description;
    return this;
  }

  getDescription(): string {
    return this.description;
  }

  setWarningOnly(warningOnly: boolean): this {
    this.warningOnly = warningOnly;
    return this;
  }

  isWarningOnly(): boolean {
    return this.warningOnly;
  }

  setDomainEdit(editable: boolean): this {
    this.domainEdit = editable;
    return this;
  }

  canDomainEdit(): boolean {
    return this.domainEdit;
  }

  addEditor(user: string | FakeUser): this {
    this.editors.add(emailOf(user));
    return this;
  }

  addEditors(emailAddresses: string[]): this {
    for (const email of emailAddresses) this.editors.add(email);
    return this;
  }

  removeEditor(user: string | FakeUser): this {
    this.removeEditors([user]);
    return this;
  }

  /** The owner cannot be removed: Sheets keeps the owner as an editor of every protection. */
  removeEditors(users: Array<string | FakeUser>): this {
    const owner = this.parent.hostOwner();
    for (const user of users) {
      const email = emailOf(user);
      if (email !== owner) this.editors.delete(email);
    }
    return this;
  }

  getEditors(): FakeUser[] {
    return [...this.editors].map(
      email => new FakeUser(email, 'SpreadsheetApp.User')
    );
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return this.type;
  }

  getRange(): R {
    const area = this.area;
    if (!area)
      return this.sheet.getRange(
        1,
        1,
        this.sheet.getMaxRows(),
        this.sheet.getMaxColumns()
      );
    return this.sheet.getRange(
      area.row,
      area.column,
      area.numRows,
      area.numColumns
    );
  }

  remove(): void {
    this.parent.hostRemoveProtection(this);
  }

  canEdit(): boolean {
    return this.hostCanEdit(this.parent.hostCurrentUser());
  }

  /** Host: whether `user` may edit what this protects without a warning. */
  hostCanEdit(user: string): boolean {
    return this.editors.has(user);
  }

  /** Host: whether this protection covers any cell of `area` on its sheet. */
  hostCovers(area: Area): boolean {
    return this.type === ProtectionType.SHEET || overlaps(this.area!, area);
  }
}

stubNotEmulated(FakeProtection, 'Protection', PROTECTION_METHODS);
