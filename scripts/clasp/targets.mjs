// The two places Peer Desk deploys to: `dev` (.clasp-dev.json) and `prod` (.clasp-prod.json),
// each a git-ignored clasp settings file, with the id of its one web-app deployment beside it.
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {ClaspFailure} from './run-clasp.mjs';

export const TARGETS = ['dev', 'prod'];

export function targetFromArguments(argv = process.argv.slice(2)) {
  const target = argv[0] ?? 'dev';
  if (!TARGETS.includes(target))
    throw new ClaspFailure(
      `unknown target "${target}": use ${TARGETS.join(' or ')}.`
    );
  return target;
}

export function settingsFile(target) {
  return `.clasp-${target}.json`;
}

export function deploymentFile(target) {
  return `.deployment-${target}.json`;
}

/** The target's clasp settings, refusing a missing file or a placeholder script id. */
export function readSettings(target) {
  const file = settingsFile(target);
  if (!existsSync(file))
    throw new ClaspFailure(
      `no ${file} here: create the ${target} spreadsheet and script first with ` +
        `\`npm run create${target === 'dev' ? '' : ':prod'}\` (README, "Deploy to a real school").`
    );
  const settings = JSON.parse(readFileSync(file, 'utf8'));
  // Apps Script ids are 57 characters of letters, digits, - and _; the old placeholder is not one.
  if (
    typeof settings.scriptId !== 'string' ||
    !/^[\w-]{40,}$/.test(settings.scriptId)
  )
    throw new ClaspFailure(
      `${file} has no real scriptId (found ${JSON.stringify(settings.scriptId)}).`
    );
  // Any other folder would push the repository's sources instead of the bundle.
  if (settings.rootDir !== 'dist')
    throw new ClaspFailure(
      `${file} must say "rootDir": "dist" (found ${JSON.stringify(settings.rootDir)}).`
    );
  return settings;
}

/** The id of the target's web-app deployment, or undefined before the first one. */
export function readDeploymentId(target) {
  const file = deploymentFile(target);
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')).deploymentId;
}

export function saveDeploymentId(target, deploymentId) {
  writeFileSync(
    deploymentFile(target),
    `${JSON.stringify({deploymentId}, null, 2)}\n`
  );
}
