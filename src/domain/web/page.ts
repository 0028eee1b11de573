// The one document every web-app page is drawn in: the desk's name and colour, lang and dir, a heading.
import {Catalogue, infoOf} from '../languages/catalogue';
import {DEFAULT_DESK_COLOUR} from '../configuration/colour';
import {Language} from '../languages/language';
import {escapeHtml, isolatedHtml} from '../text';

/** What a page looks like and which language it speaks. */
export interface PageLook {
  readonly catalogue: Catalogue;
  readonly language: Language;
  readonly deskName: string;
  readonly colour: string;
}

const pageStyle = (colour: string) =>
  '<style>' +
  'body{margin:0;background:#f4f6fb;font:16px/1.5 system-ui,sans-serif;color:#1f2933}' +
  '.card{max-width:32em;margin:2em auto;padding:1.5em;background:#fff;border-radius:12px;box-shadow:0 2px 8px rgba(0,0,0,.08)}' +
  '.card.wide{max-width:48em}' +
  '.stars{font-size:1.8em;color:#8a5a00;letter-spacing:.1em}' +
  '#message{font-size:1.15em}' +
  '.desk{margin:0 0 .25em;color:#4b5563;font-weight:bold}' +
  'label{display:block;margin-bottom:.4em}' +
  '.choice{display:flex;align-items:center;gap:.5em;margin:.4em 0}.choice label{margin:0}' +
  'input[type=text],input[type=search],select,textarea{width:100%;box-sizing:border-box;font:inherit;padding:.5em;border:1px solid #6b7280;border-radius:8px}' +
  'h1{margin:0 0 .5em;font-size:1.5em;line-height:1.3}' +
  'h2{margin:1.25em 0 .4em;font-size:1.2em}' +
  'table{border-collapse:collapse;width:100%}' +
  'th,td{text-align:start;vertical-align:top;padding:.4em;border-bottom:1px solid #d1d5db}' +
  '.thread{padding-inline-start:1.2em}.thread .who{margin:.6em 0 0;font-weight:bold}.thread .words{margin:.1em 0 .4em}' +
  '.languages{list-style:none;margin:1.5em 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.75em}' +
  `a{color:${colour}}` +
  `button{margin-top:.75em;padding:.6em 1.2em;font:inherit;color:#fff;background:${colour};border:0;border-radius:8px;cursor:pointer}` +
  '</style>';

/** Hidden inputs that carry a signed request from one page to the POST that acts on it. */
export function hiddenFields(fields: Readonly<Record<string, string>>): string {
  return Object.entries(fields)
    .map(
      ([name, value]) =>
        `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`
    )
    .join('');
}

/**
 * A complete document: `lang` and `dir` from the catalogue (Arabic reads right to left), the
 * desk's name above one heading, then the body (already escaped by its caller).
 */
export function webPage(
  look: PageLook,
  heading: string,
  body: string,
  width: 'narrow' | 'wide' = 'narrow'
): {title: string; html: string} {
  const {code, dir} = infoOf(look.catalogue, look.language);
  const title = escapeHtml(heading);
  const card = width === 'wide' ? 'card wide' : 'card';
  return {
    title: heading,
    html:
      `<!DOCTYPE html><html lang="${escapeHtml(code)}" dir="${dir}"><head><meta charset="utf-8">` +
      '<meta name="viewport" content="width=device-width, initial-scale=1">' +
      `<title>${title}</title>${pageStyle(look.colour || DEFAULT_DESK_COLOUR)}</head>` +
      `<body><main class="${card}"><p class="desk">${isolatedHtml(look.deskName)}</p>` +
      `<h1>${title}</h1>${body}</main></body></html>`,
  };
}
