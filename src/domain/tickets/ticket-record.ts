// The desk's own record of each ticket: the row as the desk last saw it, to restore a deleted row.
import {TICKET_HEADERS, TicketField} from './tabs';
import {CellValue, isDate, TicketRow} from './ticket-row';

/** Fields the sweep recomputes on every run: keeping them would rewrite every record each time. */
const RECOMPUTED: ReadonlySet<TicketField> = new Set<TicketField>([
  'Response Due',
  'Resolve Due',
]);

/** A record must fit one cell (50,000 characters, platform.md: Spreadsheets), with room to spare. */
const MAX_RECORD_CHARACTERS = 45_000;
const SHORTENED = ' [shortened in the record]';

type Encoded = string | number | boolean | {readonly at: number};

function encoded(value: CellValue): Encoded {
  return isDate(value) ? {at: value.getTime()} : value;
}

function decoded(value: unknown): CellValue {
  if (typeof value === 'object' && value !== null && 'at' in value)
    return new Date(Number((value as {at: unknown}).at));
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  )
    return value;
  return '';
}

/** A ticket row as its record's text; the longest texts are shortened if it would not fit a cell. */
export function encodeRecord(row: TicketRow): string {
  const fields: Record<string, Encoded> = {};
  for (const field of TICKET_HEADERS)
    if (!RECOMPUTED.has(field)) fields[field] = encoded(row[field]);
  let text = JSON.stringify(fields);
  while (text.length > MAX_RECORD_CHARACTERS) {
    const [longest] = Object.entries(fields)
      .filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string'
      )
      .sort((a, b) => b[1].length - a[1].length);
    const keep = Math.max(
      0,
      longest[1].length -
        (text.length - MAX_RECORD_CHARACTERS) -
        SHORTENED.length
    );
    fields[longest[0]] = longest[1].slice(0, keep) + SHORTENED;
    text = JSON.stringify(fields);
  }
  return text;
}

/** The row a record holds (recomputed fields empty, the sweep refills them), or undefined. */
export function decodeRecord(text: string): TicketRow | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const fields = parsed as Record<string, unknown>;
    return Object.fromEntries(
      TICKET_HEADERS.map(field => [field, decoded(fields[field])])
    ) as TicketRow;
  } catch {
    return undefined;
  }
}
