import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {writeScreenshots} from './gallery/screenshots';
import {SchoolWeek} from './simulation/school-week';
import {summarise} from './simulation/summary';
import {emailsPerTicket, MAX_EMAILS_PER_TICKET} from './simulation/mail-load';
import {Workspace} from './workspace/workspace';
import {EXAMPLE_SCHOOL_DOMAINS} from './simulation/example-accounts';
import {
  LIAM_LEARNS_PRINTERS,
  startApprenticeship,
} from './simulation/mentoring';

const {values: options} = parseArgs({
  options: {
    days: {type: 'string', default: '5'},
    'per-day': {type: 'string', default: '30'},
    seed: {type: 'string', default: '1'},
    out: {type: 'string', default: 'out'},
    account: {type: 'string', default: 'workspace'},
  },
});

const CHAT_SPACE = 'Tech Desk';

function positive(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`--${name} must be a whole number, not "${text}".`);
  return n;
}

async function main(): Promise<void> {
  const days = positive('days', options.days);
  const perDay = positive('per-day', options['per-day']);
  const seed = positive('seed', options.seed);
  const out = options.out;
  const account = options.account;
  if (account !== 'workspace' && account !== 'consumer')
    throw new Error(
      `--account must be workspace or consumer, not "${account}".`
    );

  // Monday 23 November 2026, 7:00 in Chicago: the coordinator sets the desk up before school.
  const ws = new Workspace({
    start: new Date('2026-11-23T13:00:00Z'),
    domains: EXAMPLE_SCHOOL_DOMAINS,
    account,
  }).loadBundle('dist/Code.js');
  ws.open();
  for (const item of ['Set up or repair', 'Load example school']) {
    const record = ws.clickMenu('Peer Desk', item);
    if (record.outcome !== 'completed')
      throw new Error(`${item} ${record.outcome}: ${record.error}`);
  }
  // The coordinator connects the desk's Chat space through the menu, pasting its webhook URL.
  ws.services.spreadsheets.ui.queuePromptAnswer(
    ws.services.chat.createSpace(CHAT_SPACE)
  );
  const connected = ws.clickMenu('Peer Desk', 'Connect Google Chat');
  if (connected.outcome !== 'completed')
    throw new Error(
      `Connect Google Chat ${connected.outcome}: ${connected.error}`
    );
  // A junior learns printers on practice tickets their mentor issues and signs off.
  startApprenticeship(ws, LIAM_LEARNS_PRINTERS);
  const week = new SchoolWeek(ws, {
    days,
    perDay,
    seed,
    conversation: true,
  }).play();
  // The hourly trigger kept the leaders' tabs fresh and sent Friday's digest; the coordinator
  // rebuilds once more before looking.
  const rebuilt = ws.clickMenu('Peer Desk', 'Rebuild metrics');
  if (rebuilt.outcome !== 'completed')
    throw new Error(`Rebuild metrics ${rebuilt.outcome}: ${rebuilt.error}`);

  rmSync(join(out, 'mail'), {recursive: true, force: true});
  rmSync(join(out, 'chat'), {recursive: true, force: true});
  mkdirSync(join(out, 'chat'), {recursive: true});
  const chat = ws.services.chat.messages(CHAT_SPACE);
  chat.forEach((message, i) =>
    writeFileSync(
      join(out, 'chat', `${String(i + 1).padStart(4, '0')}.json`),
      JSON.stringify(message, null, 2) + '\n'
    )
  );
  mkdirSync(out, {recursive: true});
  const workbook = join(out, 'peer-desk.xlsx');
  await ws.saveXlsx(workbook);
  const mail = await ws.saveMail(join(out, 'mail'));
  console.log(summarise(ws, week).join('\n'));
  console.log(
    `\nWrote ${workbook}, ${mail.length} emails in ${join(out, 'mail')}/ and ${chat.length} Chat messages in ${join(out, 'chat')}/.`
  );
  console.log(await writeScreenshots(join(out, 'screens')));
  const perTicket = emailsPerTicket(ws);
  if (perTicket > MAX_EMAILS_PER_TICKET) {
    console.error(
      `Over the notification budget: ${perTicket.toFixed(2)} emails per ticket, more than ${MAX_EMAILS_PER_TICKET}.`
    );
    process.exitCode = 1;
  }
}

main().catch(error => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
