import {
  articleTitled,
  matchArticles,
  searchArticles,
} from '../../../src/domain/knowledge/knowledge';
import {exampleReference} from '../../support/example-reference';

describe('knowledge base matching', () => {
  const {articles} = exampleReference();

  it('ranks keyword matches first and returns at most three articles', () => {
    const found = matchArticles(articles, {
      category: 'Projector or Display',
      text: 'Projector says no signal after I plugged the HDMI cable',
    });
    expect(found).toHaveLength(3);
    expect(found[0].title).toBe('Projector shows "No signal"');
  });

  it('falls back to articles of the same category', () => {
    expect(
      matchArticles(articles, {
        category: 'Printer',
        text: 'it makes a strange noise',
      }).map(a => a.title)
    ).toEqual([
      'Printer jam or not printing',
      'Printer not in the list or shows Offline',
    ]);
  });

  it("puts general articles after the category's own and never another category's", () => {
    expect(
      matchArticles(articles, {
        category: 'Software',
        text: 'Error message on screen, then it is frozen',
      }).map(a => a.title)
    ).toEqual(['An app shows an error message or freezes', 'Restart first']);
  });

  it('offers a past fix of the same category by its ticket ID and resolution only', () => {
    const found = matchArticles(
      articles,
      {category: 'Printer', text: 'The printer in room 12 beeps E-04'},
      3,
      [
        {
          id: 'T-0007',
          category: 'Printer',
          summary: 'Room 12 printer shows E-04',
          resolution: 'E-04 means the rear door is open: close it firmly.',
        },
        {
          id: 'T-0008',
          category: 'Projector or Display',
          summary: 'Room 12 projector beeps',
          resolution: 'Replaced the lamp.',
        },
      ]
    );
    expect(found.map(a => `${a.title}: ${a.steps}`)).toEqual([
      'Fixed before (T-0007): E-04 means the rear door is open: close it firmly.',
      expect.stringMatching(/^Printer not in the list/),
      expect.stringMatching(/^Printer jam/),
    ]);
  });

  it('finds nothing for an unrelated request', () => {
    expect(
      matchArticles(articles, {category: 'Other', text: 'the door squeaks'})
    ).toEqual([]);
  });
});

describe('the Knowledge Base page search', () => {
  const {articles} = exampleReference();

  it('ranks by BM25 in the visitor language, else in English; no query lists them all', () => {
    const spanish = searchArticles(articles, 'proyector sin señal', 'es');
    expect(spanish.inEnglish).toBe(false);
    expect(spanish.articles.map(a => a.title)).toEqual([
      'El proyector dice "Sin señal"',
    ]);
    const fallback = searchArticles(articles, 'printer jam', 'pl');
    expect(fallback.inEnglish).toBe(true);
    expect(fallback.articles[0].title).toBe('Printer jam or not printing');
    expect(searchArticles(articles, 'laminator', 'en').articles).toEqual([]);
    expect(searchArticles(articles, '', 'en').articles.length).toBe(
      articles.filter(a => a.language === 'en').length
    );
  });

  it('finds the article a link names, in the ticket language first', () => {
    expect(
      articleTitled(articles, 'Printer jam or not printing', 'es')?.language
    ).toBe('en');
    expect(articleTitled(articles, 'Gone', 'en')).toBeUndefined();
  });
});
