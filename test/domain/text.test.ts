import {asLiteralText, escapeHtml, splitList} from '../../src/domain/text';

describe('asLiteralText', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")'],
    ['+1 555 0100'],
    ['-2'],
    ['@SUM(A1:A9)'],
    ['\tleading tab'],
    ['\rleading CR'],
    ['00123'],
    ['3/4'],
  ])('keeps %j as text by prefixing an apostrophe', text => {
    expect(asLiteralText(text)).toBe(`'${text}`);
  });

  it('leaves an empty answer empty', () => {
    expect(asLiteralText('')).toBe('');
  });
});

describe('escapeHtml', () => {
  it('escapes markup and quotes', () => {
    expect(escapeHtml('<script>alert("x")</script> & \'y\'')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;'
    );
  });
});

describe('splitList', () => {
  it('splits on commas and semicolons and drops blanks', () => {
    expect(splitList(' Chromebook, Printer;; Wi-Fi or Network ,')).toEqual([
      'Chromebook',
      'Printer',
      'Wi-Fi or Network',
    ]);
  });
});
