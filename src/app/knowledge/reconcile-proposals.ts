// The sweep's step for proposals: the Activity line and review email a stopped "Propose article" owed.
import {ARTICLE_STATUS} from '../../domain/knowledge/article-status';
import {KNOWLEDGE_BASE_TAB} from '../../domain/knowledge/tabs';
import {
  ArticleRow,
  isProposalLine,
  proposalEmail,
  proposalLine,
} from '../../domain/knowledge/proposal';
import {emailNotification} from '../../domain/notifications/notification';
import {findTech} from '../../domain/people/techs';
import {CellValue, cellText} from '../../domain/tickets/ticket-row';
import {
  appendActivity,
  recentLinesOfField,
} from '../../workspace/ledger/activity-log';
import {
  deleteScriptProperty,
  PROPERTY,
  scriptProperty,
  setScriptProperty,
} from '../../workspace/services/properties';
import {SweepOutbox} from '../notifications/notify';
import {loadSnapshot, referenceOf} from '../setup/snapshot';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A proposal begun and not yet finished: its ticket, reviewer, proposer and the review email's Outbox key. */
export interface OwedProposal {
  readonly ticketId: string;
  readonly reviewer: string;
  readonly proposer: string;
  readonly key: string;
}

export const PROPOSAL_KIND = 'article proposal';

function owedProposals(): OwedProposal[] {
  try {
    const parsed: unknown = JSON.parse(
      scriptProperty(PROPERTY.proposalsOwed) ?? '[]'
    );
    return Array.isArray(parsed) ? (parsed as OwedProposal[]) : [];
  } catch {
    return [];
  }
}

/** Marks a proposal begun, before its first write. Call under the script lock. */
export function oweProposal(proposal: OwedProposal): void {
  setScriptProperty(
    PROPERTY.proposalsOwed,
    JSON.stringify([...owedProposals(), proposal])
  );
}

/** Marks a proposal finished, after its last write. Call under the script lock. */
export function settleProposal(key: string): void {
  const rest = owedProposals().filter(p => p.key !== key);
  if (rest.length > 0)
    setScriptProperty(PROPERTY.proposalsOwed, JSON.stringify(rest));
  else deleteScriptProperty(PROPERTY.proposalsOwed);
}

/** The newest Draft row proposed from `ticketId`, by header. */
function draftOf(ss: Spreadsheet, ticketId: string): ArticleRow | undefined {
  const sheet = ss.getSheetByName(KNOWLEDGE_BASE_TAB);
  if (!sheet || sheet.getLastRow() < 2) return undefined;
  const [headers, ...rows] = sheet.getDataRange().getValues() as CellValue[][];
  const names = headers.map(h => String(h).trim());
  const records = rows.map((row): ArticleRow =>
    Object.fromEntries(
      names.map((name, i) => {
        const value = row[i] ?? '';
        return [name, typeof value === 'boolean' ? String(value) : value];
      })
    )
  );
  return records
    .reverse()
    .find(
      r =>
        cellText(r['Source Ticket']).trim() === ticketId &&
        cellText(r.Status).trim() === ARTICLE_STATUS.draft
    );
}

/**
 * Call under the script lock, before the sweep delivers. A proposal marked begun whose draft is
 * on the Knowledge Base tab gets its Activity line if missing and its review email queued under
 * the key it was begun with (already queued, the Outbox keeps the one row); one whose draft never
 * landed is dropped: the tech saw the menu item fail.
 */
export function reconcileProposals(
  ss: Spreadsheet,
  now: Date,
  outbox: SweepOutbox
): void {
  const owed = owedProposals();
  if (owed.length === 0) return;
  const snapshot = loadSnapshot(ss);
  const reference = referenceOf(snapshot);
  const lines = recentLinesOfField(ss, 'Article').filter(isProposalLine);
  for (const proposal of owed) {
    const article = draftOf(ss, proposal.ticketId);
    const proposer = findTech(reference.techs, proposal.proposer);
    if (!article || !proposer) continue;
    if (!lines.some(line => line.ticketId === proposal.ticketId))
      appendActivity(ss, [
        proposalLine(article, proposal.reviewer, proposer.email, now),
      ]);
    outbox.queue([
      {
        id: proposal.key,
        notifications: [
          emailNotification(
            proposal.ticketId,
            PROPOSAL_KIND,
            proposalEmail({
              deskName: reference.config.deskName,
              colour: reference.config.deskColour,
              to: proposal.reviewer,
              proposer,
              article,
              sheetUrl: snapshot.sheetUrl,
            })
          ),
        ],
      },
    ]);
  }
  deleteScriptProperty(PROPERTY.proposalsOwed);
}
