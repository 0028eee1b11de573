import {matchArticles} from '../../../src/domain/knowledge/knowledge';
import {exampleReference} from '../../support/example-reference';
import {SELF_HELP_FIXTURE} from './self-help-fixture';

describe('self-help matching on realistic requests', () => {
  const {articles} = exampleReference();
  const categoryOf = new Map(articles.map(a => [a.title, a.category]));

  it('holds at least 30 requests', () => {
    expect(SELF_HELP_FIXTURE.length).toBeGreaterThanOrEqual(30);
  });

  it.each(SELF_HELP_FIXTURE)(
    '$category "$summary" gets "$expectedTop" first',
    request => {
      const found = matchArticles(articles, {
        category: request.category,
        text: `${request.summary} ${request.details}`,
      });
      expect(found[0]?.title).toBe(request.expectedTop);
    }
  );

  it.each(SELF_HELP_FIXTURE.filter(r => r.category !== 'Other'))(
    '$category "$summary" is never offered another category first',
    request => {
      const found = matchArticles(articles, {
        category: request.category,
        text: `${request.summary} ${request.details}`,
      });
      for (const article of found)
        expect([request.category, 'Other']).toContain(
          categoryOf.get(article.title)
        );
    }
  );
});
