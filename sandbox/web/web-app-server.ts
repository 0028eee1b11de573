import {createServer, IncomingMessage, Server} from 'node:http';
import {AddressInfo} from 'node:net';
import {Workspace} from '../workspace/workspace';

/**
 * The path Google serves a deployment's web app at: `/macros/s/DEPLOYMENT_ID/exec`, or
 * `/a/macros/DOMAIN/s/DEPLOYMENT_ID/exec` for a deployment to the domain.
 */
const EXEC_PATH = /^\/(?:a\/macros\/[^/]+|macros)\/s\/[^/]+\/exec$/;
const GOOGLE_ORIGIN = 'https://script.google.com';

export interface WebAppServer {
  /** `http://127.0.0.1:PORT`: replaces `https://script.google.com` in the web app's links. */
  readonly origin: string;
  /** A link the script made, pointed at this server. */
  localUrl(scriptUrl: string): string;
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * Serves a workspace's web app (doGet/doPost through `Workspace.webApp`) on 127.0.0.1 at `port`
 * (a free one by default), so a real browser can follow the links the script writes. One request at a time, as the
 * emulator runs one execution at a time.
 */
export async function serveWebApp(
  ws: Workspace,
  port = 0
): Promise<WebAppServer> {
  let origin = '';
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (!EXEC_PATH.test(url.pathname)) {
      response.writeHead(404, {'content-type': 'text/plain'});
      response.end('Not found');
      return;
    }
    readBody(request)
      .then(body => {
        const reply = ws.webApp({
          method: request.method === 'POST' ? 'POST' : 'GET',
          query: url.search.replace(/^\?/, ''),
          body,
          contentType: request.headers['content-type'],
        });
        const title = reply.title
          ? `<title>${reply.title.replace(/</g, '&lt;')}</title>`
          : '';
        response.writeHead(reply.status, {'content-type': reply.contentType});
        // Links and forms the script wrote point at Google; here they come back to this server.
        const content = reply.content.split(GOOGLE_ORIGIN).join(origin);
        // A script that writes a whole document (doctype, html with lang) is served as written.
        const whole = /^\s*<(!doctype|html)/i.test(content);
        response.end(
          reply.contentType.startsWith('text/html') && !whole
            ? `<!DOCTYPE html><html><head><meta charset="utf-8">${title}</head><body>${content}</body></html>`
            : content
        );
      })
      .catch((error: unknown) => {
        response.writeHead(500, {'content-type': 'text/plain'});
        response.end(String(error));
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    localUrl: scriptUrl => {
      const url = new URL(scriptUrl);
      return `${origin}${url.pathname}${url.search}`;
    },
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close(error => (error ? reject(error) : resolve()))
      ),
  };
}
