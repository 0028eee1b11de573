import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {BundleRealm} from '../../../sandbox/core/realm';
import {
  officialEnumValues,
  officialMembers,
} from '../../../sandbox/core/official-members';
import {SERVICE} from '../../../sandbox/core/service';
import {createServices} from '../../../sandbox/workspace/services';
import {testEnvironment} from '../utilities/test-environment';

/**
 * One object of every class the emulator fakes, made through the services as a script makes them,
 * by the name a sample is known by here.
 */
const SCRIPT = String.raw`
function makeForm() {
  const form = FormApp.create('Requests');
  form.setPublished(true);
  form.setAcceptingResponses(true);
  form.addTextItem().setTitle('Room');
  form.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActive().getId());
  return form.getId();
}

function samples(formId) {
  const ss = SpreadsheetApp.getActive();
  const sheet = ss.getSheets()[0];
  const range = sheet.getRange('A1:B2');
  const form = FormApp.openById(formId);
  const item = form.getItems()[0];
  const response = form.getResponses()[0];
  const trigger = ScriptApp.newTrigger('samples').timeBased().everyHours(1).create();
  const rule = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=TRUE').setRanges([range]);
  const filter = range.createFilter();
  const criteria = SpreadsheetApp.newFilterCriteria().whenCellEmpty();
  filter.setColumnFilterCriteria(1, criteria.build());
  const validation = SpreadsheetApp.newDataValidation().requireValueInList(['a']);
  GmailApp.sendEmail('teacher@school.example', 'Hello', 'Hi', {attachments: [Utilities.newBlob('x', 'text/plain', 'a.txt')]});
  const thread = GmailApp.search('in:sent')[0];
  const message = thread.getMessages()[0];
  const folder = DriveApp.createFolder('Attachments');
  ss.setNamedRange('Named', range);
  return {
    SpreadsheetApp, FormApp, ScriptApp, MailApp, UrlFetchApp, LockService, PropertiesService,
    CacheService, Session, Utilities, HtmlService, ContentService, Logger, console, BigQuery,
    GmailApp, DriveApp, thread, message,
    attachment: message.getAttachments()[0],
    label: GmailApp.createLabel('Processed'),
    draft: GmailApp.createDraft('teacher@school.example', 'Draft', 'Body'),
    folder,
    file: folder.createFile(Utilities.newBlob('x', 'text/plain', 'a.txt')),
    fileIterator: folder.getFiles(),
    spreadsheet: ss, sheet, range,
    rangeList: sheet.getRangeList(['A1', 'B2']),
    selection: ss.getSelection(),
    namedRange: ss.getNamedRanges()[0],
    protection: range.protect(),
    textFinder: range.createTextFinder('x'),
    validationBuilder: validation,
    validation: validation.build(),
    ruleBuilder: rule,
    rule: rule.build(),
    condition: rule.build().getBooleanCondition(),
    filter, criteriaBuilder: criteria, criteria: criteria.build(),
    chartBuilder: sheet.newChart(),
    chart: sheet.newChart().addRange(range).setPosition(1, 1, 0, 0).build(),
    ui: SpreadsheetApp.getUi(),
    menu: SpreadsheetApp.getUi().createMenu('Desk'),
    promptResponse: SpreadsheetApp.getUi().prompt('Room?'),
    spreadsheetUser: ss.getOwner(),
    form, item,
    listItem: form.addListItem(),
    response, itemResponse: response.getItemResponses()[0],
    triggerBuilder: ScriptApp.newTrigger('samples'),
    clockBuilder: ScriptApp.newTrigger('samples').timeBased(),
    formBuilder: ScriptApp.newTrigger('samples').forForm(form),
    spreadsheetBuilder: ScriptApp.newTrigger('samples').forSpreadsheet(ss),
    trigger,
    webApp: ScriptApp.getService(),
    httpResponse: UrlFetchApp.fetch('https://example.com/', {muteHttpExceptions: true}),
    lock: LockService.getScriptLock(),
    properties: PropertiesService.getScriptProperties(),
    cache: CacheService.getScriptCache(),
    user: Session.getEffectiveUser(),
    blob: Utilities.newBlob('x'),
    htmlOutput: HtmlService.createHtmlOutput(''),
    template: HtmlService.createTemplate(''),
    textOutput: ContentService.createTextOutput(''),
    datasets: BigQuery.Datasets, tables: BigQuery.Tables, jobs: BigQuery.Jobs,
  };
}

function look(target, member) {
  if (!(member in target)) return 'absent';
  try {
    const value = target[member];
    return value === undefined ? 'undefined' : typeof value;
  } catch (e) {
    return 'throws ' + e.message;
  }
}

function callBare(target, member) {
  try {
    target[member]();
    return 'returned';
  } catch (e) {
    return e.name + ': ' + e.message;
  }
}

function enumNames(target, member) {
  return Object.keys(target[member]);
}
`;

function tagsDeclaredInSandbox(dir = 'sandbox'): Set<string> {
  const tags = new Set<string>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      for (const tag of tagsDeclaredInSandbox(path)) tags.add(tag);
    } else if (path.endsWith('.ts')) {
      const text = readFileSync(path, 'utf8');
      for (const [, tag] of text.matchAll(/\[SERVICE\] = '([\w.]+)'/g))
        tags.add(tag);
    }
  }
  return tags;
}

function loaded() {
  const env = testEnvironment();
  const services = createServices(env);
  services.spreadsheets.active = services.spreadsheets.create('Desk');
  services.spreadsheets.ui.queuePromptAnswer('204');
  services.fetch.route('example.com', () => ({status: 200, body: 'ok'}));
  const realm = new BundleRealm(
    SCRIPT,
    {...services.globals, BigQuery: services.advancedServices.bigquery.fake},
    env
  );
  env.executions.begin({
    functionName: 'samples',
    cause: 'manual',
    user: env.owner,
  });
  const formId = realm.call('makeForm') as string;
  services.forms.submit(formId, {Room: '204'});
  const samples = realm.call('samples', formId) as Record<string, object>;
  return {realm, samples};
}

/** The "- **Tag**: `a`, `b`" lines under a marker in sandbox/README.md. */
function readmeList(marker: string): Record<string, string[]> {
  const readme = readFileSync('sandbox/README.md', 'utf8');
  const section = (readme.split(marker)[1] ?? '').split('\n\n')[0];
  const listed: Record<string, string[]> = {};
  for (const [, name, methods] of section.matchAll(
    /^- \*\*([\w.]+)\*\*: (.*(?:\n {2}.*)*)/gm
  ))
    listed[name] = [...methods.matchAll(/`(\w+)`/g)].map(m => m[1]);
  return listed;
}

describe('every official member of every emulated class', () => {
  const {realm, samples} = loaded();
  /** The fakes, by service tag; a fake handed to the script arrives as its proxy. */
  const byTag = new Map<string, object>();
  for (const proxy of Object.values(samples)) {
    const fake = realm.membrane.unwrap(proxy) as {[SERVICE]: string};
    byTag.set(fake[SERVICE], fake);
  }

  it('is sampled here, one object per class the emulator fakes', () => {
    const missing = [...tagsDeclaredInSandbox()].filter(tag => !byTag.has(tag));
    expect(missing).toEqual([]);
  });

  it('is present to the script, never undefined', () => {
    const hidden: string[] = [];
    for (const [tag, fake] of byTag)
      for (const member of officialMembers(tag)) {
        const seen = realm.call('look', fake, member) as string;
        if (seen === 'absent' || seen === 'undefined')
          hidden.push(`${tag}.${member}: ${seen}`);
      }
    expect(hidden).toEqual([]);
  });

  /** Official methods a fake lacks (the membrane answers them), by tag. */
  const unmodelledByTag = () => {
    const found: Record<string, string[]> = {};
    for (const [tag, fake] of byTag) {
      const names = [...officialMembers(tag)].filter(
        member =>
          Reflect.get(fake, member) === undefined &&
          !officialEnumValues(tag, member)
      );
      if (names.length) found[tag] = names;
    }
    return found;
  };

  it('not modelled are the ones sandbox/README.md lists', () => {
    expect(readmeList('<!-- not-emulated-members -->')).toEqual(
      unmodelledByTag()
    );
  });

  it('when the emulator does not model it, says so when called: "not emulated: Class.member"', () => {
    const wrong: string[] = [];
    let unmodelled = 0;
    for (const [tag, fake] of byTag) {
      const className = tag.slice(tag.lastIndexOf('.') + 1);
      for (const member of officialMembers(tag)) {
        if (Reflect.get(fake, member) !== undefined) continue;
        if (officialEnumValues(tag, member)) continue;
        unmodelled++;
        const thrown = realm.call('callBare', fake, member);
        const expected = `Exception: not emulated: ${className}.${member}`;
        if (thrown !== expected) wrong.push(`${tag}.${member}: ${thrown}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(unmodelled).toBeGreaterThan(0);
  });

  it("when it is an enum the emulator does not model, holds the enum's official values", () => {
    // @types/google-apps-script declares it `enum BandingTheme { LIGHT_GREY, … }`.
    const names = realm.call(
      'enumNames',
      byTag.get('SpreadsheetApp'),
      'BandingTheme'
    );
    expect(names).toEqual(officialEnumValues('SpreadsheetApp', 'BandingTheme'));
    expect(names).toContain('LIGHT_GREY');
    expect(
      realm.call('enumNames', byTag.get('Utilities'), 'RsaAlgorithm')
    ).toEqual(['RSA_SHA_1', 'RSA_SHA_256']);
  });
});
