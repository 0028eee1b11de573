import {hiddenFormBody} from '../../../sandbox/web/page-form';
import {Preview, startPreview} from '../../../sandbox/web/preview';

/** The page's <h1>, as a visitor reads it. */
function heading(html: string): string {
  return /<h1>([^<]*)<\/h1>/.exec(html)?.[1] ?? '';
}

describe('npm run preview', () => {
  let preview: Preview;
  beforeAll(async () => {
    preview = await startPreview();
  }, 60_000);
  afterAll(() => preview.server.close());

  it('serves every page a link points to, and looking changes nothing', async () => {
    const {ws, pages} = preview;
    const before = {
      tickets: ws.values('Tickets'),
      activity: ws.values('Activity'),
      outbox: ws.outbox.length,
    };
    const seen: Record<string, string> = {};
    for (const page of pages) {
      expect(page.url.startsWith(preview.server.origin)).toBe(true);
      const reply = await fetch(page.url);
      expect(reply.status).toBe(200);
      seen[page.label] = heading(await reply.text());
    }
    expect(Object.values(seen)).toEqual([
      'Your requests',
      'Did this fix it?',
      'Meet the tech team',
      'تعرّف على الفريق التقني',
      'Knowledge Base',
      'Base de conocimientos',
    ]);
    expect({
      tickets: ws.values('Tickets'),
      activity: ws.values('Activity'),
      outbox: ws.outbox.length,
    }).toEqual(before);
  });

  it('posts a form to the script’s doPost, which saves the teacher’s choice', async () => {
    const teacher = preview.pages[0].url;
    const page = await (await fetch(teacher)).text();
    const form = page.slice(page.lastIndexOf('<form'));
    const saved = await fetch(
      new URL(teacher).origin + new URL(teacher).pathname,
      {
        method: 'POST',
        headers: {'content-type': 'application/x-www-form-urlencoded'},
        body: `${hiddenFormBody(form)}&pref=daily`,
      }
    );
    expect(saved.status).toBe(200);
    expect(await saved.text()).toContain('Saved: One summary a day.');
  });
});
