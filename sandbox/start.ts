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
import {demoIndex} from './simulation/demo-index';

const USAGE = `Usage: npm start [-- options]

Plays a school week at the example school on the offline emulator, then writes what people
would see into the output folder: out/index.html links the workbook, every email, every Chat
message and the screenshots of every email and page.

Options:
  --days N        school days to play (default 5: Monday 30 November to Friday 4 December 2026)
  --per-day N     requests teachers send each day (default 30)
  --seed N        another believable week (default 1)
  --out DIR       where to write (default out)
  --account KIND  workspace (a school's Google Workspace, default) or consumer (a gmail.com owner)
  --verbose       also list the service calls the desk made
  --help          this text`;

const OPTIONS = {
  days: {type: 'string', default: '5'},
  'per-day': {type: 'string', default: '30'},
  seed: {type: 'string', default: '1'},
  out: {type: 'string', default: 'out'},
  account: {type: 'string', default: 'workspace'},
  verbose: {type: 'boolean', default: false},
  help: {type: 'boolean', short: 'h', default: false},
} as const;

/** A mistake in how the demo was started: said in a sentence with the usage, no stack trace. */
class UsageError extends Error {}

function options() {
  try {
    return parseArgs({options: OPTIONS}).values;
  } catch (error) {
    // Node says e.g. "Unknown option '--day'. To specify a positional argument…": keep its first sentence.
    const said = error instanceof Error ? error.message.split('. ')[0] : '';
    throw new UsageError(`${said}.`);
  }
}

const CHAT_SPACE = 'Tech Desk';

function positive(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0)
    throw new UsageError(`--${name} must be a whole number, not "${text}".`);
  return n;
}

/** "Monday 30 November" from "2026-11-30". */
function dayName(isoDate: string): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString('en-US', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
}

async function main(): Promise<void> {
  const given = options();
  if (given.help) {
    console.log(USAGE);
    return;
  }
  const days = positive('days', given.days);
  const perDay = positive('per-day', given['per-day']);
  const seed = positive('seed', given.seed);
  const out = given.out;
  const account = given.account;
  if (account !== 'workspace' && account !== 'consumer')
    throw new UsageError(
      `--account must be workspace or consumer, not "${account}".`
    );

  // Monday 30 November 2026, 7:00 in Chicago: the coordinator sets the desk up before school.
  console.log(
    'Setting up the example school (Lincoln High, Chicago) on the offline emulator…'
  );
  const ws = new Workspace({
    start: new Date('2026-11-30T13:00:00Z'),
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
    hostile: false,
    onDay: (date, day) =>
      console.log(
        `Playing ${dayName(date)} (school day ${day} of ${days}): ${perDay} teachers ask for help, techs work their tickets…`
      ),
  }).play();
  // The hourly trigger kept the leaders' tabs fresh and sent Friday's digest; the coordinator
  // rebuilds once more before looking.
  const rebuilt = ws.clickMenu('Peer Desk', 'Rebuild metrics');
  if (rebuilt.outcome !== 'completed')
    throw new Error(`Rebuild metrics ${rebuilt.outcome}: ${rebuilt.error}`);

  console.log(`Writing the workbook, emails and Chat messages to ${out}/…`);
  for (const folder of ['mail', 'chat'])
    rmSync(join(out, folder), {recursive: true, force: true});
  mkdirSync(join(out, 'chat'), {recursive: true});
  const chat = ws.services.chat.messages(CHAT_SPACE);
  chat.forEach((message, i) =>
    writeFileSync(
      join(out, 'chat', `${String(i + 1).padStart(4, '0')}.json`),
      JSON.stringify(message, null, 2) + '\n'
    )
  );
  const workbook = join(out, 'peer-desk.xlsx');
  await ws.saveXlsx(workbook);
  const mail = await ws.saveMail(join(out, 'mail'));
  // Each email's HTML beside its .eml, so a browser opens it from the index.
  ws.outbox.forEach((message, i) =>
    writeFileSync(
      join(out, 'mail', mail[i].replace(/\.eml$/, '.html')),
      message.htmlBody ?? ''
    )
  );
  console.log('Taking screenshots of every email and page…');
  const screens = join(out, 'screens');
  const shot = await writeScreenshots(screens, (done, total) => {
    if (done % 100 === 0 || done === total)
      console.log(`  ${done} of ${total} screenshots`);
  });
  const index = join(out, 'index.html');
  writeFileSync(
    index,
    demoIndex({
      outbox: ws.outbox,
      mail,
      chat: chat.length,
      screens,
    })
  );
  console.log(['', ...summarise(ws, week, given.verbose)].join('\n'));
  console.log(
    `\n${shot}\nWrote ${workbook}, ${mail.length} emails in ${join(out, 'mail')}/ and ${chat.length} Chat messages in ${join(out, 'chat')}/.\nOpen ${index} first: it links all of them.`
  );
  const perTicket = emailsPerTicket(ws);
  if (perTicket > MAX_EMAILS_PER_TICKET) {
    console.error(
      `Over the notification budget: ${perTicket.toFixed(2)} emails per ticket, more than ${MAX_EMAILS_PER_TICKET}.`
    );
    process.exitCode = 1;
  }
}

main().catch(error => {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
