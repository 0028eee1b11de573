import {Workspace} from '../../../sandbox/workspace/workspace';
import {serveWebApp} from '../../../sandbox/web/web-app-server';
import {buildEntry} from '../../support/bundle';

const bundle = buildEntry('test/fixtures/entries/web-echo.ts');

describe('the web app', () => {
  it('runs doGet with the request event and serves its HtmlOutput', () => {
    // https://developers.google.com/apps-script/guides/web (request parameters)
    const ws = new Workspace().loadBundle(bundle);
    const reply = ws.webApp({query: 'name=alice&n=1&n=2'});
    expect(reply).toMatchObject({status: 200, title: 'Echo'});
    expect(JSON.parse(reply.content)).toEqual({
      queryString: 'name=alice&n=1&n=2',
      parameter: {name: 'alice', n: '1'},
      parameters: {name: ['alice'], n: ['1', '2']},
      contextPath: '',
      contentLength: -1,
    });
  });

  it('runs doPost with postData and serves a TextOutput', () => {
    // https://developers.google.com/apps-script/guides/web (request parameters)
    const ws = new Workspace().loadBundle(bundle);
    const reply = ws.webApp({method: 'POST', query: 'a=1', body: 'b=2'});
    expect(reply.contentType).toBe('application/json');
    expect(JSON.parse(reply.content)).toMatchObject({
      parameter: {a: '1', b: '2'},
      contentLength: 3,
      postData: {
        contents: 'b=2',
        length: 3,
        type: 'application/x-www-form-urlencoded',
        name: 'postData',
      },
    });
  });

  it('serves the web app over HTTP on 127.0.0.1', async () => {
    const ws = new Workspace().loadBundle(bundle);
    const server = await serveWebApp(ws);
    try {
      const response = await fetch(server.localUrl(`${ws.webAppUrl()}?x=1`));
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>Echo</title>');
    } finally {
      await server.close();
    }
  });
});
