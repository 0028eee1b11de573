import {
  activity,
  completed,
  resolvedTicket,
  tickets,
} from '../../support/peer-desk';

function query(link: string): string {
  return new URL(link).search.slice(1);
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
    expect(email?.htmlBody).toContain('>4 ★</a>');
  });

  it('records a rating once, on the ticket and in Activity, and thanks the requester', () => {
    const {ws, links} = resolvedTicket();
    const page = ws.webApp({query: query(links[3])});
    completed(page.record);
    expect(page.title).toBe('Thank you');
    expect(page.content).toContain('You rated ticket T-000001 4 out of 5.');
    expect(page.content).toContain('<textarea');
    expect(tickets(ws)[0].Rating).toBe(4);
    expect(activity(ws).at(-1)).toBe(
      'T-000001 Rating:  → 4 (requester (rating link))'
    );
    const again = ws.webApp({query: query(links[0])});
    expect(again.content).toContain('This ticket has already been rated.');
    expect(tickets(ws)[0].Rating).toBe(4);
  });

  it('refuses a forged or altered link and changes nothing', () => {
    const {ws, links} = resolvedTicket();
    const lines = activity(ws).length;
    const altered = query(links[0]).replace('r=1', 'r=5');
    expect(ws.webApp({query: altered}).content).toContain(
      'This rating link is not valid.'
    );
    const forged = 't=T-000001&r=5&v=1&s=AAAA';
    expect(ws.webApp({query: forged}).content).toContain(
      'This rating link is not valid.'
    );
    expect(tickets(ws)[0].Rating).toBe('');
    expect(activity(ws)).toHaveLength(lines);
  });

  it('thanks in Spanish and takes one comment through doPost', () => {
    const {ws, links} = resolvedTicket('Español');
    const page = ws.webApp({query: query(links[4])});
    expect(page.content).toContain(
      '¡Gracias! Calificó el ticket T-000001 con 5 de 5.'
    );
    const fields = [...page.content.matchAll(/name="(\w)" value="([^"]*)"/g)]
      .map(([, name, value]) => `${name}=${encodeURIComponent(value)}`)
      .join('&');
    const posted = ws.webApp({
      method: 'POST',
      body: `${fields}&comment=${encodeURIComponent('Muy rápido <3')}`,
    });
    expect(posted.content).toContain('Gracias, su comentario llegó');
    expect(tickets(ws)[0]['Rating Comment']).toBe('Muy rápido <3');
    const twice = ws.webApp({method: 'POST', body: `${fields}&comment=again`});
    expect(twice.content).toContain('ya fue calificado');
    expect(tickets(ws)[0]['Rating Comment']).toBe('Muy rápido <3');
  });
});
