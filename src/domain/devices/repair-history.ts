// A device's repairs: the lines of its Repair History cell, the repeat-repair flag and the notes a ticket shows.
import {shortened} from '../shortening';
import {addDays, daysBetween} from '../school-time/local-time';
import {Device} from './devices';

/** One repair: the ticket, the day it was reported, what was wrong and, once resolved, what was done. */
export interface RepairLine {
  readonly ticketId: string;
  readonly date: string;
  readonly summary: string;
  readonly done: string;
}

/** Repairs within this many days of the newest one… */
export const REPEAT_WINDOW_DAYS = 90;
/** …at least this many of them flag the device. */
export const REPEAT_THRESHOLD = 3;

const DONE = ' — done: ';
const LINE = /^(\S+) (\d{4}-\d\d-\d\d): (.*)$/;
/** Each line's words are kept short, so a history of years still fits one cell. */
const WORDS_MAX = 160;

function oneLine(text: string): string {
  return shortened(text.replace(/\s+/g, ' ').trim(), WORDS_MAX);
}

function formatRepairLine(line: RepairLine): string {
  const done = line.done === '' ? '' : `${DONE}${oneLine(line.done)}`;
  return `${line.ticketId} ${line.date}: ${oneLine(line.summary)}${done}`;
}

/** The history cell's lines, newest first; lines a person typed another way are kept as they are. */
export function parseRepairHistory(cell: string): RepairLine[] {
  return cell
    .split('\n')
    .filter(line => line.trim() !== '')
    .map(line => {
      const match = LINE.exec(line.trim());
      if (!match) return {ticketId: '', date: '', summary: line, done: ''};
      const [words, done = ''] = match[3].split(DONE);
      return {ticketId: match[1], date: match[2], summary: words, done};
    });
}

/** A line as the cell shows it: one a person typed another way stays as they typed it. */
function historyLine(line: RepairLine): string {
  return line.ticketId === '' ? line.summary : formatRepairLine(line);
}

export function formatRepairHistory(lines: readonly RepairLine[]): string {
  return lines.map(historyLine).join('\n');
}

/** The repairs of the REPEAT_WINDOW_DAYS ending on `today`. */
export function recentRepairs(
  lines: readonly RepairLine[],
  today: string
): RepairLine[] {
  const from = addDays(today, -REPEAT_WINDOW_DAYS);
  return lines.filter(
    line => line.date !== '' && daysBetween(from, line.date) >= 0
  );
}

/** The Repeat Repairs cell: "3 in 90 days" once the device reaches the threshold, else blank. */
export function repeatFlag(
  lines: readonly RepairLine[],
  today: string
): string {
  const recent = recentRepairs(lines, today).length;
  return recent >= REPEAT_THRESHOLD
    ? `${recent} in ${REPEAT_WINDOW_DAYS} days`
    : '';
}

/** The note on a linked ticket's Asset Tag: the device, and its repairs before this ticket. */
export function linkedTicketNote(
  device: Device,
  history: readonly RepairLine[],
  ticketId: string,
  today: string
): string {
  const facts = [
    device.text('Model'),
    device.text('Kind') && `(${device.text('Kind')})`,
  ]
    .filter(Boolean)
    .join(' ');
  const where = [
    device.text('Serial') && `serial ${device.text('Serial')}`,
    device.text('Campus'),
    device.text('Assigned To') && `assigned to ${device.text('Assigned To')}`,
  ].filter(Boolean);
  const earlier = history.filter(line => line.ticketId !== ticketId);
  const flag = repeatFlag(history, today);
  return [
    `Device ${device.text('Asset Tag')}: ${[facts, ...where].filter(Boolean).join(', ')}.`,
    ...(flag
      ? [`Repeat repairs: ${flag}. Look for the cause, not only the fault.`]
      : []),
    earlier.length === 0
      ? 'No earlier repairs on record.'
      : `Earlier repairs (${earlier.length}), newest first:`,
    ...earlier.slice(0, 10).map(historyLine),
  ].join('\n');
}

/** The note on an Asset Tag the Devices tab does not know. */
export function unknownTagNote(typed: string): string {
  return `Asset tag "${oneLine(typed)}" is not on the Devices tab (neither as an asset tag nor as a serial). Check the tag on the device, or add the device to Devices; this ticket is not in any device's history.`;
}
