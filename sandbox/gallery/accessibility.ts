// axe-core run in a Chromium page: the accessibility violations of one HTML document.
import type {AxeResults} from 'axe-core';
import {Page} from 'playwright-core';

const AXE_SCRIPT = require.resolve('axe-core/axe.min.js');
const RULE_SETS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

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
  // Evaluated in the page, where axe-core's script defined `axe` (no DOM types in Node's build).
  const results = await page.evaluate<AxeResults>(
    `axe.run(document, ${JSON.stringify({runOnly: RULE_SETS})})`
  );
  return results.violations.map(v => ({
    id: v.id,
    help: v.help,
    targets: v.nodes.map(n => n.target.join(' ')),
  }));
}
