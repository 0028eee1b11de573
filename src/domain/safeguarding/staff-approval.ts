// Work that needs an adult: which tickets need Staff Approval, who may give it, and what a student may not do without it.
import {findTech, Tech, TIERS} from '../people/techs';
import {normalised} from '../text';
import {SafeguardingSettings} from './safeguarding-settings';

export const STAFF_APPROVAL_FIELD = 'Staff Approval';

/** What a ticket needs an adult for: its category or a word of its summary or details. */
export function adultOnlyReason(
  settings: SafeguardingSettings,
  ticket: {category: string; summary: string; details: string}
): string | undefined {
  const category = settings.adultOnlyCategories.find(
    c => normalised(c) === normalised(ticket.category)
  );
  if (category) return category;
  const text = normalised(`${ticket.summary} ${ticket.details}`);
  return settings.adultOnlyWords.find(word =>
    new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(word)}`, 'u').test(text)
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The adults who approve: active Level 2 staff on the Techs tab, and the coordinator. */
export function approvers(
  techs: readonly Tech[],
  coordinatorEmail: string
): string[] {
  const staff = techs
    .filter(t => t.active && t.tier === TIERS.staff)
    .map(t => t.email);
  const coordinator = coordinatorEmail.trim().toLowerCase();
  return coordinator === '' || staff.includes(coordinator)
    ? staff
    : [...staff, coordinator];
}

export interface ApprovalContext {
  readonly techs: readonly Tech[];
  readonly coordinatorEmail: string;
  /** Who Google says made the edit; blank when Google withheld it. */
  readonly editorEmail: string;
  /** A practice ticket rehearses the approval: the tech's mentor may give it. */
  readonly practiceMentor: string | undefined;
}

function mayApprove(context: ApprovalContext, editor: string): boolean {
  return (
    approvers(context.techs, context.coordinatorEmail).includes(editor) ||
    (context.practiceMentor !== undefined && editor === context.practiceMentor)
  );
}

/** Why a Staff Approval tick does not count, or undefined when it does. */
export function refuseApproval(
  value: string,
  context: ApprovalContext
): string | undefined {
  const editor = context.editorEmail.trim().toLowerCase();
  if (editor === '')
    return 'Google did not say who ticked this, so the approval does not count: staff approve from their own school account.';
  if (!mayApprove(context, editor))
    return 'Only Level 2 staff or the coordinator can approve this ticket.';
  if (value !== '' && normalised(value) !== 'yes')
    return 'Staff Approval is yes or left empty.';
  return undefined;
}

/**
 * Why a student may not move an adult-only ticket to `status` yet, or undefined when they may:
 * staff and the coordinator work it themselves; anyone else waits for a Staff Approval.
 */
export function refuseUnapprovedWork(
  reason: string,
  approved: boolean,
  context: ApprovalContext
): string | undefined {
  if (approved) return undefined;
  const editor = context.editorEmail.trim().toLowerCase();
  if (editor !== '' && mayApprove(context, editor)) return undefined;
  const names = approvers(context.techs, context.coordinatorEmail)
    .slice(0, 3)
    .map(email => findTech(context.techs, email)?.name ?? email);
  const ask =
    names.length > 0 ? `ask ${names.join(' or ')}` : 'ask the coordinator';
  return `This ticket needs an adult first (${reason}): ${ask} to pick yes in Staff Approval, or set Status to Escalated to hand it to Level 2.`;
}
