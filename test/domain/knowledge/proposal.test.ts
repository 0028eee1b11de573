import {
  draftArticle,
  proposalProblem,
  publication,
  reviewerOf,
} from '../../../src/domain/knowledge/proposal';
import {authoredArticles} from '../../../src/domain/knowledge/authorship';
import {exampleReference} from '../../support/example-reference';

describe('fix → article', () => {
  const {techs} = exampleReference();
  const liam = techs.find(t => t.email.startsWith('liam'));
  if (!liam) throw new Error('the example school has Liam');
  const ticket = {
    id: 'T-000009',
    status: 'Resolved',
    category: 'Printer',
    summary: 'Library printer jams on every page',
    resolution: 'Removed a torn label stuck behind the rear door.',
    language: 'Spanish',
  };

  it('drafts from the summary and resolution, credited to the tech', () => {
    expect(draftArticle(ticket, liam)).toEqual({
      Category: 'Printer',
      Keywords: 'library, printer, jams, every, page',
      Title: 'Library printer jams on every page',
      'Steps or Link': 'Removed a torn label stuck behind the rear door.',
      Status: 'Draft',
      Language: 'Spanish',
      Version: 0,
      Author: liam.email,
      'Source Ticket': 'T-000009',
      Published: '',
    });
  });

  it('refuses an open ticket, an empty resolution and someone not on Techs', () => {
    expect(proposalProblem({...ticket, status: 'In Progress'}, liam)).toBe(
      'T-000009 is In Progress: propose an article from a resolved ticket.'
    );
    expect(proposalProblem({...ticket, resolution: ' '}, liam)).toBe(
      'T-000009 has no Resolution to turn into steps.'
    );
    expect(proposalProblem(ticket, undefined)).toBe(
      'Only an active tech on the Techs tab can propose an article.'
    );
    expect(proposalProblem(ticket, liam)).toBeUndefined();
  });

  it('sends the draft to the mentor, or to the coordinator when there is none', () => {
    expect(reviewerOf(liam, techs, 'coord@school.example')).toBe(liam.mentor);
    expect(
      reviewerOf({...liam, mentor: ''}, techs, 'Coord@School.example')
    ).toBe('coord@school.example');
  });

  it('publishing bumps the version', () => {
    const now = new Date(Date.UTC(2026, 10, 23, 17));
    expect(publication(0, now)).toEqual({Version: 1, Published: now});
    expect(publication('3', now).Version).toBe(4);
    expect(publication('', now).Version).toBe(1);
  });

  it('credits authors of published articles only', () => {
    expect(
      authoredArticles(
        [
          {
            Status: 'Published',
            Author: 'A@x.org',
            Published: '2026-11-23 11:00',
          },
          {Status: 'Draft', Author: 'b@x.org', Published: ''},
          {Status: 'Published', Author: '', Published: '2026-11-23'},
        ],
        () => -360
      )
    ).toEqual([{author: 'a@x.org', publishedMs: Date.UTC(2026, 10, 23, 17)}]);
  });
});
