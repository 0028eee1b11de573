import {matchArticles} from '../../../src/domain/knowledge/knowledge';
import {exampleReference} from '../../support/example-reference';

describe('knowledge base matching', () => {
  const {articles} = exampleReference();

  it('ranks keyword matches first and returns at most three articles', () => {
    const found = matchArticles(articles, {
      category: 'Projector or Display',
      text: 'Projector says no signal after I plugged the HDMI cable',
    });
    expect(found.map(a => a.title)).toEqual([
      'Projector shows "No signal"',
      'Projector image dim or flickering',
    ]);
  });

  it('falls back to articles of the same category', () => {
    expect(
      matchArticles(articles, {
        category: 'Printer',
        text: 'it makes a strange noise',
      }).map(a => a.title)
    ).toEqual(['Printer jam or not printing']);
  });

  it('finds nothing for an unrelated request', () => {
    expect(
      matchArticles(articles, {category: 'Other', text: 'the door squeaks'})
    ).toEqual([]);
  });
});
