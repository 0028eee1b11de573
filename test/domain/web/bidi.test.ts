import {gallery} from '../../../sandbox/gallery/gallery';
import {escapeHtml} from '../../../src/domain/text';
import {DEFAULT_DESK_COLOUR} from '../../../src/domain/configuration/colour';
import {SHIPPED_CATALOGUE} from '../../../src/domain/languages/catalogue';
import {confirmationEmail} from '../../../src/domain/notifications/requester-emails';

/** English words people typed, as the gallery's Arabic emails and pages carry them. */
const PEOPLES_WORDS = [
  'Projector shows "No signal" <HDMI>',
  'Check both ends of the HDMI cable, then press Input on the remote.',
  'Which wall port is the projector plugged into?',
  'Thanks! And is it on HDMI 1 or 2?',
  'Lincoln High Tech Desk',
];

/** Whether `before` leaves an isolate open: `<bdi>`, a paragraph in its own direction, or FSI. */
function insideIsolate(before: string): boolean {
  const open = (start: string, end: string) =>
    before.lastIndexOf(start) > before.lastIndexOf(end);
  return (
    open('<bdi>', '</bdi>') ||
    open('<p dir="auto"', '</p>') ||
    open('\u2068', '\u2069')
  );
}

/** The places `words` appear in `html` without being isolated from the text around them. */
function unisolated(html: string, words: string): string[] {
  const escaped = escapeHtml(words);
  const found: string[] = [];
  for (
    let at = html.indexOf(escaped);
    at >= 0;
    at = html.indexOf(escaped, at + 1)
  ) {
    const before = html.slice(0, at);
    // The document's <title> is not laid out in the page.
    if (/<title>[^<]*$/.test(before)) continue;
    if (!insideIsolate(before)) found.push(`…${before.slice(-60)}${escaped}`);
  }
  return found;
}

describe('people’s English words in Arabic emails and pages', () => {
  // Unicode bidi algorithm (UAX #9): isolates keep a run's punctuation in place; HTML's <bdi> and
  // dir="auto" isolate an element (html.spec.whatwg.org, the bdi element).
  const arabic = gallery().filter(sample => sample.name.endsWith('-ar'));

  it('covers the Arabic emails and pages', () => {
    expect(arabic.length).toBeGreaterThan(20);
    expect(arabic.every(s => s.html.includes('dir="rtl"'))).toBe(true);
  });

  it('isolates every piece of them, so "No signal" <HDMI> keeps its own direction', () => {
    const problems = arabic.flatMap(sample =>
      PEOPLES_WORDS.flatMap(words =>
        unisolated(sample.html, words).map(place => `${sample.name}: ${place}`)
      )
    );
    expect(problems).toEqual([]);
    // And the words are there to be isolated.
    const shown = arabic.filter(s =>
      s.html.includes(escapeHtml(PEOPLES_WORDS[0]))
    );
    expect(shown.length).toBeGreaterThan(5);
    const missing = PEOPLES_WORDS.filter(
      words => !arabic.some(s => s.html.includes(escapeHtml(words)))
    );
    expect(missing).toEqual([]);
  });
});

/** The confirmation a teacher gets for an English summary, with one English article. */
function confirmation(language: string) {
  return confirmationEmail({
    sender: {
      deskName: 'Lincoln High Tech Desk',
      colour: DEFAULT_DESK_COLOUR,
      catalogue: SHIPPED_CATALOGUE,
    },
    language,
    ticket: {
      id: 'T-000042',
      summary: '"No HDMI signal"',
      details: '',
      priority: 'P2',
      campus: 'North Campus',
      room: '214',
      category: 'Projector or Display',
      assetTag: '',
      requester: 'r.garcia@example.org',
      screenshots: '',
    },
    standing: {kind: 'assigned', assignee: 'Maya'},
    duplicateOf: '',
    articles: [
      {
        title: 'Projector shows "No signal"',
        steps: 'Check the cable, then press Input on the remote.',
      },
    ],
  });
}

describe('people’s English words in an Arabic plain-text email and subject', () => {
  // No markup survives in plain text; Unicode isolates (FSI U+2068 … PDI U+2069, UAX #9) do.
  it('isolates the summary, the article and its steps', () => {
    const email = confirmation('ar');
    expect(email.body).toContain('\u2068"No HDMI signal"\u2069');
    expect(email.body).toContain(
      '- \u2068Projector shows "No signal"\u2069: \u2068Check the cable, then press Input on the remote.\u2069'
    );
    expect(email.subject).toContain('\u2068"No HDMI signal"\u2069');
  });

  it('leaves a left-to-right email without isolates', () => {
    const email = confirmation('en');
    expect(email.body).toContain(
      '- Projector shows "No signal": Check the cable, then press Input on the remote.'
    );
    expect(`${email.subject}${email.body}`).not.toMatch(/[\u2068\u2069]/);
  });
});
