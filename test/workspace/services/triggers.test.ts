import {PROPERTY} from '../../../src/workspace/services/properties';
import {ensureTrigger} from '../../../src/workspace/services/triggers';
import {useFakeWorkspace} from '../../support/apps-script-globals';

const workspace = useFakeWorkspace();

describe('ensureTrigger', () => {
  it('installs each trigger once and keeps its id in Script Properties', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    expect(ensureTrigger('handleFormSubmit', 'formSubmit', ss)).toBe(
      'installed'
    );
    expect(ensureTrigger('handleEdit', 'edit', ss)).toBe('installed');
    expect(ensureTrigger('sweep', 'everyFiveMinutes', ss)).toBe('installed');
    expect(ensureTrigger('handleFormSubmit', 'formSubmit', ss)).toBe('kept');
    expect(
      workspace()
        .triggers.list()
        .map(t => [t.handlerFunction, t.eventType])
    ).toEqual([
      ['handleFormSubmit', 'ON_FORM_SUBMIT'],
      ['handleEdit', 'ON_EDIT'],
      ['sweep', 'CLOCK'],
    ]);
    const stored = PropertiesService.getScriptProperties().getProperty(
      `${PROPERTY.triggerPrefix}sweep`
    );
    expect(stored).toBe(workspace().triggers.list()[2].uid);
  });

  it('finds an installed trigger even when its stored id was lost', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    ensureTrigger('handleEdit', 'edit', ss);
    PropertiesService.getScriptProperties().deleteAllProperties();
    expect(ensureTrigger('handleEdit', 'edit', ss)).toBe('kept');
    expect(workspace().triggers.list()).toHaveLength(1);
  });
});
