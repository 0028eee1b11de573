'use strict';
const fs = require('fs');
const path = require('path');
const gts = require('gts');
const globals = require('globals');
const importX = require('eslint-plugin-import-x');
const {
  createTypeScriptImportResolver,
} = require('eslint-import-resolver-typescript');

// Apps Script runs plain V8 with Google's services as globals: nothing from Node exists there.
const nodeApisForbidden = {
  'no-restricted-globals': [
    'error',
    {
      name: 'require',
      message: 'Apps Script has no require: import the module instead.',
    },
    {
      name: 'process',
      message:
        'Apps Script has no process: read settings from the Config tab or Script Properties.',
    },
    {
      name: 'Buffer',
      message:
        'Apps Script has no Buffer: use Utilities.newBlob / base64 helpers.',
    },
    {
      name: 'setTimeout',
      message:
        'Apps Script has no timers: use Utilities.sleep or a time-driven trigger.',
    },
    {
      name: 'setInterval',
      message: 'Apps Script has no timers: use a time-driven trigger.',
    },
    {name: '__dirname', message: 'Apps Script has no file system.'},
    {name: 'fetch', message: 'Apps Script has no fetch: use UrlFetchApp.'},
  ],
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['node:*'],
          message: 'Node modules do not exist in Apps Script.',
        },
      ],
      paths: [
        'fs',
        'path',
        'os',
        'crypto',
        'util',
        'vm',
        'http',
        'https',
        'child_process',
        'events',
        'stream',
      ],
    },
  ],
};

// The layers of src/ (docs/architecture.md): the entry exports use cases; use cases run the pure
// domain through thin adapters; imports only point down.
const layerZones = [
  {
    target: './src/domain',
    from: ['./src/app', './src/workspace', './src/index.ts'],
    message:
      'Layer rule: the domain is pure — it imports no use case (src/app), adapter (src/workspace) or entry.',
  },
  {
    target: './src/workspace',
    from: ['./src/app', './src/index.ts'],
    message:
      'Layer rule: adapters import no use case (src/app) or entry; a use case passes them what they need.',
  },
  {
    target: './src/app',
    from: './src/index.ts',
    message:
      'Layer rule: only the entry (src/index.ts) exports use cases; nothing imports the entry.',
  },
];

// The dependency order of capabilities, from the fenced `capability-order` block of
// docs/architecture.md (one line per layer, bottom first): a capability may import only the
// capabilities listed before it in its layer.
function capabilityOrder() {
  const doc = fs.readFileSync(
    path.join(__dirname, 'docs', 'architecture.md'),
    'utf8'
  );
  const block = /```capability-order\n([\s\S]*?)```/.exec(doc);
  if (!block)
    throw new Error('docs/architecture.md has no capability-order block');
  return block[1]
    .split('\n')
    .filter(line => line.includes(':'))
    .map(line => {
      const [layer, list] = line.split(':');
      return {layer: layer.trim(), order: list.trim().split(/\s+/)};
    });
}

function capabilityPath(layer, capability) {
  const folder = `./src/${layer}/${capability}`;
  return fs.existsSync(path.join(__dirname, folder)) ? folder : `${folder}.ts`;
}

const capabilityZones = capabilityOrder().flatMap(({layer, order}) =>
  order.flatMap((lower, i) =>
    order.slice(i + 1).map(higher => ({
      target: capabilityPath(layer, lower),
      from: capabilityPath(layer, higher),
      message: `Capability rule: ${layer}/${lower} sits below ${layer}/${higher} and may not import it (the dependency order in docs/architecture.md).`,
    }))
  )
);

const APPS_SCRIPT_GLOBALS = [
  'SpreadsheetApp',
  'FormApp',
  'MailApp',
  'GmailApp',
  'UrlFetchApp',
  'ScriptApp',
  'LockService',
  'PropertiesService',
  'CacheService',
  'Session',
  'Utilities',
  'HtmlService',
  'ContentService',
  'Logger',
  'DriveApp',
  'Charts',
  'BigQuery',
];
const domainTouchesNoService = APPS_SCRIPT_GLOBALS.map(name => ({
  name,
  message: `Layer rule: the domain is pure — ${name} is an Apps Script service; call it from an adapter in src/workspace.`,
}));

module.exports = [
  {
    ignores: [
      'dist/',
      'dist-district/',
      'dist-mail/',
      'dist-district-mail/',
      'out/',
      'coverage/',
      'node_modules/',
    ],
  },
  ...gts,
  {
    files: ['src/**/*.ts'],
    languageOptions: {parserOptions: {project: './src/tsconfig.json'}},
    rules: nodeApisForbidden,
  },
  {
    files: ['src/**/*.ts', 'sandbox/**/*.ts'],
    plugins: {'import-x': importX},
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {zones: [...layerZones, ...capabilityZones]},
      ],
      'import-x/no-cycle': ['error', {ignoreExternal: true}],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...nodeApisForbidden['no-restricted-globals'].slice(1),
        ...domainTouchesNoService,
      ],
    },
  },
  {
    files: [
      'scripts/**/*.mjs',
      'scripts/**/*.js',
      'test/fixtures/**/*.mjs',
      '.ci/**/*.js',
      'eslint.config.js',
    ],
    languageOptions: {sourceType: 'module', globals: globals.node},
  },
  {
    files: ['eslint.config.js'],
    languageOptions: {sourceType: 'commonjs'},
  },
  {
    // Classic Apps Script (plain JavaScript, as typed in the script editor) that the emulator loads.
    files: ['test/fixtures/classic/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: {
        SpreadsheetApp: 'readonly',
        MailApp: 'readonly',
        Session: 'readonly',
        Utilities: 'readonly',
      },
    },
    rules: {'no-unused-vars': 'off', 'no-var': 'off'},
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts', 'sandbox/**/*.ts'],
    rules: {'n/no-unpublished-import': 'off', 'n/no-extraneous-import': 'off'},
  },
];
