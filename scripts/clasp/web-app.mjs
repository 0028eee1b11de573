// Points the target's one web-app deployment at a new version of the pushed code. The rating links
// in teachers' email carry the deployment's URL, so Peer Desk keeps one deployment per target and
// updates it (`clasp update-deployment ID`) instead of creating a new URL on every deploy.
import {
  deploymentFile,
  readDeploymentId,
  saveDeploymentId,
  settingsFile,
} from './targets.mjs';
import {ClaspFailure, runClasp} from './run-clasp.mjs';

export function redeployWebApp(target) {
  const settings = settingsFile(target);
  const description = `Peer Desk ${new Date().toISOString().slice(0, 16)}Z`;
  const stored = readDeploymentId(target);
  if (stored) {
    runClasp(
      [
        '-P',
        settings,
        'update-deployment',
        stored,
        '--description',
        description,
      ],
      {
        success: /^Redeployed \S+ @\d+/m,
      }
    );
    console.log(
      `✓ web app updated; its URL is unchanged: ${webAppUrl(stored)}`
    );
    return stored;
  }
  const output = runClasp(
    ['-P', settings, 'create-deployment', '--description', description],
    {
      success: /^Deployed \S+ @\d+/m,
    }
  );
  const created = /^Deployed (\S+) @\d+/m.exec(output)?.[1];
  if (!created)
    throw new ClaspFailure('clasp did not print the new deployment id.');
  saveDeploymentId(target, created);
  console.log(
    `✓ web app deployed at ${webAppUrl(created)} (id kept in ${deploymentFile(target)})`
  );
  return created;
}

function webAppUrl(deploymentId) {
  return `https://script.google.com/macros/s/${deploymentId}/exec`;
}
