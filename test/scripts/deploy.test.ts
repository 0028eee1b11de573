import {execFileSync, spawnSync} from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';

const SCRIPTS = resolve('scripts');
const FAKE_CLASP = resolve('test/fixtures/clasp/fake-clasp.mjs');
const SCRIPT_ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcdefghijklmnopq';
// A saved login of clasp's own format (~/.clasprc.json) whose refresh token Google would reject.
const STALE_LOGIN = {
  tokens: {
    default: {
      type: 'authorized_user',
      client_id: 'peer-desk-test.apps.googleusercontent.com',
      client_secret: 'not-a-secret',
      refresh_token: 'not-a-token',
    },
  },
};

interface Run {
  status: number | null;
  output: string;
}

/** A fresh clone's working folder: a built dist/, a target's settings, an empty home for clasp. */
function project(options: {target?: string; login?: boolean} = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'peer-desk-deploy-'));
  mkdirSync(join(dir, 'dist'));
  mkdirSync(join(dir, 'home'));
  writeFileSync(join(dir, 'dist', 'Code.js'), 'function onOpen() {}\n');
  writeFileSync(join(dir, 'dist', 'appsscript.json'), '{}\n');
  if (options.target)
    writeFileSync(
      join(dir, `.clasp-${options.target}.json`),
      JSON.stringify({scriptId: SCRIPT_ID, rootDir: 'dist'})
    );
  if (options.login)
    writeFileSync(
      join(dir, 'home', '.clasprc.json'),
      JSON.stringify(STALE_LOGIN)
    );
  return dir;
}

/**
 * Runs a deploy script as `npm run …` would, with clasp's credentials folder (HOME) the project's
 * empty `home/`, and every request to Google refused at once by a proxy nobody listens on.
 */
function run(
  dir: string,
  script: string,
  args: string[],
  env: Record<string, string> = {}
): Run {
  const result = spawnSync('node', [join(SCRIPTS, script), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: join(dir, 'home'),
      HTTPS_PROXY: 'http://127.0.0.1:9',
      HTTP_PROXY: 'http://127.0.0.1:9',
      ...env,
    },
  });
  return {status: result.status, output: `${result.stdout}${result.stderr}`};
}

function withFakeClasp(dir: string, extra: Record<string, string> = {}) {
  return {
    PEER_DESK_CLASP: FAKE_CLASP,
    FAKE_CLASP_LOG: join(dir, 'clasp.log'),
    ...extra,
  };
}

describe('npm run deploy against the installed clasp 3.4.1, offline', () => {
  it('fails loudly, naming the login, when clasp has no credentials', () => {
    const dir = project({target: 'dev'});
    const {status, output} = run(dir, 'deploy.mjs', ['dev']);
    expect(status).toBe(1);
    expect(output).toContain('$ clasp -P .clasp-dev.json push --force');
    expect(output).toContain('No credentials found.');
    expect(output).toContain('run `npx clasp login`');
  });

  it('pushes with --force, so never "Skipping push.", and fails loudly on the network error', () => {
    const dir = project({target: 'prod', login: true});
    const {status, output} = run(dir, 'deploy.mjs', ['prod']);
    expect(status).toBe(1);
    expect(output).not.toContain('Skipping push.');
    expect(output).toContain(
      'request to https://oauth2.googleapis.com/token failed'
    );
    expect(output).toContain('clasp could not reach Google');
    expect(existsSync(join(dir, '.deployment-prod.json'))).toBe(false);
  });

  it('says which command creates a missing target instead of pushing to a placeholder', () => {
    const dir = project();
    const {status, output} = run(dir, 'deploy.mjs', ['prod']);
    expect(status).toBe(1);
    expect(output).toContain('no .clasp-prod.json here');
    expect(output).toContain('npm run create:prod');
    expect(output).not.toContain('$ clasp');
  });

  it('checks the target before the slow checks run (--preflight), without calling clasp', () => {
    const missing = run(project(), 'deploy.mjs', ['prod', '--preflight']);
    expect(missing.status).toBe(1);
    expect(missing.output).toContain('no .clasp-prod.json here');
    const ready = run(project({target: 'prod'}), 'deploy.mjs', [
      'prod',
      '--preflight',
    ]);
    expect(ready).toEqual({status: 0, output: ''});
  });

  it('refuses a settings file that still holds the placeholder script id', () => {
    const dir = project();
    writeFileSync(
      join(dir, '.clasp-dev.json'),
      JSON.stringify({scriptId: 'REPLACE_WITH_YOUR_SCRIPT_ID', rootDir: 'dist'})
    );
    const {status, output} = run(dir, 'deploy.mjs', ['dev']);
    expect(status).toBe(1);
    expect(output).toContain('has no real scriptId');
    expect(output).not.toContain('$ clasp');
  });

  it('refuses a target whose rootDir would push the sources instead of dist/', () => {
    const dir = project();
    writeFileSync(
      join(dir, '.clasp-dev.json'),
      JSON.stringify({scriptId: SCRIPT_ID, rootDir: '.'})
    );
    const {status, output} = run(dir, 'deploy.mjs', ['dev']);
    expect(status).toBe(1);
    expect(output).toContain('must say "rootDir": "dist"');
  });
});

describe('npm run deploy judged from what clasp prints', () => {
  it('fails when clasp prints "Skipping push." and exits 0', () => {
    const dir = project({target: 'dev'});
    const {status, output} = run(
      dir,
      'deploy.mjs',
      ['dev'],
      withFakeClasp(dir, {FAKE_CLASP_PUSH: 'skip'})
    );
    expect(status).toBe(1);
    expect(output).toContain('clasp skipped the push');
    expect(readFileSync(join(dir, 'clasp.log'), 'utf8')).not.toContain(
      'deployment'
    );
  });

  it('keeps one web-app deployment: created once, then updated, so the rating URL never changes', () => {
    const dir = project({target: 'dev'});
    const first = run(dir, 'deploy.mjs', ['dev'], withFakeClasp(dir));
    expect(first.status).toBe(0);
    const url =
      'https://script.google.com/macros/s/AKfycbFakeDeploymentId/exec';
    expect(first.output).toContain(`web app deployed at ${url}`);
    expect(
      JSON.parse(readFileSync(join(dir, '.deployment-dev.json'), 'utf8'))
    ).toEqual({deploymentId: 'AKfycbFakeDeploymentId'});

    const second = run(dir, 'deploy.mjs', ['dev'], withFakeClasp(dir));
    expect(second.status).toBe(0);
    expect(second.output).toContain(`its URL is unchanged: ${url}`);
    const commands = readFileSync(join(dir, 'clasp.log'), 'utf8')
      .trim()
      .split('\n')
      .map(line => line.replace(/--description .*/, '--description …'));
    expect(commands).toEqual([
      '-P .clasp-dev.json push --force',
      '-P .clasp-dev.json create-deployment --description …',
      '-P .clasp-dev.json push --force',
      '-P .clasp-dev.json update-deployment AKfycbFakeDeploymentId --description …',
    ]);
  });

  it('redeploy updates the stored deployment without pushing', () => {
    const dir = project({target: 'prod'});
    writeFileSync(
      join(dir, '.deployment-prod.json'),
      JSON.stringify({deploymentId: 'AKfycbKept'})
    );
    const {status} = run(dir, 'redeploy.mjs', ['prod'], withFakeClasp(dir));
    expect(status).toBe(0);
    expect(readFileSync(join(dir, 'clasp.log'), 'utf8')).toMatch(
      /^-P \.clasp-prod\.json update-deployment AKfycbKept --description Peer Desk/
    );
  });
});

describe('npm run create against the installed clasp 3.4.1, offline', () => {
  it('fails loudly when a .clasp.json is here, although clasp exits 0', () => {
    const dir = project();
    writeFileSync(
      join(dir, '.clasp.json'),
      JSON.stringify({scriptId: 'REPLACE_WITH_YOUR_SCRIPT_ID', rootDir: 'dist'})
    );
    const {status, output} = run(dir, 'create-script.mjs', ['dev']);
    expect(output).toContain('Project file already exists.');
    expect(status).toBe(1);
    expect(output).toContain('rename or delete .clasp.json');
  });

  it('in a fresh clone gets past "Project file already exists" to the login', () => {
    const dir = project();
    const {status, output} = run(dir, 'create-script.mjs', ['dev']);
    expect(output).not.toContain('Project file already exists.');
    expect(output).toContain(
      "$ clasp -P . create-script --type sheets --title 'Peer Desk (test)' --rootDir dist"
    );
    expect(output).toContain('No credentials found.');
    expect(status).toBe(1);
  });

  it('with a saved login fails loudly on the network error', () => {
    const dir = project({login: true});
    const {status, output} = run(dir, 'create-script.mjs', ['prod']);
    expect(output).toContain('failed, reason:');
    expect(output).toContain('clasp could not reach Google');
    expect(status).toBe(1);
    expect(existsSync(join(dir, '.clasp-prod.json'))).toBe(false);
  });

  it('will not replace a target that already names a script', () => {
    const dir = project({target: 'prod'});
    const {status, output} = run(dir, 'create-script.mjs', ['prod']);
    expect(status).toBe(1);
    expect(output).toContain(
      `.clasp-prod.json already names a script (${SCRIPT_ID})`
    );
  });
});

describe('a fresh clone', () => {
  it('holds no clasp settings, and git ignores every target and deployment file', () => {
    const tracked = execFileSync('git', ['ls-files'], {encoding: 'utf8'})
      .split('\n')
      .filter(path => /(^|\/)\.clasp.*\.json$|\.deployment-/.test(path));
    expect(tracked).toEqual([]);
    const ignored = execFileSync(
      'git',
      [
        'check-ignore',
        '--no-index',
        '.clasp.json',
        '.clasp-dev.json',
        '.clasp-prod.json',
        '.deployment-dev.json',
        '.deployment-prod.json',
      ],
      {encoding: 'utf8'}
    );
    expect(ignored.trim().split('\n')).toHaveLength(5);
  });
});
