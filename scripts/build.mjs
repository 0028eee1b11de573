// Bundles src/index.ts into dist/Code.js for Apps Script.
// Apps Script only calls top-level function declarations (triggers, menus, the Run menu), so every
// export of the entry becomes one generated forwarding function; everything else stays private
// inside an IIFE.
// `--district` builds the district edition into dist-district/: the same bundle with a manifest
// that enables the BigQuery advanced service and its scope, which a single school never needs
// (docs/platform.md: BigQuery).
// `--mail` builds the mail edition into dist-mail/: the manifest adds Gmail's restricted scope, so
// the sweep can read the desk's mailbox (Config: Email Replies, Email Requests; docs/platform.md:
// Mail and fetch). Both flags together build both additions into dist-district-mail/.
import {build} from 'esbuild';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {createContext, runInContext} from 'node:vm';

const {values: options} = parseArgs({
  options: {
    entry: {type: 'string', default: 'src/index.ts'},
    out: {type: 'string'},
    district: {type: 'boolean', default: false},
    mail: {type: 'boolean', default: false},
  },
});
const entry = options.entry;
const edition = [options.district && 'district', options.mail && 'mail']
  .filter(Boolean)
  .join('-');
const outDir = options.out ?? (edition ? `dist-${edition}` : 'dist');
const namespace = 'PeerDesk';
const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

async function listEntryExports() {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: 'out/esm-probe',
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  return output.exports;
}

function fail(message) {
  console.error(`build: ${message}`);
  process.exit(1);
}

const BIGQUERY_SERVICE = {
  userSymbol: 'BigQuery',
  serviceId: 'bigquery',
  version: 'v2',
};
const BIGQUERY_SCOPE = 'https://www.googleapis.com/auth/bigquery';

/** Gmail's scope, which GmailApp's search and messages need; restricted by Google. */
const GMAIL_SCOPE = 'https://mail.google.com/';

/**
 * appsscript.json, plus the BigQuery advanced service and its scope for the district edition,
 * and Gmail's scope for the mail edition.
 */
function manifest() {
  const withMail = schoolManifest();
  if (!options.mail) return withMail;
  return {...withMail, oauthScopes: [...withMail.oauthScopes, GMAIL_SCOPE]};
}

function schoolManifest() {
  const school = JSON.parse(readFileSync('appsscript.json', 'utf8'));
  if (!options.district) return school;
  return {
    ...school,
    dependencies: {
      ...school.dependencies,
      enabledAdvancedServices: [
        ...(school.dependencies?.enabledAdvancedServices ?? []),
        BIGQUERY_SERVICE,
      ],
    },
    oauthScopes: [...school.oauthScopes, BIGQUERY_SCOPE],
  };
}

function checkExportsAreFunctions(code, names) {
  const context = createContext({});
  runInContext(code, context, {filename: 'Code.js'});
  const exported = runInContext(namespace, context);
  const notFunctions = names.filter(
    name => typeof exported[name] !== 'function'
  );
  if (notFunctions.length > 0) {
    fail(
      `${entry} exports ${notFunctions.join(', ')}, which ${notFunctions.length > 1 ? 'are' : 'is'} not a function. ` +
        'Apps Script can only call functions: export functions from the entry and keep values private.'
    );
  }
}

async function main() {
  const names = await listEntryExports();
  if (names.includes('default')) {
    fail(
      `${entry} has a default export. Apps Script calls functions by name: use named exports.`
    );
  }
  const badNames = names.filter(name => !identifier.test(name));
  if (badNames.length > 0)
    fail(
      `${entry} exports names that are not identifiers: ${badNames.join(', ')}`
    );

  const forwarders = names
    .map(
      name =>
        `function ${name}() {\n  return ${namespace}.${name}.apply(this, arguments);\n}`
    )
    .join('\n');
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: namespace,
    target: 'es2020',
    platform: 'neutral',
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    footer: {js: forwarders},
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  checkExportsAreFunctions(code, names);
  mkdirSync(outDir, {recursive: true});
  writeFileSync(`${outDir}/Code.js`, code);
  writeFileSync(
    `${outDir}/appsscript.json`,
    `${JSON.stringify(manifest(), null, 2)}\n`
  );
  console.log(
    `build: ${outDir}/Code.js (${code.length} bytes) with ${names.length} entry points: ${names.join(', ')}`
  );
}

await main();
