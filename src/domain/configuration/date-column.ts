// A column people type dates in: setup asks Sheets to check that each entry is a date.

/**
 * One column's date check. Like the dropdowns it warns rather than rejects, so a value typed
 * another way still reaches the desk's checks, which name it on Config's Check list.
 */
export interface DateColumn {
  readonly tab: string;
  readonly header: string;
  readonly help: string;
}
