/**
 * Templated HTML scriptlets (https://developers.google.com/apps-script/guides/html/templates):
 * `<? code ?>` runs, `<?= expr ?>` prints escaped, `<?!= expr ?>` prints raw. Variables are the
 * template's own properties. Scriptlets run in the emulator's realm, so they see those variables
 * and the standard built-ins but not the script's global functions.
 */

const SCRIPTLET = /<\?(!=|=)?([\s\S]*?)\?>/g;

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The JavaScript a template compiles to (HtmlTemplate.getCode). */
export function compileTemplate(source: string): string {
  const lines: string[] = [];
  let last = 0;
  for (const match of source.matchAll(SCRIPTLET)) {
    lines.push(
      `__out.push(${JSON.stringify(source.slice(last, match.index))});`
    );
    const [, kind, code] = match;
    if (kind === '=')
      lines.push(`__out.push(__escape(String(${code.trim()})));`);
    else if (kind === '!=') lines.push(`__out.push(String(${code.trim()}));`);
    else lines.push(code);
    last = (match.index ?? 0) + match[0].length;
  }
  lines.push(`__out.push(${JSON.stringify(source.slice(last))});`);
  return lines.join('\n');
}

/** A compiled template with its escaper defined inline, runnable in any realm. */
export function templateBody(source: string): string {
  return `const __escape = ${escapeHtml.toString()};\n${compileTemplate(source)}`;
}

/** Runs a template in the emulator's realm: only for templates evaluated outside a bundle. */
export function evaluateTemplate(
  source: string,
  variables: Record<string, unknown>
): string {
  const out: string[] = [];
  // Scriptlets are code by design: sloppy-mode `with` gives them the template's variables.
  const run = new Function(
    '__out',
    '__vars',
    `with (__vars) {\n${templateBody(source)}\n}`
  );
  run(out, variables);
  return out.join('');
}
