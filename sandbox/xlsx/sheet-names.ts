/**
 * Why Excel would refuse a sheet name that Google Sheets accepts, or undefined if it is fine.
 * Excel reserves "History" (PLATFORM.md: Toolchain facts), allows 31 characters, and forbids
 * `* ? : \ / [ ]` and a leading or trailing apostrophe
 * (https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9).
 */
export function xlsxSheetNameProblem(name: string): string | undefined {
  if (name.toLowerCase() === 'history')
    return 'Excel reserves the name "History" for its own use';
  if (name.length > 31) return 'Excel allows at most 31 characters';
  if (/[*?:/\\[\]]/.test(name))
    return 'Excel forbids the characters * ? : \\ / [ ]';
  if (/^'|'$/.test(name))
    return 'Excel forbids an apostrophe at the start or end';
  return undefined;
}
