// Rules for edits to a Tickets row: refuse and restore, or accept, stamp and log them.
import {ActivityEntry, editorLabel} from '../tickets/activity';
import {OutgoingMessage} from '../notifications/messages';
import {
  messageEmail,
  resolvedEmail,
  waitingEmail,
} from '../notifications/requester-emails';
import {factsOf, rowLanguage} from './ticket-facts';
import {Reference, senderOf} from '../settings/reference';
import {firstName} from '../notifications/status-line';
import {isPriority, PRIORITIES} from '../tickets/priority';
import {
  MERGED_FIELD,
  MESSAGE_FIELD,
  THREAD_FIELD,
  TicketField,
  TRACKED_FIELDS,
  TrackedField,
} from '../tickets/tabs';
import {
  assigneeEmail,
  findTech,
  findTechByEmailOrName,
  resolverRole,
} from '../people/techs';
import {
  cellText,
  serialiseTracked,
  TicketRow,
  TrackedValues,
  trackedForm,
  trackedValuesOf,
} from '../tickets/ticket-row';
import {normalised} from '../text';
import {levelIn, needsSignOff} from '../people/skill-levels';
import {isPractice} from '../credentials/practice';
import {pausesAfterStatusChange} from '../sla/sla-pauses';
import {refuseStatusChange, STATUS} from '../tickets/workflow';
import {mergedRequesters} from '../conversation/merge';
import {
  adultOnlyReason,
  ApprovalContext,
  refuseApproval,
  refuseUnapprovedWork,
} from '../safeguarding/staff-approval';
import {isThreadStatus, ThreadEntry, withEntries} from '../conversation/thread';

/** The Escalation Reason of a ticket a person escalated (`who` as their Activity line names them). */
export function handEscalationReason(who: string): string {
  return `Escalated by hand by ${who}.`;
}

export interface Revert {
  readonly field: TrackedField;
  readonly note: string;
}

/** A note the desk leaves on a cell that asks the tech for something (not a value put back). */
export interface Prompt {
  readonly field: TicketField;
  readonly note: string;
}

export interface ReviewedRow {
  /** The row as it must be written back: refused values restored, stamps filled in. */
  readonly row: TicketRow;
  readonly reverts: readonly Revert[];
  readonly prompts: readonly Prompt[];
  readonly activity: readonly ActivityEntry[];
  readonly messages: readonly OutgoingMessage[];
  /** False when nothing tracked changed: the row need not be written. */
  readonly changed: boolean;
}

export interface EditContext {
  readonly reference: Reference;
  readonly editorEmail: string;
  readonly now: Date;
  /** Signed 1–5 rating links for a resolution, when the web app is deployed. */
  readonly ratingLinks?: (ticketId: string, resolvedMs: number) => string[];
}

/** Statuses that mean a tech has responded to the requester's ticket. */
const RESPONDED = new Set<string>([
  STATUS.inProgress,
  STATUS.waiting,
  STATUS.escalated,
  STATUS.resolved,
]);

function refuseValue(
  field: TrackedField,
  value: string,
  before: TrackedValues,
  row: TicketRow,
  context: EditContext
): string | undefined {
  switch (field) {
    case 'Status':
      return value === STATUS.escalated && isPractice(row)
        ? 'Practice is never escalated to Level 2: ask your mentor, then resolve it.'
        : (refuseStatusChange(before.Status, value, cellText(row.Resolution)) ??
            refuseWithoutAdult(value, row, context));
    case 'Assignee': {
      if (value === '') return undefined;
      const tech = findTechByEmailOrName(context.reference.techs, value);
      return tech?.active
        ? undefined
        : `${value} is not an active tech on the Techs tab.`;
    }
    case 'Priority':
      return isPriority(value)
        ? undefined
        : `Priority must be one of ${PRIORITIES.join(', ')}.`;
    case 'Category':
      return context.reference.config.categories.some(
        c => normalised(c) === normalised(value)
      )
        ? undefined
        : `"${value}" is not a category. Pick one from the list (Config: Categories).`;
    case 'Time Spent (min)':
      return value === '' || Number(value) >= 0
        ? undefined
        : 'Time Spent is a number of minutes, 0 or more.';
    case 'Resolution':
      return undefined;
    case 'Mentor Sign-off':
      return refuseSignOff(value, row, context);
    case 'Staff Approval':
      return refuseApproval(value, approvalContext(row, context));
  }
}

/** Statuses that mean a student is acting on the ticket, which adult-only work must wait for. */
const ACTING = new Set<string>([
  STATUS.inProgress,
  STATUS.resolved,
  STATUS.closed,
]);

function approvalContext(
  row: TicketRow,
  context: EditContext
): ApprovalContext {
  const {techs, config} = context.reference;
  const assignee = findTechByEmailOrName(techs, cellText(row.Assignee));
  return {
    techs,
    coordinatorEmail: config.coordinatorEmail,
    editorEmail: context.editorEmail,
    practiceMentor: isPractice(row) ? assignee?.mentor : undefined,
  };
}

function refuseWithoutAdult(
  status: string,
  row: TicketRow,
  context: EditContext
): string | undefined {
  if (!ACTING.has(status)) return undefined;
  const reason = adultOnlyReason(context.reference.safeguarding, {
    category: cellText(row.Category),
    summary: cellText(row.Summary),
    details: cellText(row.Details),
  });
  if (reason === undefined) return undefined;
  const approved = normalised(cellText(row['Staff Approval'])) === 'yes';
  return refuseUnapprovedWork(reason, approved, approvalContext(row, context));
}

const SIGNED_WORDS = [
  'yes',
  'true',
  'y',
  'x',
  '✓',
  '✔',
  'signed',
  'signed off',
];

/** A Mentor Sign-off cell that counts: ticked, or one of the yes words. */
export function isSignedOff(value: string): boolean {
  return SIGNED_WORDS.includes(normalised(value));
}

/**
 * A sign-off counts only from the assignee's mentor, identified by Google, on a resolved ticket of
 * a category the assignee is still learning or supervised in.
 */
function refuseSignOff(
  value: string,
  row: TicketRow,
  context: EditContext
): string | undefined {
  const {techs} = context.reference;
  const category = cellText(row.Category);
  const assignee = findTechByEmailOrName(techs, cellText(row.Assignee));
  if (!assignee) return 'Mentor Sign-off needs a tech in Assignee.';
  if (!needsSignOff(levelIn(assignee.levels, category)) || !assignee.mentor)
    return `${assignee.name} is certified in ${category} (or has no mentor on the Techs tab): this ticket needs no mentor sign-off.`;
  const mentorName = findTech(techs, assignee.mentor)?.name ?? assignee.mentor;
  const editor = context.editorEmail.trim().toLowerCase();
  if (editor === '')
    return `Google did not say who ticked this, so the sign-off does not count: ${mentorName} signs off from their own school account.`;
  if (editor !== assignee.mentor)
    return `Only ${mentorName}, ${assignee.name}’s mentor, can sign off this ticket.`;
  if (value === '') return undefined;
  if (!isSignedOff(value))
    return 'Mentor Sign-off is ticked (yes) or left empty.';
  const status = cellText(row.Status);
  if (status !== STATUS.resolved && status !== STATUS.closed)
    return 'Sign off once the ticket is Resolved.';
  return undefined;
}

/**
 * Checks a Tickets row after people changed it, against what the desk last accepted (`before`):
 * refused changes are restored with the reason, accepted ones are stamped and logged, and the
 * requester is told when the ticket is resolved; what a tech wrote in Message to Requester is
 * emailed (as the question, when the ticket waits on them), logged and emptied.
 */
export function reviewEditedRow(
  edited: TicketRow,
  before: TrackedValues,
  context: EditContext
): ReviewedRow {
  const row: TicketRow = {...edited};
  const id = cellText(row['Ticket ID']);
  const reverts: Revert[] = [];
  const activity: ActivityEntry[] = [];
  const log = (field: string, oldValue: string, newValue: string) =>
    activity.push({
      when: context.now,
      ticketId: id,
      field,
      oldValue,
      newValue,
      who: editorLabel(context.editorEmail),
    });

  // Resolution and Staff Approval first, so a paste of either with Status can resolve.
  const first: TrackedField[] = ['Resolution', 'Staff Approval'];
  const order: TrackedField[] = [
    ...first,
    ...TRACKED_FIELDS.filter(f => !first.includes(f)),
  ];
  for (const field of order) {
    const value = cellText(row[field]).trim();
    if (trackedForm(value) === before[field]) continue;
    const refusal = refuseValue(field, value, before, row, context);
    if (refusal) {
      reverts.push({field, note: refusal});
      row[field] = before[field];
      continue;
    }
    if (field === 'Assignee') {
      row.Assignee =
        findTechByEmailOrName(context.reference.techs, value)?.name ?? '';
      // The same tech typed by email: shown as Techs spells them, and nothing changed.
      if (cellText(row.Assignee) === before.Assignee) continue;
    }
    log(field, before[field], cellText(row[field]));
  }

  const status = cellText(row.Status);
  const statusChanged = status !== before.Status;
  if (
    !statusChanged &&
    status === STATUS.new &&
    cellText(row.Assignee) !== '' &&
    before.Assignee === ''
  ) {
    row.Status = STATUS.assigned;
    log('Status', STATUS.new, STATUS.assigned);
  }
  const messages: OutgoingMessage[] = [];
  const prompts: Prompt[] = [];
  const thread: ThreadEntry[] = [];
  const at = context.now.getTime();
  if (statusChanged && isThreadStatus(status))
    thread.push({
      at,
      kind: 'status',
      status,
      who: assigneeFirstName(row, context),
    });
  const written = cellText(row[MESSAGE_FIELD]).trim();
  const words = {assigneeName: signerName(row, context), text: written};
  const canWrite = requesterAddress(row) !== '';
  const waiting = status === STATUS.waiting;
  if (statusChanged && waiting && canWrite && written === '')
    prompts.push({field: MESSAGE_FIELD, note: QUESTION_PROMPT});
  if (written !== '' && !canWrite)
    prompts.push({field: MESSAGE_FIELD, note: NO_ADDRESS});
  else if (written !== '') {
    messages.push(
      waiting
        ? waitingEmail({...requesterOf(row, context), question: words})
        : messageEmail({
            ...requesterOf(row, context),
            message: words,
            standing: {kind: 'assigned', assignee: words.assigneeName},
          })
    );
    log(MESSAGE_FIELD, '', written);
    thread.push({at, kind: 'tech', who: words.assigneeName, text: written});
    row[MESSAGE_FIELD] = '';
  }
  if (statusChanged) {
    const credited = stampStatus(row, status, context, messages);
    if (credited)
      log(
        'Resolved By',
        '',
        `${credited} (credited as assignee; editor unknown)`
      );
    // The SLA clock pauses while the ticket waits on its requester.
    row['SLA Pauses'] = pausesAfterStatusChange(
      cellText(row['SLA Pauses']),
      before.Status === STATUS.waiting,
      status === STATUS.waiting,
      context.now.getTime()
    );
  }

  row[THREAD_FIELD] = withEntries(cellText(row[THREAD_FIELD]), thread);
  const changed = activity.length > 0;
  if (changed) row.Updated = context.now;
  row.Tracked = serialiseTracked(trackedValuesOf(row));
  return {
    row,
    reverts,
    prompts,
    activity,
    messages,
    changed: changed || reverts.length > 0,
  };
}

/** Why a message stays in its cell: the ticket has no address to write to (a walk-up, practice). */
const NO_ADDRESS =
  'This ticket has no requester email address, so the desk cannot send this message. Talk to them in person, then clear the cell.';

/** Waiting on Requester with nothing asked: the requester is emailed once the question is written. */
const QUESTION_PROMPT =
  'Write your question for the requester here: the desk emails it to them, and their answer comes back to this ticket.';

/** Where the desk writes to: the requester's address; none on a practice ticket or a walk-up without one. */
function requesterAddress(row: TicketRow): string {
  const requester = isPractice(row) ? '' : cellText(row.Requester).trim();
  return requester.includes('@') ? requester : '';
}

/** Who signs what a tech writes: the editor when a tech, else the assignee, by first name. */
function signerName(row: TicketRow, context: EditContext): string {
  const {techs, config} = context.reference;
  const tech =
    findTech(techs, context.editorEmail) ??
    findTechByEmailOrName(techs, cellText(row.Assignee));
  return firstName(tech?.name ?? config.deskName);
}

/** The first name of the tech the row is assigned to, as the requester knows them; empty when nobody. */
function assigneeFirstName(row: TicketRow, context: EditContext): string {
  const assignee = cellText(row.Assignee);
  const tech =
    assignee === ''
      ? undefined
      : findTechByEmailOrName(context.reference.techs, assignee);
  return tech ? firstName(tech.name) : '';
}

/** What every requester email of this row shares: the desk, the requester's language, the facts. */
function requesterOf(row: TicketRow, context: EditContext) {
  return {
    sender: senderOf(context.reference),
    language: rowLanguage(row, context.reference),
    ticket: factsOf(row),
  };
}

/**
 * Stamps what a status change means. Returns the assignee credited with a resolution when the
 * editor's identity was withheld, so the credit can be marked as such.
 */
function stampStatus(
  row: TicketRow,
  status: string,
  context: EditContext,
  messages: OutgoingMessage[]
): string | undefined {
  let creditedAssignee: string | undefined;
  const {now, reference} = context;
  const {config, techs} = reference;
  if (RESPONDED.has(status) && cellText(row['First Response']) === '')
    row['First Response'] = now;
  const language = rowLanguage(row, reference);
  const sender = senderOf(reference);
  // A practice ticket has no requester to tell, whatever its row says.
  const requester = isPractice(row) ? '' : cellText(row.Requester);
  const facts = factsOf(row);
  if (status === STATUS.resolved) {
    const unknown = context.editorEmail.trim() === '';
    const resolvedBy = unknown
      ? assigneeEmail(techs, cellText(row.Assignee))
      : context.editorEmail;
    if (unknown && resolvedBy !== '') creditedAssignee = resolvedBy;
    const resolver = findTech(techs, resolvedBy);
    row['Resolved At'] = now;
    row['Resolved By'] = resolvedBy;
    row['Resolver Role'] = resolverRole(resolver);
    const resolverName = firstName(resolver?.name ?? config.deskName);
    if (requester.includes('@'))
      messages.push(
        resolvedEmail({
          sender,
          language,
          ticket: facts,
          resolution: cellText(row.Resolution),
          resolver: resolverName,
          ratingLinks: context.ratingLinks?.(facts.id, now.getTime()),
        })
      );
    // The requesters of tickets merged into this one hear too, once each; only its own rates it.
    const heard = new Set([requester.trim().toLowerCase()]);
    for (const merged of mergedRequesters(cellText(row[MERGED_FIELD]))) {
      const address = merged.requester.toLowerCase();
      if (!address.includes('@') || heard.has(address)) continue;
      heard.add(address);
      const theirs: TicketRow = {
        ...row,
        Requester: merged.requester,
        Language: merged.language,
      };
      messages.push(
        resolvedEmail({
          sender,
          language: rowLanguage(theirs, reference),
          ticket: factsOf(theirs),
          resolution: cellText(row.Resolution),
          resolver: resolverName,
        })
      );
    }
  }
  if (status === STATUS.escalated)
    row['Escalation Reason'] = handEscalationReason(
      editorLabel(context.editorEmail)
    );
  if (status === STATUS.closed) row['Closed At'] = now;
  if (status === STATUS.reopened) {
    row['Resolved At'] = '';
    row['Resolved By'] = '';
    row['Resolver Role'] = '';
    row.Rating = '';
    row['Rating Comment'] = '';
  }
  return creditedAssignee;
}
