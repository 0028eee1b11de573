// The example school's web pages served locally from the emulator, for `npm run preview`.
import {PROJECTOR_DOWN} from '../simulation/requests';
import {EXAMPLE_SCHOOL_DOMAINS} from '../simulation/example-accounts';
import {Workspace} from '../workspace/workspace';
import {serveWebApp, WebAppServer} from './web-app-server';

/** The teacher whose request the preview's pages show. */
const TEACHER = 'r.garcia@school.example';

export interface PreviewPage {
  readonly label: string;
  readonly url: string;
}

export interface Preview {
  readonly ws: Workspace;
  readonly server: WebAppServer;
  /** Every page to click through, as local links. */
  readonly pages: readonly PreviewPage[];
}

function ran(record: {outcome: string; error?: string}, what: string): void {
  if (record.outcome !== 'completed')
    throw new Error(`${what} ${record.outcome}: ${record.error ?? ''}`);
}

/** The first link in the teacher's emails whose query names page `p`, unescaped. */
function linkTo(ws: Workspace, page: string): string | undefined {
  for (const mail of ws.outbox.filter(m => m.to.includes(TEACHER))) {
    const href = new RegExp(`href="([^"]*[?&]p=${page}&[^"]*)"`).exec(
      mail.htmlBody ?? ''
    )?.[1];
    if (href) return href.replace(/&amp;/g, '&');
  }
  return undefined;
}

/**
 * Sets up the example school on a Monday morning, has a teacher report a projector down (so the
 * teacher page and "This fixed it" have a ticket to show), and serves the web app on 127.0.0.1.
 * Every GET is the script's doGet and every POST its doPost, as Google would run them.
 */
export async function startPreview(port = 0): Promise<Preview> {
  const ws = new Workspace({
    start: new Date('2026-11-30T13:30:00Z'),
    domains: EXAMPLE_SCHOOL_DOMAINS,
  }).loadBundle('dist/Code.js');
  ws.open();
  for (const item of ['Set up or repair', 'Load example school'])
    ran(ws.clickMenu('Peer Desk', item), item);
  // 09:10 in Chicago: period 2, with techs on duty.
  const at = new Date('2026-11-30T15:10:00Z');
  for (const record of ws.submitForm(PROJECTOR_DOWN, {as: TEACHER, at}))
    ran(record, 'The form submission');
  const server = await serveWebApp(ws, port);
  const local = (url: string | undefined) =>
    url === undefined ? [] : [server.localUrl(url)];
  const app = ws.webAppUrl();
  const pages: PreviewPage[] = [
    ...local(linkTo(ws, 'teacher')).map(url => ({
      label: "A teacher's own page (sealed link from their email)",
      url,
    })),
    ...local(linkTo(ws, 'fixed')).map(url => ({
      label: '"This fixed it" (signed link from the same email)',
      url,
    })),
    {label: 'The team page', url: server.localUrl(`${app}?p=team`)},
    {
      label: 'The team page in Arabic',
      url: server.localUrl(`${app}?p=team&lang=ar`),
    },
    {label: 'The Knowledge Base', url: server.localUrl(`${app}?p=kb`)},
    {
      label: 'A Knowledge Base search in Spanish',
      url: server.localUrl(`${app}?p=kb&l=es&q=proyector`),
    },
  ];
  return {ws, server, pages};
}
