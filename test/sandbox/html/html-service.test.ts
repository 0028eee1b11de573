import {
  createContentService,
  FakeTextOutput,
} from '../../../sandbox/html/content-service';
import {createHtmlService} from '../../../sandbox/html/html-service';

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
