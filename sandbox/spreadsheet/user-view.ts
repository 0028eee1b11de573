/** What one person sees of a spreadsheet: the sheet on screen and where they selected on each sheet. */
import type {Area} from './area';
import type {FakeSheet} from './sheet';

/** A selected block and the cell with focus in it (1-based). */
export interface SheetSelection {
  area: Area;
  current: {row: number; column: number};
}

function cellA1(): SheetSelection {
  return {
    area: {row: 1, column: 1, numRows: 1, numColumns: 1},
    current: {row: 1, column: 1},
  };
}

function fits(selection: SheetSelection, sheet: FakeSheet): boolean {
  const {area} = selection;
  return (
    area.row + area.numRows - 1 <= sheet.getMaxRows() &&
    area.column + area.numColumns - 1 <= sheet.getMaxColumns()
  );
}

/**
 * One person's view (a browser tab), or the view an execution with nobody looking starts with:
 * the first sheet, A1 selected on every sheet. Like the Sheets UI, each sheet keeps its own
 * selection while another sheet is shown.
 */
export class UserView {
  private shown: FakeSheet | undefined;
  private readonly selections = new Map<FakeSheet, SheetSelection>();

  constructor(private readonly sheets: () => readonly FakeSheet[]) {}

  /** The sheet on screen; the first sheet if none was chosen or the chosen one was deleted. */
  activeSheet(): FakeSheet {
    const all = this.sheets();
    return this.shown && all.includes(this.shown) ? this.shown : all[0];
  }

  show(sheet: FakeSheet): void {
    this.shown = sheet;
  }

  /** The selection on `sheet`; A1 until something is selected there, or once rows under it went. */
  selectionOn(sheet: FakeSheet): SheetSelection {
    const selection = this.selections.get(sheet);
    return selection && fits(selection, sheet) ? selection : cellA1();
  }

  /** Shows `sheet` with `area` selected and focus on `current` (its top-left cell by default). */
  select(
    sheet: FakeSheet,
    area: Area,
    current = {row: area.row, column: area.column}
  ): void {
    this.shown = sheet;
    this.selections.set(sheet, {area: {...area}, current: {...current}});
  }
}
