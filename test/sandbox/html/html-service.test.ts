import {BundleRealm} from '../../../sandbox/core/realm';
import {
  createContentService,
  FakeTextOutput,
} from '../../../sandbox/html/content-service';
import {createHtmlService} from '../../../sandbox/html/html-service';
import {
  inExecution,
  OWNER,
  testEnvironment,
} from '../utilities/test-environment';

describe('HtmlService and ContentService', () => {
  it('builds HTML output and evaluates templates with escaped and raw scriptlets', () => {
    // https://developers.google.com/apps-script/guides/html/templates
    const HtmlService = createHtmlService();
    const output = HtmlService.createHtmlOutput('<p>a</p>')
      .append('<p>b</p>')
      .appendUntrusted('<script>')
      .setTitle('Desk')
      .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL);
    expect(output.getContent()).toBe('<p>a</p><p>b</p>&lt;script&gt;');
    expect(output.getTitle()).toBe('Desk');
    const template = HtmlService.createTemplate(
      '<? for (const n of names) { ?><li><?= n ?></li><? } ?><?!= raw ?>'
    );
    Object.assign(template, {names: ['<b>', 'x'], raw: '<hr>'});
    expect(template.evaluate().getContent()).toBe(
      '<li>&lt;b&gt;</li><li>x</li><hr>'
    );
  });

  it('serves text output with a MIME type', () => {
    // https://developers.google.com/apps-script/reference/content/text-output
    const ContentService = createContentService();
    const output = ContentService.createTextOutput('{"ok":true}').setMimeType(
      ContentService.MimeType.JSON
    );
    expect(String(output.getMimeType())).toBe('JSON');
    expect((output as unknown as FakeTextOutput).contentType()).toBe(
      'application/json'
    );
    expect(output.getContent()).toBe('{"ok":true}');
  });
});

describe('an HtmlTemplate in the bundle realm', () => {
  const code = `
    function page(names) {
      const template = HtmlService.createTemplate('<? for (const n of names) { ?><li><?= n ?></li><? } ?>');
      template.names = names;
      return template.evaluate().getContent();
    }
    function overwriteMethod() {
      'use strict';
      HtmlService.createTemplate('x').evaluate = () => 'mine';
    }
    function setOnService() {
      'use strict';
      HtmlService.name = 'mine';
    }
    function greeting() { return 'Hello'; }
    function scriptletRealm() {
      const template = HtmlService.createTemplate('<?= greeting() ?> <?= typeof process ?> <?= tickets.constructor.constructor("return typeof process")() ?>');
      template.tickets = [1];
      return template.evaluate().getContent();
    }`;

  function call(name: string, ...args: unknown[]): unknown {
    const env = testEnvironment();
    const bundle = new BundleRealm(
      code,
      {HtmlService: createHtmlService()},
      env
    );
    return inExecution(env, OWNER, () => bundle.call(name, ...args));
  }

  it('takes variables the script sets on the template', () => {
    // https://developers.google.com/apps-script/guides/html/templates#pushing_variables_to_templates
    expect(call('page', ['<b>', 'x'])).toBe('<li>&lt;b&gt;</li><li>x</li>');
  });

  it("runs scriptlets in the script's realm: its functions, none of the emulator's", () => {
    // https://developers.google.com/apps-script/guides/html/templates: scriptlets can call the
    // script's functions; PLATFORM.md, Runtime: no Node APIs.
    expect(call('scriptletRealm')).toBe('Hello undefined undefined');
  });

  it('refuses writes over its methods and on other services', () => {
    // A strict-mode write the membrane refuses throws in the bundle's realm.
    expect(() => call('overwriteMethod')).toThrow(
      "'set' on proxy: trap returned falsish for property 'evaluate'"
    );
    expect(() => call('setOnService')).toThrow(
      "'set' on proxy: trap returned falsish for property 'name'"
    );
  });
});
