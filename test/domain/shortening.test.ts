import {shortened} from '../../src/domain/shortening';

describe('shortened', () => {
  it('keeps a text that fits', () => {
    expect(shortened('Rebooted the projector', 22)).toBe(
      'Rebooted the projector'
    );
  });

  it('cuts a long text to the limit and says how much is left out, and where', () => {
    const text = 'x'.repeat(60_000);
    const short = shortened(text, 50_000);
    expect(short).toHaveLength(50_000);
    const omitted = 60_000 - short.indexOf('…');
    expect(
      short.endsWith(
        `… [shortened: ${omitted.toLocaleString('en-US')} more characters in the ticket]`
      )
    ).toBe(true);
    expect(shortened(text, 100, 'in the form response')).toMatch(
      /^x+… \[shortened: 59,9\d\d more characters in the form response\]$/
    );
  });

  it('never splits an emoji in two', () => {
    const short = shortened('😀'.repeat(100), 60);
    expect(short).toMatch(/^(😀)+… \[shortened/);
  });
});
