import {formatFigure} from '../../../../src/domain/metrics/presentation/figure-format';
import {
  Comparison,
  trendWords,
} from '../../../../src/domain/metrics/presentation/week-comparison';

const compare = (
  unit: Comparison['unit'],
  better: Comparison['better'],
  now: number | undefined,
  before: number | undefined
): Comparison => ({label: 'x', unit, better, now, before});

describe('figures with their units', () => {
  it('writes each unit as its cell format shows it', () => {
    expect(formatFigure(0.6667, 'percent')).toBe('67%');
    expect(formatFigure(1250.4, 'minutes')).toBe('1,250 min');
    expect(formatFigure(2 / 3, 'hours')).toBe('0.7 h');
    expect(formatFigure(3.89, 'rating')).toBe('3.9 / 5');
    expect(formatFigure(14, 'count')).toBe('14');
    expect(formatFigure(undefined, 'percent')).toBe('—');
  });
});

describe('trend words', () => {
  it('says which way a figure moved and whether that is good news', () => {
    expect(trendWords(compare('percent', 'up', 0.75, 0.9))).toBe(
      '▼ down from 90%, worse'
    );
    expect(trendWords(compare('minutes', 'down', 40, 70))).toBe(
      '▼ down from 70 min, better'
    );
    expect(trendWords(compare('count', 'neither', 12, 9))).toBe('▲ up from 9');
  });

  it('calls a change too small to show "same", and says nothing without last week', () => {
    expect(trendWords(compare('percent', 'up', 0.751, 0.749))).toBe(
      'same as last week'
    );
    expect(trendWords(compare('percent', 'up', 0.75, undefined))).toBe('');
  });
});
