// `npm run redeploy` / `npm run redeploy:prod`: only the web-app step of a deploy, for when the
// push went through but the deployment did not.
import {exitOnFailure} from './clasp/run-clasp.mjs';
import {readSettings, targetFromArguments} from './clasp/targets.mjs';
import {redeployWebApp} from './clasp/web-app.mjs';

exitOnFailure(() => {
  const target = targetFromArguments();
  readSettings(target);
  redeployWebApp(target);
});
