// `npm run create` / `npm run create:prod`: creates the target's spreadsheet and its bound script
// with clasp, and keeps clasp's settings as .clasp-dev.json or .clasp-prod.json (git-ignored).
import {existsSync, renameSync} from 'node:fs';
import {exitOnFailure, ClaspFailure, runClasp} from './clasp/run-clasp.mjs';
import {
  readSettings,
  settingsFile,
  targetFromArguments,
} from './clasp/targets.mjs';

exitOnFailure(() => {
  const target = targetFromArguments();
  const settings = settingsFile(target);
  if (existsSync(settings))
    throw new ClaspFailure(
      `${settings} already names a script (${readSettings(target).scriptId}): ` +
        'delete it first to create another spreadsheet.'
    );
  const title = target === 'prod' ? 'Peer Desk' : 'Peer Desk (test)';
  // `-P .` reads ./.clasp.json only, instead of searching parent folders for one.
  runClasp(
    [
      '-P',
      '.',
      'create-script',
      '--type',
      'sheets',
      '--title',
      title,
      '--rootDir',
      'dist',
    ],
    {
      success: /^Created new script: /m,
    }
  );
  renameSync('.clasp.json', settings);
  console.log(`✓ "${title}" created; clasp's settings are in ${settings}`);
});
