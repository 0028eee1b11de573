// A FormApp fake beside a spreadsheet store, and the intake form the conformance tests share.
import {createFormApp} from '../../../sandbox/forms/form-app';
import {SpreadsheetStore} from '../../../sandbox/spreadsheet/store';
import {testEnvironment} from '../utilities/test-environment';

/** Publishes a form made by a script (the typing lacks setPublished: platform.md, Toolchain). */
export function publish(form: GoogleAppsScript.Forms.Form): void {
  (form as unknown as {setPublished(p: boolean): void}).setPublished(true);
}

/** An unlinked form collecting addresses: Campus (required list), Problem (required), Room. */
export function setup() {
  const env = testEnvironment({timeZone: 'America/New_York'});
  const spreadsheets = new SpreadsheetStore(env);
  const ledger = spreadsheets.create('Peer Desk');
  const FormApp = createFormApp(env, {
    openSpreadsheet: id => spreadsheets.byId(id),
  });
  const form = FormApp.create('Peer Desk intake');
  form.setCollectEmail(true);
  form
    .addListItem()
    .setTitle('Campus')
    .setChoiceValues(['North', 'South'])
    .setRequired(true);
  form.addParagraphTextItem().setTitle('Problem').setRequired(true);
  form.addTextItem().setTitle('Room');
  return {env, ledger, FormApp, form};
}

/** The form linked to the ledger and published: its responses land in "Form Responses 1". */
export function linked() {
  const parts = setup();
  const {ledger, FormApp, form} = parts;
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ledger.getId());
  publish(form);
  const responses = ledger.getSheetByName('Form Responses 1')!;
  return {...parts, responses};
}
