import {
  fixedLink,
  knowledgeBaseLink,
  verifiedFixed,
} from '../../../src/domain/knowledge/fixed-link';

/** Not an HMAC: enough to tell payloads apart in a unit test. */
const sign = (payload: string) =>
  Buffer.from(payload).toString('base64url').split('').reverse().join('');

function parameters(link: string): Record<string, string> {
  return Object.fromEntries(new URL(link).searchParams);
}

describe('"This fixed it" links', () => {
  const request = {ticketId: 'T-000007', article: 'Printer jam & "offline"'};

  it('names the page, the ticket and the article, and verifies as signed', () => {
    const link = fixedLink('https://x.example/exec', request, sign);
    expect(link).toMatch(
      /^https:\/\/x\.example\/exec\?p=fixed&t=T-000007&a=Printer%20jam%20%26%20%22offline%22&s=/
    );
    expect(verifiedFixed(parameters(link), sign)).toEqual(request);
  });

  it('refuses another ticket, another article or no signature', () => {
    const link = parameters(fixedLink('https://x.example/exec', request, sign));
    expect(verifiedFixed({...link, t: 'T-000008'}, sign)).toBeUndefined();
    expect(verifiedFixed({...link, a: 'Restart first'}, sign)).toBeUndefined();
    expect(verifiedFixed({...link, s: ''}, sign)).toBeUndefined();
    expect(verifiedFixed({p: 'fixed'}, sign)).toBeUndefined();
  });

  it('links the Knowledge Base page in a language, with an optional search', () => {
    expect(knowledgeBaseLink('https://x.example/exec', 'es')).toBe(
      'https://x.example/exec?p=kb&l=es'
    );
    expect(knowledgeBaseLink('https://x.example/exec', 'en', 'no signal')).toBe(
      'https://x.example/exec?p=kb&l=en&q=no%20signal'
    );
  });
});
