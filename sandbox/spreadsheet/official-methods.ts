/**
 * Every method Google documents on the SpreadsheetApp classes (and the Ui and Menu they show), as
 * @types/google-apps-script declares them. The compiler checks that each list is exactly the
 * class's methods (a missing or unknown name fails `npm run typecheck`), so an upgrade of the
 * typings shows what Google added.
 */

type MethodName<T> = {
  [K in keyof T]: T[K] extends (...args: never[]) => unknown ? K : never;
}[keyof T] &
  string;

/** The names, when they are exactly T's methods; otherwise a type error naming the missing ones. */
function allMethodsOf<T>() {
  return <const N extends readonly MethodName<T>[]>(
    names: N &
      ([Exclude<MethodName<T>, N[number]>] extends [never]
        ? unknown
        : {missing: Exclude<MethodName<T>, N[number]>})
  ): readonly string[] => names;
}

// prettier-ignore
export const SPREADSHEET_APP_METHODS = allMethodsOf<GoogleAppsScript.Spreadsheet.SpreadsheetApp>()([
  'create', 'enableAllDataSourcesExecution', 'enableBigQueryExecution', 'flush', 'getActive',
  'getActiveRange', 'getActiveRangeList', 'getActiveSheet', 'getActiveSpreadsheet',
  'getCurrentCell', 'getSelection', 'getUi', 'newCellImage', 'newColor',
  'newConditionalFormatRule', 'newDataSourceSpec', 'newDataValidation', 'newFilterCriteria',
  'newRichTextValue', 'newTextStyle', 'open', 'openById', 'openByUrl', 'setActiveRange',
  'setActiveRangeList', 'setActiveSheet', 'setActiveSpreadsheet', 'setCurrentCell',
]);

// prettier-ignore
export const SPREADSHEET_METHODS = allMethodsOf<GoogleAppsScript.Spreadsheet.Spreadsheet>()([
  'addDeveloperMetadata', 'addEditor', 'addEditors', 'addMenu', 'addViewer', 'addViewers',
  'appendRow', 'autoResizeColumn', 'copy', 'createDeveloperMetadataFinder', 'createTextFinder',
  'deleteActiveSheet', 'deleteColumn', 'deleteColumns', 'deleteRow', 'deleteRows', 'deleteSheet',
  'duplicateActiveSheet', 'getActiveCell', 'getActiveRange', 'getActiveRangeList',
  'getActiveSheet', 'getAs', 'getBandings', 'getBlob', 'getColumnWidth', 'getCurrentCell',
  'getDataRange', 'getDataSourceTables', 'getDeveloperMetadata', 'getEditors', 'getFormUrl',
  'getFrozenColumns', 'getFrozenRows', 'getId', 'getImages',
  'getIterativeCalculationConvergenceThreshold', 'getLastColumn', 'getLastRow',
  'getMaxIterativeCalculationCycles', 'getName', 'getNamedRanges', 'getNumSheets', 'getOwner',
  'getPredefinedSpreadsheetThemes', 'getProtections', 'getRange', 'getRangeByName',
  'getRangeList', 'getRecalculationInterval', 'getRowHeight', 'getSelection', 'getSheetById',
  'getSheetByName', 'getSheetId', 'getSheetName', 'getSheetProtection', 'getSheetValues',
  'getSheets', 'getSpreadsheetLocale', 'getSpreadsheetTheme', 'getSpreadsheetTimeZone', 'getUrl',
  'getViewers', 'hideColumn', 'hideRow', 'insertColumnAfter', 'insertColumnBefore',
  'insertColumnsAfter', 'insertColumnsBefore', 'insertImage', 'insertRowAfter', 'insertRowBefore',
  'insertRowsAfter', 'insertRowsBefore', 'insertSheet', 'insertSheetWithDataSourceTable',
  'isAnonymousView', 'isAnonymousWrite', 'isColumnHiddenByUser', 'isIterativeCalculationEnabled',
  'isRowHiddenByFilter', 'isRowHiddenByUser', 'moveActiveSheet', 'moveChartToObjectSheet',
  'removeEditor', 'removeMenu', 'removeNamedRange', 'removeViewer', 'rename', 'renameActiveSheet',
  'resetSpreadsheetTheme', 'setActiveRange', 'setActiveRangeList', 'setActiveSelection',
  'setActiveSheet', 'setAnonymousAccess', 'setColumnWidth', 'setCurrentCell', 'setFrozenColumns',
  'setFrozenRows', 'setIterativeCalculationConvergenceThreshold',
  'setIterativeCalculationEnabled', 'setMaxIterativeCalculationCycles', 'setNamedRange',
  'setRecalculationInterval', 'setRowHeight', 'setSheetProtection', 'setSpreadsheetLocale',
  'setSpreadsheetTheme', 'setSpreadsheetTimeZone', 'show', 'sort', 'toast', 'unhideColumn',
  'unhideRow', 'updateMenu',
]);

// prettier-ignore
export const SHEET_METHODS = allMethodsOf<GoogleAppsScript.Spreadsheet.Sheet>()([
  'activate', 'addDeveloperMetadata', 'appendRow', 'asDataSourceSheet', 'autoResizeColumn',
  'autoResizeColumns', 'autoResizeRows', 'clear', 'clearConditionalFormatRules', 'clearContents',
  'clearFormats', 'clearNotes', 'collapseAllColumnGroups', 'collapseAllRowGroups', 'copyTo',
  'createDeveloperMetadataFinder', 'createTextFinder', 'deleteColumn', 'deleteColumns',
  'deleteRow', 'deleteRows', 'expandAllColumnGroups', 'expandAllRowGroups',
  'expandColumnGroupsUpToDepth', 'expandRowGroupsUpToDepth', 'getActiveCell', 'getActiveRange',
  'getActiveRangeList', 'getBandings', 'getCharts', 'getColumnGroup',
  'getColumnGroupControlPosition', 'getColumnGroupDepth', 'getColumnWidth',
  'getConditionalFormatRules', 'getCurrentCell', 'getDataRange', 'getDataSourceTables',
  'getDeveloperMetadata', 'getDrawings', 'getFilter', 'getFormUrl', 'getFrozenColumns',
  'getFrozenRows', 'getImages', 'getIndex', 'getLastColumn', 'getLastRow', 'getMaxColumns',
  'getMaxRows', 'getName', 'getNamedRanges', 'getParent', 'getPivotTables', 'getProtections',
  'getRange', 'getRangeList', 'getRowGroup', 'getRowGroupControlPosition', 'getRowGroupDepth',
  'getRowHeight', 'getSelection', 'getSheetId', 'getSheetName', 'getSheetProtection',
  'getSheetValues', 'getSlicers', 'getTabColor', 'getType', 'hasHiddenGridlines', 'hideColumn',
  'hideColumns', 'hideRow', 'hideRows', 'hideSheet', 'insertChart', 'insertColumnAfter',
  'insertColumnBefore', 'insertColumns', 'insertColumnsAfter', 'insertColumnsBefore',
  'insertImage', 'insertRowAfter', 'insertRowBefore', 'insertRows', 'insertRowsAfter',
  'insertRowsBefore', 'insertSlicer', 'isColumnHiddenByUser', 'isRightToLeft',
  'isRowHiddenByFilter', 'isRowHiddenByUser', 'isSheetHidden', 'moveColumns', 'moveRows',
  'newChart', 'protect', 'removeChart', 'setActiveRange', 'setActiveRangeList',
  'setActiveSelection', 'setColumnGroupControlPosition', 'setColumnWidth', 'setColumnWidths',
  'setConditionalFormatRules', 'setCurrentCell', 'setFrozenColumns', 'setFrozenRows',
  'setHiddenGridlines', 'setName', 'setRightToLeft', 'setRowGroupControlPosition', 'setRowHeight',
  'setRowHeights', 'setRowHeightsForced', 'setSheetProtection', 'setTabColor', 'showColumns',
  'showRows', 'showSheet', 'sort', 'unhideColumn', 'unhideRow', 'updateChart',
]);

// prettier-ignore
export const RANGE_METHODS = allMethodsOf<GoogleAppsScript.Spreadsheet.Range>()([
  'activate', 'activateAsCurrentCell', 'addDeveloperMetadata', 'applyColumnBanding',
  'applyRowBanding', 'autoFill', 'autoFillToNeighbor', 'breakApart', 'canEdit', 'check', 'clear',
  'clearContent', 'clearDataValidations', 'clearFormat', 'clearNote', 'collapseGroups',
  'copyFormatToRange', 'copyTo', 'copyValuesToRange', 'createDataSourcePivotTable',
  'createDataSourceTable', 'createDeveloperMetadataFinder', 'createFilter', 'createPivotTable',
  'createTextFinder', 'deleteCells', 'expandGroups', 'getA1Notation', 'getBackground',
  'getBackgroundObject', 'getBackgroundObjects', 'getBackgrounds', 'getBandings', 'getCell',
  'getColumn', 'getDataRegion', 'getDataSourceFormula', 'getDataSourceFormulas',
  'getDataSourcePivotTables', 'getDataSourceTables', 'getDataSourceUrl', 'getDataTable',
  'getDataValidation', 'getDataValidations', 'getDeveloperMetadata', 'getDisplayValue',
  'getDisplayValues', 'getFilter', 'getFontColor', 'getFontColorObject', 'getFontColorObjects',
  'getFontColors', 'getFontFamilies', 'getFontFamily', 'getFontLine', 'getFontLines',
  'getFontSize', 'getFontSizes', 'getFontStyle', 'getFontStyles', 'getFontWeight',
  'getFontWeights', 'getFormula', 'getFormulaR1C1', 'getFormulas', 'getFormulasR1C1', 'getGridId',
  'getHeight', 'getHorizontalAlignment', 'getHorizontalAlignments', 'getLastColumn', 'getLastRow',
  'getMergedRanges', 'getNextDataCell', 'getNote', 'getNotes', 'getNumColumns', 'getNumRows',
  'getNumberFormat', 'getNumberFormats', 'getRichTextValue', 'getRichTextValues', 'getRow',
  'getRowIndex', 'getSheet', 'getTextDirection', 'getTextDirections', 'getTextRotation',
  'getTextRotations', 'getTextStyle', 'getTextStyles', 'getValue', 'getValues',
  'getVerticalAlignment', 'getVerticalAlignments', 'getWidth', 'getWrap', 'getWrapStrategies',
  'getWrapStrategy', 'getWraps', 'insertCells', 'insertCheckboxes', 'isBlank', 'isChecked',
  'isEndColumnBounded', 'isEndRowBounded', 'isPartOfMerge', 'isStartColumnBounded',
  'isStartRowBounded', 'merge', 'mergeAcross', 'mergeVertically', 'moveTo', 'offset', 'protect',
  'randomize', 'removeCheckboxes', 'removeDuplicates', 'setBackground', 'setBackgroundObject',
  'setBackgroundObjects', 'setBackgroundRGB', 'setBackgrounds', 'setBorder', 'setDataValidation',
  'setDataValidations', 'setFontColor', 'setFontColorObject', 'setFontColorObjects',
  'setFontColors', 'setFontFamilies', 'setFontFamily', 'setFontLine', 'setFontLines',
  'setFontSize', 'setFontSizes', 'setFontStyle', 'setFontStyles', 'setFontWeight',
  'setFontWeights', 'setFormula', 'setFormulaR1C1', 'setFormulas', 'setFormulasR1C1',
  'setHorizontalAlignment', 'setHorizontalAlignments', 'setNote', 'setNotes', 'setNumberFormat',
  'setNumberFormats', 'setRichTextValue', 'setRichTextValues', 'setShowHyperlink',
  'setTextDirection', 'setTextDirections', 'setTextRotation', 'setTextRotations', 'setTextStyle',
  'setTextStyles', 'setValue', 'setValues', 'setVerticalAlignment', 'setVerticalAlignments',
  'setVerticalText', 'setWrap', 'setWrapStrategies', 'setWrapStrategy', 'setWraps',
  'shiftColumnGroupDepth', 'shiftRowGroupDepth', 'sort', 'splitTextToColumns', 'trimWhitespace',
  'uncheck',
]);

// prettier-ignore
export const RANGE_LIST_METHODS = allMethodsOf<GoogleAppsScript.Spreadsheet.RangeList>()([
  'activate', 'breakApart', 'check', 'clear', 'clearContent', 'clearDataValidations',
  'clearFormat', 'clearNote', 'getRanges', 'insertCheckboxes', 'removeCheckboxes',
  'setBackground', 'setBackgroundRGB', 'setBorder', 'setFontColor', 'setFontFamily',
  'setFontLine', 'setFontSize', 'setFontStyle', 'setFontWeight', 'setFormula', 'setFormulaR1C1',
  'setHorizontalAlignment', 'setNote', 'setNumberFormat', 'setShowHyperlink', 'setTextDirection',
  'setTextRotation', 'setValue', 'setVerticalAlignment', 'setVerticalText', 'setWrap',
  'setWrapStrategy', 'trimWhitespace', 'uncheck',
]);

// prettier-ignore
export const SELECTION_METHODS = allMethodsOf<GoogleAppsScript.Spreadsheet.Selection>()([
  'getActiveRange', 'getActiveRangeList', 'getActiveSheet', 'getCurrentCell', 'getNextDataRange',
]);

// prettier-ignore
export const NAMED_RANGE_METHODS = allMethodsOf<GoogleAppsScript.Spreadsheet.NamedRange>()([
  'getName', 'getRange', 'remove', 'setName', 'setRange',
]);

// prettier-ignore
export const PROTECTION_METHODS = allMethodsOf<GoogleAppsScript.Spreadsheet.Protection>()([
  'addEditor', 'addEditors', 'canDomainEdit', 'canEdit', 'getDescription', 'getEditors',
  'getProtectionType', 'getRange', 'getRangeName', 'getUnprotectedRanges', 'isWarningOnly',
  'remove', 'removeEditor', 'removeEditors', 'setDescription', 'setDomainEdit', 'setNamedRange',
  'setRange', 'setRangeName', 'setUnprotectedRanges', 'setWarningOnly',
]);

// prettier-ignore
export const TEXT_FINDER_METHODS = allMethodsOf<GoogleAppsScript.Spreadsheet.TextFinder>()([
  'findAll', 'findNext', 'findPrevious', 'getCurrentMatch', 'ignoreDiacritics', 'matchCase',
  'matchEntireCell', 'matchFormulaText', 'replaceAllWith', 'replaceWith', 'startFrom',
  'useRegularExpression',
]);

// prettier-ignore
export const DATA_VALIDATION_METHODS = allMethodsOf<GoogleAppsScript.Spreadsheet.DataValidation>()([
  'copy', 'getAllowInvalid', 'getCriteriaType', 'getCriteriaValues', 'getHelpText',
]);

// prettier-ignore
export const DATA_VALIDATION_BUILDER_METHODS = allMethodsOf<GoogleAppsScript.Spreadsheet.DataValidationBuilder>()([
  'build', 'copy', 'getAllowInvalid', 'getCriteriaType', 'getCriteriaValues', 'getHelpText',
  'requireCheckbox', 'requireDate', 'requireDateAfter', 'requireDateBefore', 'requireDateBetween',
  'requireDateEqualTo', 'requireDateNotBetween', 'requireDateOnOrAfter', 'requireDateOnOrBefore',
  'requireFormulaSatisfied', 'requireNumberBetween', 'requireNumberEqualTo',
  'requireNumberGreaterThan', 'requireNumberGreaterThanOrEqualTo', 'requireNumberLessThan',
  'requireNumberLessThanOrEqualTo', 'requireNumberNotBetween', 'requireNumberNotEqualTo',
  'requireTextContains', 'requireTextDoesNotContain', 'requireTextEqualTo', 'requireTextIsEmail',
  'requireTextIsUrl', 'requireValueInList', 'requireValueInRange', 'setAllowInvalid',
  'setHelpText', 'withCriteria',
]);

// prettier-ignore
export const UI_METHODS = allMethodsOf<GoogleAppsScript.Base.Ui>()([
  'alert', 'createAddonMenu', 'createMenu', 'prompt', 'showDialog', 'showModalDialog',
  'showModelessDialog', 'showSidebar',
]);

// prettier-ignore
export const MENU_METHODS = allMethodsOf<GoogleAppsScript.Base.Menu>()([
  'addItem', 'addSeparator', 'addSubMenu', 'addToUi',
]);

// prettier-ignore
export const CONDITIONAL_FORMAT_RULE_METHODS = allMethodsOf<GoogleAppsScript.Spreadsheet.ConditionalFormatRule>()([
  'copy', 'getBooleanCondition', 'getGradientCondition', 'getRanges',
]);

// prettier-ignore
export const CONDITIONAL_FORMAT_RULE_BUILDER_METHODS = allMethodsOf<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder>()([
  'build', 'copy', 'getBooleanCondition', 'getGradientCondition', 'getRanges', 'setBackground',
  'setBold', 'setFontColor', 'setGradientMaxpoint', 'setGradientMaxpointWithValue',
  'setGradientMidpointWithValue', 'setGradientMinpoint', 'setGradientMinpointWithValue',
  'setItalic', 'setRanges', 'setStrikethrough', 'setUnderline', 'whenCellEmpty',
  'whenCellNotEmpty', 'whenDateAfter', 'whenDateBefore', 'whenDateEqualTo',
  'whenFormulaSatisfied', 'whenNumberBetween', 'whenNumberEqualTo', 'whenNumberGreaterThan',
  'whenNumberGreaterThanOrEqualTo', 'whenNumberLessThan', 'whenNumberLessThanOrEqualTo',
  'whenNumberNotBetween', 'whenNumberNotEqualTo', 'whenTextContains', 'whenTextDoesNotContain',
  'whenTextEndsWith', 'whenTextEqualTo', 'whenTextStartsWith', 'withCriteria',
]);

// prettier-ignore
export const BOOLEAN_CONDITION_METHODS = allMethodsOf<GoogleAppsScript.Spreadsheet.BooleanCondition>()([
  'getBackground', 'getBold', 'getCriteriaType', 'getCriteriaValues', 'getFontColor', 'getItalic',
  'getStrikethrough', 'getUnderline',
]);

// prettier-ignore
export const FILTER_METHODS = allMethodsOf<GoogleAppsScript.Spreadsheet.Filter>()([
  'getColumnFilterCriteria', 'getRange', 'remove', 'removeColumnFilterCriteria',
  'setColumnFilterCriteria', 'sort',
]);

// prettier-ignore
export const FILTER_CRITERIA_METHODS = allMethodsOf<GoogleAppsScript.Spreadsheet.FilterCriteria>()([
  'copy', 'getCriteriaType', 'getCriteriaValues', 'getHiddenValues', 'getVisibleValues',
]);

// prettier-ignore
export const FILTER_CRITERIA_BUILDER_METHODS = allMethodsOf<GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder>()([
  'build', 'copy', 'getCriteriaType', 'getCriteriaValues', 'getHiddenValues', 'getVisibleValues',
  'setHiddenValues', 'setVisibleValues', 'whenCellEmpty', 'whenCellNotEmpty', 'whenDateAfter',
  'whenDateBefore', 'whenDateEqualTo', 'whenFormulaSatisfied', 'whenNumberBetween',
  'whenNumberEqualTo', 'whenNumberGreaterThan', 'whenNumberGreaterThanOrEqualTo',
  'whenNumberLessThan', 'whenNumberLessThanOrEqualTo', 'whenNumberNotBetween',
  'whenNumberNotEqualTo', 'whenTextContains', 'whenTextDoesNotContain', 'whenTextEndsWith',
  'whenTextEqualTo', 'whenTextStartsWith', 'withCriteria',
]);
