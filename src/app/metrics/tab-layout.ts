// The leader tabs' looks (formats, charts) applied only when their plan changed since the last rebuild.
import {
  layoutPrint,
  parseLayouts,
  serialiseLayouts,
} from '../../domain/metrics/presentation/layout-record';
import {
  formattedRows,
  tableFormat,
} from '../../domain/metrics/presentation/sheet-format';
import {growGridTo} from '../../workspace/sheets/grid-size';
import {applySheetFormat} from '../../workspace/sheets/sheet-format';
import {
  PROPERTY,
  scriptProperty,
  setScriptProperty,
} from '../../workspace/services/properties';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * What one rebuild applies: each tab's plan is fingerprinted and applied only when the tab (by
 * sheet id, so a tab deleted and made again is new) last had another. Formats and charts cost
 * dozens of round trips and never change with the figures alone. Set up or repair forgets every
 * plan, so the next rebuild applies them all again, repairing a look a person
 * changed by hand. Each fingerprint is recorded after its look is applied: a run stopped between
 * the two applies it again next time.
 */
export class TabLayouts {
  private readonly applied = parseLayouts(
    scriptProperty(PROPERTY.metricsLayouts)
  );

  /** Whether `plan` is what `sheet` last had applied. */
  isCurrent(sheet: Sheet, plan: unknown): boolean {
    return this.applied.get(String(sheet.getSheetId())) === layoutPrint(plan);
  }

  /** Runs `apply` unless `plan` is what `sheet` last had; returns whether it ran. */
  applyOnce(sheet: Sheet, plan: unknown, apply: () => void): boolean {
    if (this.isCurrent(sheet, plan)) return false;
    apply();
    this.applied.set(String(sheet.getSheetId()), layoutPrint(plan));
    setScriptProperty(PROPERTY.metricsLayouts, serialiseLayouts(this.applied));
    return true;
  }

  /**
   * A Looker table's look (`tableFormat`) over its data rows rounded up to whole format blocks,
   * the grid grown to hold them: applied again only when the look changes or the table crosses
   * into a new block.
   */
  formatTable(
    sheet: Sheet,
    columnFormats: readonly string[],
    dataRows: number,
    width?: number
  ): void {
    const rows = formattedRows(dataRows);
    const format = tableFormat(columnFormats, rows, width);
    this.applyOnce(sheet, format, () => {
      growGridTo(sheet, rows + 1);
      applySheetFormat(sheet, format);
    });
  }
}
