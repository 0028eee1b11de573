// Runs the project's own clasp without a terminal and judges its output as well as its exit code.
// clasp 3.4.1 exits 0 when it refuses ("Project file already exists.") or skips ("Skipping push."),
// so a deploy script that trusts the exit code alone reports success after doing nothing.
import {spawnSync} from 'node:child_process';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const repository = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The project's pinned clasp; PEER_DESK_CLASP names another clasp script (tests use a fake one). */
const claspBin =
  process.env.PEER_DESK_CLASP ??
  join(
    repository,
    'node_modules',
    '@google',
    'clasp',
    'build',
    'src',
    'index.js'
  );

/** What clasp prints when it did not do the job, and what the person should do about it. */
const REFUSALS = [
  {
    pattern: /Skipping push\./,
    advice:
      'clasp skipped the push: it asked whether to overwrite the manifest and nobody could answer. ' +
      'Peer Desk pushes with --force; if you see this, clasp was run without it.',
  },
  {
    pattern: /Project file already exists\./,
    advice:
      'clasp found a .clasp.json here and refused to create a script. Peer Desk keeps its targets ' +
      'in .clasp-dev.json and .clasp-prod.json: rename or delete .clasp.json and run the command again.',
  },
  {
    pattern: /No credentials found\./,
    advice:
      'clasp is not logged in: run `npx clasp login` and then this command again.',
  },
  {
    pattern: /has not enabled the Apps Script API/,
    advice:
      'Turn on the Apps Script API at https://script.google.com/home/usersettings, wait a minute, ' +
      'and run the command again.',
  },
  {
    pattern: /request to \S+ failed, reason:/,
    advice:
      'clasp could not reach Google: check the network connection and run the command again.',
  },
  {
    pattern: /invalid_grant|invalid_client/,
    advice:
      "clasp's saved login is no longer valid: run `npx clasp login` again.",
  },
  {
    pattern: /Project settings not found\.|Invalid --project path/,
    advice: "clasp could not read the target's settings file.",
  },
];

export class ClaspFailure extends Error {}

/**
 * Runs `clasp ARGS` in `cwd` with no terminal attached (so it can never wait on a question) and
 * returns what it printed. Throws a ClaspFailure, with clasp's own words and advice, unless clasp
 * exited 0 *and* printed `success`.
 */
export function runClasp(
  args,
  {cwd = process.cwd(), success, env = process.env} = {}
) {
  console.log(`$ clasp ${args.map(quoted).join(' ')}`);
  const result = spawnSync(process.execPath, [claspBin, ...args], {
    cwd,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (output) console.log(indent(output));
  if (result.error)
    throw new ClaspFailure(`could not start clasp: ${result.error.message}`);
  const refusal = REFUSALS.find(({pattern}) => pattern.test(output));
  if (refusal) throw new ClaspFailure(refusal.advice);
  if (result.status !== 0)
    throw new ClaspFailure(`clasp failed (exit code ${result.status}).`);
  if (!success.test(output))
    throw new ClaspFailure(
      'clasp exited 0 but did not say it succeeded: see its output above.'
    );
  return output;
}

/** Runs a script's main function; a ClaspFailure becomes one clear line and exit code 1. */
export function exitOnFailure(main) {
  try {
    main();
  } catch (error) {
    if (!(error instanceof ClaspFailure)) throw error;
    console.error(`\n✗ ${error.message}`);
    process.exitCode = 1;
  }
}

function quoted(arg) {
  return /^[\w./@:=-]+$/.test(arg) ? arg : `'${arg}'`;
}

function indent(text) {
  return text
    .split('\n')
    .map(line => `  ${line}`)
    .join('\n');
}
