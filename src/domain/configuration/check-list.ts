// The Check list on the Config tab: every problem the desk's checks found, where the coordinator looks.
/** Column E of Config, one blank column right of its Key, Value and Description. */
export const CHECK_LIST_COLUMN = 5;

export const CHECK_LIST_HEADER = 'Check';

/** Pixels: a problem's sentence reads in two or three lines. */
export const CHECK_LIST_WIDTH = 460;

export const NOTHING_TO_CHECK = 'Nothing to check: every setting reads well.';

/** The list under its header: one problem a row, or one line saying there is nothing to check. */
export function checkListItems(problems: readonly string[]): string[] {
  return problems.length === 0 ? [NOTHING_TO_CHECK] : [...problems];
}
