import {
  SCRIPT_REALM,
  ScriptRealm,
  SERVICE,
  WRITABLE_PROPERTIES,
} from '../core/service';
import {FakeBlob} from '../utilities/blob';
import {asOfficial, officialEnum} from '../core/official-types';
import {
  compileTemplate,
  escapeHtml,
  evaluateTemplate,
  templateBody,
} from './html-template';

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type HtmlTemplate = GoogleAppsScript.HTML.HtmlTemplate;

/** https://developers.google.com/apps-script/reference/html/html-output */
export class FakeHtmlOutput implements Pick<
  HtmlOutput,
  | 'setTitle'
  | 'getTitle'
  | 'getContent'
  | 'setContent'
  | 'append'
  | 'appendUntrusted'
  | 'clear'
  | 'setXFrameOptionsMode'
  | 'addMetaTag'
  | 'setWidth'
  | 'getWidth'
  | 'setHeight'
  | 'getHeight'
  | 'setSandboxMode'
  | 'getBlob'
> {
  readonly [SERVICE] = 'HtmlService.HtmlOutput';
  title = '';
  width = 0;
  height = 0;
  xFrameOptionsMode = 'DEFAULT';
  sandboxMode = 'IFRAME';
  readonly metaTags: Array<{name: string; content: string}> = [];

  constructor(public content = '') {}

  setTitle(title: string): HtmlOutput {
    this.title = title;
    return asOfficial(this);
  }

  getTitle(): string {
    return this.title;
  }

  getContent(): string {
    return this.content;
  }

  setContent(content: string): HtmlOutput {
    this.content = content;
    return asOfficial(this);
  }

  append(addedContent: string): HtmlOutput {
    this.content += addedContent;
    return asOfficial(this);
  }

  appendUntrusted(addedContent: string): HtmlOutput {
    return this.append(escapeHtml(addedContent));
  }

  clear(): HtmlOutput {
    return this.setContent('');
  }

  setXFrameOptionsMode(
    mode: GoogleAppsScript.HTML.XFrameOptionsMode
  ): HtmlOutput {
    this.xFrameOptionsMode = String(mode);
    return asOfficial(this);
  }

  addMetaTag(name: string, content: string): HtmlOutput {
    this.metaTags.push({name, content});
    return asOfficial(this);
  }

  setWidth(width: number): HtmlOutput {
    this.width = width;
    return asOfficial(this);
  }

  getWidth(): number {
    return this.width;
  }

  setHeight(height: number): HtmlOutput {
    this.height = height;
    return asOfficial(this);
  }

  getHeight(): number {
    return this.height;
  }

  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): HtmlOutput {
    this.sandboxMode = String(mode);
    return asOfficial(this);
  }

  getBlob(): GoogleAppsScript.Base.Blob {
    return asOfficial(
      FakeBlob.from(this.content, 'text/html', this.title || undefined)
    );
  }
}

/**
 * https://developers.google.com/apps-script/reference/html/html-template. A script passes
 * variables by setting properties on the template (`template.tickets = rows`): its own enumerable
 * properties are the variables, so the source is kept in an ES private field.
 */
export class FakeHtmlTemplate implements Pick<
  HtmlTemplate,
  'evaluate' | 'getCode' | 'getRawContent'
> {
  readonly [SERVICE] = 'HtmlService.HtmlTemplate';
  readonly [WRITABLE_PROPERTIES] = true;
  /** The script's realm, where its scriptlets run (set by the membrane). */
  [SCRIPT_REALM]: ScriptRealm | undefined = undefined;
  readonly #source: string;

  constructor(source: string) {
    this.#source = source;
  }

  evaluate(): HtmlOutput {
    const variables = Object.fromEntries(Object.entries(this));
    const realm = this[SCRIPT_REALM];
    return asOfficial(
      new FakeHtmlOutput(
        realm
          ? realm.runScriptlets(templateBody(this.#source), variables)
          : evaluateTemplate(this.#source, variables)
      )
    );
  }

  getCode(): string {
    return compileTemplate(this.#source);
  }

  getRawContent(): string {
    return this.#source;
  }
}

function contentOf(
  html: string | GoogleAppsScript.Base.BlobSource | undefined
): string {
  if (html === undefined) return '';
  if (typeof html === 'string') return html;
  return html.getBlob().getDataAsString();
}

/** HtmlService (https://developers.google.com/apps-script/reference/html/html-service). */
export class FakeHtmlService implements Pick<
  GoogleAppsScript.HTML.HtmlService,
  'createHtmlOutput' | 'createTemplate' | 'XFrameOptionsMode' | 'SandboxMode'
> {
  readonly [SERVICE] = 'HtmlService';
  readonly XFrameOptionsMode = officialEnum<
    GoogleAppsScript.HTML.HtmlService['XFrameOptionsMode']
  >(['ALLOWALL', 'DEFAULT']);
  readonly SandboxMode = officialEnum<
    GoogleAppsScript.HTML.HtmlService['SandboxMode']
  >(['EMULATED', 'IFRAME', 'NATIVE']);

  createHtmlOutput(
    html?: string | GoogleAppsScript.Base.BlobSource
  ): HtmlOutput {
    return asOfficial(new FakeHtmlOutput(contentOf(html)));
  }

  createTemplate(
    html: string | GoogleAppsScript.Base.BlobSource
  ): HtmlTemplate {
    return asOfficial(new FakeHtmlTemplate(contentOf(html)));
  }
}

export function createHtmlService(): FakeHtmlService {
  return new FakeHtmlService();
}
