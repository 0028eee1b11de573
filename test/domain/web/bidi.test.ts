import {gallery} from '../../../sandbox/gallery/gallery';
import {escapeHtml} from '../../../src/domain/text';

/** English words people typed, as the gallery's Arabic emails and pages carry them. */
const PEOPLES_WORDS = [
  'Projector shows "No signal" <HDMI>',
  'Check both ends of the HDMI cable, then press Input on the remote.',
  'Tried another cable.',
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
  });
});
