import {axeViolations} from '../../sandbox/gallery/accessibility';
import {hasChromium, launchChromium} from '../../sandbox/gallery/chromium';
import {serveWebApp} from '../../sandbox/web/web-app-server';
import {exampleDesk, reportProjectorDown, ticket} from '../support/peer-desk';

// CI installs Chromium, so there a missing browser fails the test instead of skipping it.
const run = hasChromium() || process.env.CI ? it : it.skip;

describe('the Knowledge Base pages in a real browser', () => {
  run(
    'follows "This fixed it" from the email, presses the button, then searches the Knowledge Base',
    async () => {
      const ws = exampleDesk();
      reportProjectorDown(ws);
      const body =
        ws.outbox.find(m => m.subject.includes('We got your request'))?.body ??
        '';
      const fixed = body.match(/This fixed it: (\S+)/)?.[1] ?? '';
      const browse = body.match(/Browse the Knowledge Base: (\S+)/)?.[1] ?? '';
      const server = await serveWebApp(ws);
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        await page.goto(server.localUrl(fixed));
        expect(await page.title()).toBe('Did this fix it?');
        expect(await page.textContent('article h2')).toBe(
          'Projector shows "No signal"'
        );
        expect(await axeViolations(page, await page.content())).toEqual([]);
        expect(ticket(ws, 'T-000001').Status).toBe('Assigned');
        await Promise.all([page.waitForNavigation(), page.click('#fixed')]);
        expect(await page.title()).toBe('Glad it is fixed');
        expect(ticket(ws, 'T-000001')).toMatchObject({
          Status: 'Resolved',
          'Resolver Role': 'Self-Service',
        });

        await page.goto(server.localUrl(browse));
        expect(await page.title()).toBe('Knowledge Base');
        expect(await axeViolations(page, await page.content())).toEqual([]);
        await page.fill('#q', 'printer jam');
        await Promise.all([
          page.waitForNavigation(),
          page.click('button[type=submit]'),
        ]);
        expect(await page.textContent('#results')).toBe(
          'Articles for "printer jam"'
        );
        // The visitor's words are isolated, so they keep their own direction in an Arabic page.
        expect(await page.textContent('#results bdi')).toBe('printer jam');
        expect(await page.textContent('article h2')).toMatch(/jam/i);
        expect(await axeViolations(page, await page.content())).toEqual([]);
      } finally {
        await browser.close();
        await server.close();
      }
    },
    60_000
  );
});
