/**
 * Apps Script enums are objects whose members print as their own names
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection-type). The emulator
 * represents each member as that name, so `ui.Button.YES` equals `'YES'` and compares with `===`.
 * @types/google-apps-script declares them as numeric TypeScript enums, hence the cast.
 */
function enumOf<E>(...names: string[]): E {
  return Object.freeze(
    Object.fromEntries(names.map(name => [name, name]))
  ) as unknown as E;
}

export const ProtectionType = enumOf<
  typeof GoogleAppsScript.Spreadsheet.ProtectionType
>('RANGE', 'SHEET');

export const DataValidationCriteria = enumOf<
  typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria
>(
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX'
);

export const Button = enumOf<typeof GoogleAppsScript.Base.Button>(
  'CLOSE',
  'OK',
  'CANCEL',
  'YES',
  'NO'
);

export const ButtonSet = enumOf<typeof GoogleAppsScript.Base.ButtonSet>(
  'OK',
  'OK_CANCEL',
  'YES_NO',
  'YES_NO_CANCEL'
);
