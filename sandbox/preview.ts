import {parseArgs} from 'node:util';
import {startPreview} from './web/preview';

const USAGE = `Usage: npm run preview [-- --port N]

Sets up the example school on the offline emulator, has a teacher report a projector down, and
serves the desk's web pages on http://127.0.0.1 so you can click through them in a browser: a
teacher's own page, "This fixed it", the team page and the Knowledge Base. Forms post to the
script's doPost, as on Google. Ctrl+C stops it.

Options:
  --port N   the port to listen on (default 8080; 0 takes any free one)
  --help     this text`;

async function main(): Promise<void> {
  const {values} = parseArgs({
    options: {
      port: {type: 'string', default: '8080'},
      help: {type: 'boolean', short: 'h', default: false},
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a port number, not "${values.port}".`);
  console.log('Setting up the example school on the offline emulator…');
  const {server, pages} = await startPreview(port);
  console.log(
    [
      '',
      'Open these in a browser:',
      ...pages.map(page => `  ${page.label}\n    ${page.url}`),
      '',
      'Ctrl+C stops the preview.',
    ].join('\n')
  );
  process.once('SIGINT', () => {
    void server.close().then(() => process.exit(0));
  });
}

main().catch(error => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
