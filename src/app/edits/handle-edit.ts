// The edit trigger: finds which tab changed and hands the edit to the capability that owns it.
import {REFERENCE_TABS, TAB} from '../../domain/setup/workbook';
import {creditSignOffs} from '../credentials/skill-levels';
import {publishEditedArticles} from '../knowledge/publish-article';
import {HANDLER} from '../setup/handlers';
import {runsAsOwner} from '../setup/owner';
import {reloadConfiguration} from '../setup/reload';
import {editTickets} from '../tickets/work';

type SheetsOnEdit = GoogleAppsScript.Events.SheetsOnEdit;

/** Who made the edit: the event's user, else the active user (platform.md: Trigger events). */
function editorOf(event: SheetsOnEdit): string {
  const email = event.user?.getEmail?.() ?? '';
  return (email || Session.getActiveUser().getEmail()).toLowerCase();
}

/**
 * The installable edit trigger (`e.range`, `e.oldValue`, `e.user`). Tickets edits go to the
 * tickets workflow, which hands mentors' sign-offs to credentials; an edit of a configuration tab
 * reloads the settings (after publishing Knowledge Base articles marked so); any other tab
 * returns at once.
 */
export function handleEdit(event: SheetsOnEdit): void {
  if (!runsAsOwner(HANDLER.edit)) return;
  const tab = event.range.getSheet().getName();
  if ((REFERENCE_TABS as readonly string[]).includes(tab)) {
    if (tab === TAB.knowledgeBase)
      publishEditedArticles(event.range, editorOf(event));
    reloadConfiguration(tab);
    return;
  }
  if (tab === TAB.tickets)
    editTickets(event, () => editorOf(event), creditSignOffs);
}
