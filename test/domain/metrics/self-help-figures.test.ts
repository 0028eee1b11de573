import {
  articleHelpfulness,
  articlesToReview,
  deflectionOf,
} from '../../../src/domain/metrics/self-help-figures';
import {TicketMetrics} from '../../../src/domain/metrics/ticket-metrics';

function ticket(
  suggested: string[],
  fixedByArticle = '',
  resolvedBy: TicketMetrics['resolvedBy'] = ''
): TicketMetrics {
  return {
    selfHelpSuggested: suggested,
    fixedByArticle,
    resolvedBy,
  } as Partial<TicketMetrics> as TicketMetrics;
}

describe('self-help figures', () => {
  // Four tickets: three offered articles, one fixed by "Printer jam"; one offered nothing.
  const tickets = [
    ticket(['Printer jam', 'Restart first'], 'Printer jam', 'self-service'),
    ticket(['Printer jam', 'Restart first']),
    ticket(['Restart first', 'Fixed before (T-000001)']),
    ticket([], '', 'student'),
    ticket(['Restart first']),
    ticket(['Restart first']),
  ];

  it('deflection rate: self-service resolutions over tickets offered self-help', () => {
    expect(deflectionOf(tickets)).toEqual({
      offered: 5,
      deflected: 1,
      rate: 1 / 5,
    });
    expect(deflectionOf([]).rate).toBeUndefined();
  });

  it('per article: suggestions, fixes and helpfulness, most suggested first, past fixes left out', () => {
    const articles = articleHelpfulness(tickets, [
      'Printer jam',
      'Restart first',
      'Never suggested',
    ]);
    expect(articles).toEqual([
      {title: 'Restart first', suggested: 5, helped: 0, helpfulness: 0},
      {title: 'Printer jam', suggested: 2, helped: 1, helpfulness: 0.5},
    ]);
    expect(articlesToReview(articles).map(a => a.title)).toEqual([
      'Restart first',
    ]);
  });
});
