// Screenshots of every email template and rating page state at phone and desktop width.
import {mkdirSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {CHROMIUM, hasChromium, launchChromium} from './chromium';
import {gallery} from './gallery';
import {missingFontWarnings} from './fonts';
import {SHIPPED_LANGUAGES} from '../../src/domain/languages/language';

const WIDTHS = {phone: 390, desktop: 1280} as const;

/**
 * Writes `<dir>/<template>-<lang>-<phone|desktop>.png` for every sample and returns how many,
 * after a warning for each shipped language no font here draws, or a sentence saying why none
 * were written (no Chromium). `progress` hears how far it has got.
 */
export async function writeScreenshots(
  dir: string,
  progress: (done: number, total: number) => void = () => {}
): Promise<string> {
  if (!hasChromium())
    return `Skipped screenshots: ${CHROMIUM} is missing (apt-get install chromium).`;
  const warnings = missingFontWarnings(SHIPPED_LANGUAGES);
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});
  const browser = await launchChromium();
  try {
    const samples = gallery();
    const total = samples.length * Object.keys(WIDTHS).length;
    let done = 0;
    for (const [width, px] of Object.entries(WIDTHS)) {
      const page = await browser.newPage({viewport: {width: px, height: 800}});
      for (const sample of samples) {
        await page.setContent(sample.html);
        await page.screenshot({
          path: join(dir, `${sample.name}-${width}.png`),
          fullPage: true,
        });
        progress(++done, total);
      }
      await page.close();
    }
    return [...warnings, `Wrote ${total} screenshots in ${dir}/.`].join('\n');
  } finally {
    await browser.close();
  }
}
