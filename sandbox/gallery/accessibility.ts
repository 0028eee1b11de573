// axe-core run in a Chromium page: the accessibility violations of one HTML document.
import type {AxeResults} from 'axe-core';
import {Page} from 'playwright-core';

const AXE_SCRIPT = require.resolve('axe-core/axe.min.js');

export interface Violation {
  readonly id: string;
  readonly help: string;
  readonly targets: readonly string[];
}

/** Loads `html` into the page and returns what axe (WCAG 2.1 A and AA, best practice) finds. */
export async function axeViolations(
  page: Page,
  html: string
): Promise<Violation[]> {
  await page.setContent(html);
  await page.addScriptTag({path: AXE_SCRIPT});
  const results = await page.evaluate(
    () =>
      (
        window as unknown as {
          axe: {run: (context: Document, options: object) => Promise<AxeResults>};
        }
      ).axe.run(document, {
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      })
  );
  return results.violations.map(v => ({
    id: v.id,
    help: v.help,
    targets: v.nodes.map(n => n.target.join(' ')),
  }));
}
