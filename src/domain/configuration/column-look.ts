// How a column of a tab people type in looks: its width, and whether long text wraps in it.

/** One column's look, which setup lays on the tab that owns it. */
export interface TabColumnLook {
  readonly tab: string;
  readonly header: string;
  /** Pixels. */
  readonly width: number;
  /** Long text wraps inside the column instead of being cut off. */
  readonly wrap?: boolean;
}

/** The looks of one tab's columns, from `{header: width}` and the headers whose text wraps. */
export function tabLooks(
  tab: string,
  widths: Readonly<Record<string, number>>,
  wrapped: readonly string[] = []
): TabColumnLook[] {
  return Object.entries(widths).map(([header, width]) => ({
    tab,
    header,
    width,
    ...(wrapped.includes(header) ? {wrap: true} : {}),
  }));
}
