import {screenshotLinks} from '../../../src/domain/tickets/screenshots';

describe('screenshot links from the file-upload answer', () => {
  it('keeps the Drive files the answer names, as links, once each and at most ten', () => {
    expect(
      screenshotLinks(
        'https://drive.google.com/open?id=1AbCdEfGhIjK, https://drive.google.com/open?id=1ZyXwVuTsRqP, https://drive.google.com/open?id=1AbCdEfGhIjK'
      )
    ).toEqual([
      'https://drive.google.com/open?id=1AbCdEfGhIjK',
      'https://drive.google.com/open?id=1ZyXwVuTsRqP',
    ]);
    const many = Array.from(
      {length: 12},
      (_, i) => `https://drive.google.com/open?id=1File${i}xxxxxxx`
    );
    expect(screenshotLinks(many.join(', '))).toHaveLength(10);
  });

  it('never turns other text into a link', () => {
    expect(screenshotLinks('')).toEqual([]);
    expect(screenshotLinks('javascript:alert(1)')).toEqual([]);
  });
});
