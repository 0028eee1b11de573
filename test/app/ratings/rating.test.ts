import {hiddenFormBody} from '../../../sandbox/web/page-form';
import {Workspace} from '../../../sandbox/workspace/workspace';
import {
  activity,
  TEACHER,
  completed,
  resolvedTicket,
  tickets,
} from '../../support/peer-desk';
import {visibleText} from '../../support/page-text';

function query(link: string): string {
  return new URL(link).search.slice(1);
}

/** Opens a rating link and presses its button, as the teacher does. */
function rateThrough(ws: Workspace, link: string) {
  const shown = ws.webApp({query: query(link)});
  completed(shown.record);
  return ws.webApp({method: 'POST', body: hiddenFormBody(shown.content)});
}

describe('the satisfaction survey', () => {
  it('puts five signed links to the web app in the resolution email, in HTML and text', () => {
    const {ws, links} = resolvedTicket();
    expect(links).toHaveLength(5);
    expect(links[3]).toMatch(
      new RegExp(
        `^${ws.webAppUrl().replace(/[.?]/g, '\\$&')}\\?t=T-000001&r=4&v=\\d+&s=[\\w-]+$`
      )
    );
    const email = ws.outbox.find(m => m.subject.includes('Resolved'));
    expect(email?.htmlBody).toContain('>4 out of 5</a>');
  });

  it('opening a link (as a mail scanner does) shows the chosen stars and a button, and records nothing', () => {
    const {ws, links} = resolvedTicket();
    const lines = activity(ws).length;
    const shown = ws.webApp({query: query(links[3])});
    completed(shown.record);
    expect(shown.title).toBe('Rate your ticket');
    expect(visibleText(shown.content)).toContain('★★★★☆');
    expect(visibleText(shown.content)).toContain(
      'You chose 4 out of 5 for ticket T-000001. Press the button to send your rating.'
    );
    expect(shown.content).toMatch(
      /<form method="post" action="https:\/\/script\.google\.com\/macros\/s\/[\w-]+\/exec" target="_top">/
    );
    expect(shown.content).toContain('<button type="submit" id="record">');
    ws.webApp({query: query(links[0])});
    expect(tickets(ws)[0].Rating).toBe('');
    expect(activity(ws)).toHaveLength(lines);
    expect(visibleText(ws.webApp({query: query(links[4])}).content)).toContain(
      'You chose 5 out of 5'
    );
  });

  it('records a rating once, on the ticket and in Activity, and thanks the requester', () => {
    const {ws, links} = resolvedTicket();
    const otherButton = hiddenFormBody(
      ws.webApp({query: query(links[0])}).content
    );
    const page = rateThrough(ws, links[3]);
    completed(page.record);
    expect(page.title).toBe('Thank you');
    expect(visibleText(page.content)).toContain(
      'You rated ticket T-000001 4 out of 5.'
    );
    expect(page.content).toContain('<textarea');
    expect(tickets(ws)[0].Rating).toBe(4);
    expect(activity(ws).at(-1)).toBe(
      'T-000001 Rating:  → 4 (requester (rating link))'
    );
    expect(ws.webApp({query: query(links[0])}).content).toContain(
      'This ticket has already been rated.'
    );
    const resent = ws.webApp({method: 'POST', body: otherButton});
    expect(visibleText(resent.content)).toContain(
      'This ticket has already been rated.'
    );
    expect(tickets(ws)[0].Rating).toBe(4);
  });

  it('refuses a forged or altered link and changes nothing', () => {
    const {ws, links} = resolvedTicket();
    const lines = activity(ws).length;
    const altered = query(links[0]).replace('r=1', 'r=5');
    expect(visibleText(ws.webApp({query: altered}).content)).toContain(
      'This rating link is not valid.'
    );
    const forged = 't=T-000001&r=5&v=1&s=AAAA';
    expect(visibleText(ws.webApp({query: forged}).content)).toContain(
      'This rating link is not valid.'
    );
    expect(
      ws.webApp({method: 'POST', body: `f=rate&${altered}`}).content
    ).toContain('This rating link is not valid.');
    expect(tickets(ws)[0].Rating).toBe('');
    expect(activity(ws)).toHaveLength(lines);
  });

  it('thanks in Spanish and takes one comment through doPost', () => {
    const {ws, links} = resolvedTicket('Español (Spanish)');
    expect(visibleText(ws.webApp({query: query(links[4])}).content)).toContain(
      'Eligió 5 de 5 para el ticket T-000001.'
    );
    const page = rateThrough(ws, links[4]);
    expect(visibleText(page.content)).toContain(
      '¡Gracias! Calificó el ticket T-000001 con 5 de 5.'
    );
    const fields = hiddenFormBody(page.content);
    const posted = ws.webApp({
      method: 'POST',
      body: `${fields}&comment=${encodeURIComponent('Muy rápido <3')}`,
    });
    expect(visibleText(posted.content)).toContain(
      'Gracias, su comentario llegó'
    );
    expect(tickets(ws)[0]['Rating Comment']).toBe('Muy rápido <3');
    const twice = ws.webApp({method: 'POST', body: `${fields}&comment=again`});
    expect(visibleText(twice.content)).toContain('ya fue calificado');
    expect(tickets(ws)[0]['Rating Comment']).toBe('Muy rápido <3');
  });

  it('works deployed for the domain: a signed-in teacher rates through the button; Google keeps others out', () => {
    // Manifest webapp.access DOMAIN (platform.md: Web apps).
    const {ws, links} = resolvedTicket('English', {webAppAccess: 'DOMAIN'});
    expect(links[4]).toMatch(
      /^https:\/\/script\.google\.com\/a\/macros\/school\.example\/s\/[\w-]+\/exec\?t=T-000001&r=5&/
    );
    const shown = ws.webApp({query: query(links[4]), as: TEACHER});
    expect(shown.content).toContain(`action="${ws.webAppUrl()}"`);
    const page = ws.webApp({
      method: 'POST',
      body: hiddenFormBody(shown.content),
      as: TEACHER,
    });
    expect(visibleText(page.content)).toContain(
      'You rated ticket T-000001 5 out of 5.'
    );
    expect(tickets(ws)[0].Rating).toBe(5);
    const outsider = ws.webApp({
      query: query(links[4]),
      as: 'someone@gmail.com',
    });
    expect(outsider).toMatchObject({status: 403, record: undefined});
    expect(ws.webApp({query: query(links[4]), anonymous: true}).status).toBe(
      302
    );
  });
});
