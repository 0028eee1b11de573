import {parseConfig} from '../../../src/domain/configuration/config';
import {intakeFormSpec} from '../../../src/domain/tickets/intake-form';
import {ensureIntakeForm} from '../../../src/workspace/services/intake-form';
import {
  PROPERTY,
  deleteScriptProperty,
} from '../../../src/workspace/services/properties';
import {responseSheet} from '../../../src/workspace/services/response-sheet';
import {useFakeWorkspace} from '../../support/apps-script-globals';

const workspace = useFakeWorkspace();

describe('the response sheet adapter', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getformurl: the link
  // belongs to the sheet; platform.md, Spreadsheets: find the response sheet by it, not its name.
  it('finds the tab setup linked after a coordinator renamed and moved it', () => {
    ensureIntakeForm(workspace().ss, intakeFormSpec(parseConfig([]).config));
    const sheet = workspace().ss.getSheetByName('Form Responses 1')!;
    sheet.setName('Help requests');
    workspace().ss.insertSheet('Notes', 0);
    expect(responseSheet(workspace().ss)?.getName()).toBe('Help requests');
  });

  it('finds it by its form link when no sheet id was kept (an older install), and keeps it', () => {
    const {form} = ensureIntakeForm(
      workspace().ss,
      intakeFormSpec(parseConfig([]).config)
    );
    deleteScriptProperty(PROPERTY.responseSheetId);
    workspace().ss.getSheetByName('Form Responses 1')!.setName('Requests');
    const found = responseSheet(workspace().ss);
    expect(found?.getFormUrl()).toBe(form.getEditUrl());
    expect(
      PropertiesService.getScriptProperties().getProperty(
        PROPERTY.responseSheetId
      )
    ).toBe(String(found?.getSheetId()));
  });

  it('finds none when the form is not linked', () => {
    const {form} = ensureIntakeForm(
      workspace().ss,
      intakeFormSpec(parseConfig([]).config)
    );
    form.removeDestination();
    deleteScriptProperty(PROPERTY.responseSheetId);
    expect(responseSheet(workspace().ss)).toBeUndefined();
  });
});
