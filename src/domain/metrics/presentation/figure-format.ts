// Units of the leaders' figures: the Sheets number format of each and how the digest writes it.
import {rounded} from '../statistics';

export type Unit = 'count' | 'percent' | 'minutes' | 'hours' | 'rating';

/** Sheets number formats (https://developers.google.com/sheets/api/guides/formats). */
export const NUMBER_FORMAT: Readonly<Record<Unit, string>> = {
  count: '#,##0',
  percent: '0%',
  minutes: '#,##0" min"',
  hours: '0.0" h"',
  rating: '0.0" / 5"',
};

/** The same figure as the cell's format shows it, for plain text and HTML. */
export function formatFigure(value: number | undefined, unit: Unit): string {
  if (value === undefined) return '—';
  switch (unit) {
    case 'count':
      return Math.round(value).toLocaleString('en-US');
    case 'percent':
      return `${Math.round(value * 100)}%`;
    case 'minutes':
      return `${Math.round(value).toLocaleString('en-US')} min`;
    case 'hours':
      return `${rounded(value).toFixed(1)} h`;
    case 'rating':
      return `${rounded(value).toFixed(1)} / 5`;
  }
}

/** Dates and instants as the tabs show them. */
export const DATE_FORMAT = 'yyyy-mm-dd';
export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';
