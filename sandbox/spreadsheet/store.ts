import {Environment} from '../core/environment';
import {FakeSpreadsheet} from './spreadsheet';
import {FakeUi} from './ui';

/** Every spreadsheet of one emulated workspace, and the one the script is bound to. */
export class SpreadsheetStore {
  private readonly spreadsheets = new Map<string, FakeSpreadsheet>();
  /** The container the script is bound to (SpreadsheetApp.getActive()). */
  active: FakeSpreadsheet | undefined;
  /** The spreadsheet UI the bound script shows menus, alerts and dialogs in. */
  readonly ui = new FakeUi();
  /** False while a trigger with no one looking runs (time-driven, form submit): getUi() throws. */
  uiAvailable = true;

  constructor(private readonly env: Environment) {
    this.ui.viewer = env.owner;
  }

  /**
   * An execution starts: `viewer` is whose menu bar its menus go to; `sessionUser`, when set, is
   * the person whose selection it sees and moves (a menu click, their open or their edit).
   */
  beginExecution(viewer: string, sessionUser: string | undefined): void {
    this.ui.viewer = viewer;
    for (const spreadsheet of this.spreadsheets.values())
      spreadsheet.hostBeginExecution(
        spreadsheet === this.active ? sessionUser : undefined
      );
  }

  /** A new spreadsheet with one empty sheet, "Sheet1". */
  create(name: string): FakeSpreadsheet {
    const spreadsheet = this.createEmpty(name);
    spreadsheet.insertSheet('Sheet1');
    return spreadsheet;
  }

  /** A spreadsheet with no sheets yet, for loaders that add their own. */
  createEmpty(name: string): FakeSpreadsheet {
    const spreadsheet = new FakeSpreadsheet(
      this.env,
      this.env.newId('spreadsheet'),
      name,
      this.ui
    );
    this.spreadsheets.set(spreadsheet.getId(), spreadsheet);
    return spreadsheet;
  }

  byId(id: string): FakeSpreadsheet | undefined {
    return this.spreadsheets.get(id);
  }

  all(): FakeSpreadsheet[] {
    return [...this.spreadsheets.values()];
  }
}
