// Screenshots of every email template and rating page state at phone and desktop width.
import {mkdirSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {CHROMIUM, hasChromium, launchChromium} from './chromium';
import {gallery} from './gallery';

const WIDTHS = {phone: 390, desktop: 1280} as const;

/**
 * Writes `<dir>/<template>-<lang>-<phone|desktop>.png` for every sample and returns how many, or
 * a sentence saying why none were written (no Chromium).
 */
export async function writeScreenshots(dir: string): Promise<string> {
  if (!hasChromium())
    return `Skipped screenshots: ${CHROMIUM} is missing (apt-get install chromium).`;
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});
  const browser = await launchChromium();
  try {
    const samples = gallery();
    for (const [width, px] of Object.entries(WIDTHS)) {
      const page = await browser.newPage({viewport: {width: px, height: 800}});
      for (const sample of samples) {
        await page.setContent(sample.html);
        await page.screenshot({
          path: join(dir, `${sample.name}-${width}.png`),
          fullPage: true,
        });
      }
      await page.close();
    }
    return `Wrote ${samples.length * 2} screenshots in ${dir}/.`;
  } finally {
    await browser.close();
  }
}
