import {hiddenFormBody} from '../../../sandbox/web/page-form';
import {WebAppResponse, Workspace} from '../../../sandbox/workspace/workspace';
import {
  chicago,
  completed,
  resolvedTicket,
  tickets,
} from '../../support/peer-desk';
import {visibleText} from '../../support/page-text';

/** Names JavaScript objects inherit: a lookup by one of them must not find a built-in. */
const BUILT_IN_NAMES = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
];
const PAGES = ['rate', 'teacher', 'team', 'fixed', 'kb'];
/** Every parameter a page reads. */
const PARAMETERS = [
  'p',
  't',
  'r',
  'v',
  's',
  'f',
  'q',
  'a',
  'd',
  'l',
  'lang',
  'pref',
  'answer',
  'comment',
];

function expectPage(response: WebAppResponse, request: string): void {
  expect({request, status: response.status}).toEqual({request, status: 200});
  expect(response.content).toMatch(/^<!DOCTYPE html>/);
  expect(response.title).not.toBe('');
}

function both(ws: Workspace, query: string): void {
  expectPage(ws.webApp({query}), `GET ?${query}`);
  expectPage(ws.webApp({method: 'POST', body: query}), `POST ${query}`);
}

describe('every web page answers a page', () => {
  it('for a page name or parameter named like a JavaScript built-in, from doGet and doPost', () => {
    const {ws} = resolvedTicket();
    for (const name of BUILT_IN_NAMES) {
      both(ws, `p=${encodeURIComponent(name)}`);
      both(ws, `${encodeURIComponent(name)}=1`);
      for (const page of PAGES) {
        both(
          ws,
          PARAMETERS.map(
            key => `${key}=${encodeURIComponent(key === 'p' ? page : name)}`
          ).join('&')
        );
      }
    }
    // Nothing any of those requests did changed the ticket.
    expect(tickets(ws)[0]).toMatchObject({Rating: '', Status: 'Resolved'});
  });

  it('for a POST while the script lock stays busy: a page to try again, and nothing lost', () => {
    const {ws, links} = resolvedTicket();
    const shown = ws.webApp({query: new URL(links[3]).search.slice(1)});
    completed(shown.record);
    const rating = hiddenFormBody(shown.content);
    // Another execution holds the lock longer than a POST waits for it (30 s).
    ws.faults.holdScriptLock(new Date(ws.now().getTime() + 60_000));
    const busy = ws.webApp({method: 'POST', body: rating});
    expectPage(busy, 'POST under a busy lock');
    expect(busy.title).toBe('The help desk is busy');
    expect(visibleText(busy.content)).toContain(
      'Many people are using the help desk right now, so nothing was saved yet.'
    );
    expect(tickets(ws)[0].Rating).toBe('');
    // The page's button sends the same form again once the lock is free.
    expect(hiddenFormBody(busy.content)).toBe(rating);
    ws.advanceTo(chicago('2026-11-23 12:00'));
    const rated = ws.webApp({
      method: 'POST',
      body: hiddenFormBody(busy.content),
    });
    expect(visibleText(rated.content)).toContain(
      'You rated ticket T-000001 4 out of 5.'
    );
    expect(tickets(ws)[0].Rating).toBe(4);
  });
});
