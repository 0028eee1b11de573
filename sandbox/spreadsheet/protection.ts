import {SERVICE} from '../core/service';
import {FakeUser} from '../session/user';
import {ApiOf} from '../core/official-types';
import {Area, overlaps} from './area';
import {ProtectionType} from './enums';
import type {FakeRange} from './range';
import type {FakeSheet} from './sheet';

function emailOf(user: string | FakeUser): string {
  return typeof user === 'string' ? user : user.getEmail();
}

/**
 * A protected sheet or range. Its editors start as the spreadsheet's owner and the user who
 * protected it; the owner can always edit
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection).
 */
export class FakeProtection implements ApiOf<
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
    readonly sheet: FakeSheet,
    readonly type: GoogleAppsScript.Spreadsheet.ProtectionType,
    /** The protected block for a range protection; a sheet protection covers the whole sheet. */
    readonly area: Area | undefined,
    private readonly currentUser: () => string
  ) {
    this.editors.add(sheet.getParent().hostOwner());
    this.editors.add(currentUser());
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
    const owner = this.sheet.getParent().hostOwner();
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

  getRange(): FakeRange {
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
    this.sheet.getParent().hostRemoveProtection(this);
  }

  canEdit(): boolean {
    return this.hostCanEdit(this.currentUser());
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
