// `npm run deploy` / `npm run deploy:prod`: pushes dist/ to the target's script without asking
// anything, then points its web-app deployment at the new code. Exits non-zero when clasp refuses,
// skips or fails, whatever clasp's own exit code says.
import {existsSync} from 'node:fs';
import {exitOnFailure, ClaspFailure, runClasp} from './clasp/run-clasp.mjs';
import {
  readSettings,
  settingsFile,
  targetFromArguments,
} from './clasp/targets.mjs';
import {redeployWebApp} from './clasp/web-app.mjs';

exitOnFailure(() => {
  const target = targetFromArguments();
  const {scriptId} = readSettings(target);
  // `--preflight` only checks the target, before npm runs the (slow) checks and the build.
  if (process.argv.includes('--preflight')) return;
  if (!existsSync('dist/Code.js') || !existsSync('dist/appsscript.json'))
    throw new ClaspFailure('dist/ has no bundle: run `npm run build` first.');
  // --force: clasp otherwise asks before overwriting a changed appsscript.json, and with no
  // terminal to answer it prints "Skipping push." and exits 0.
  runClasp(['-P', settingsFile(target), 'push', '--force'], {
    success:
      /^(Pushed (no files|one file|\d+ files) at |Script is already up to date\.)/m,
  });
  console.log(`✓ pushed to https://script.google.com/d/${scriptId}/edit`);
  redeployWebApp(target);
});
