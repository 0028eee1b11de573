'use strict';
const gts = require('gts');
const globals = require('globals');

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

module.exports = [
  {ignores: ['dist/', 'out/', 'coverage/', 'node_modules/']},
  ...gts,
  {
    files: ['src/**/*.ts'],
    languageOptions: {parserOptions: {project: './src/tsconfig.json'}},
    rules: nodeApisForbidden,
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
    files: ['test/**/*.ts', 'bench/**/*.ts', 'sandbox/**/*.ts'],
    rules: {'n/no-unpublished-import': 'off', 'n/no-extraneous-import': 'off'},
  },
];
