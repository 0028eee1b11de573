// The edit trigger: finds which tab changed and hands the edit to the capability that owns it.
import {REFERENCE_TABS, TAB} from '../../domain/setup/workbook';
import {creditSignOffs} from '../credentials/skill-levels';
import {checkTraining} from '../credentials/training-checks';
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

/** A capability's part of the edit trigger: the tabs it owns and what it does with their edits. */
interface EditHandler {
  readonly tabs: readonly string[];
  readonly handle: (
    event: SheetsOnEdit,
    editor: () => string,
    tab: string
  ) => void;
}

/** Each owner's handler, in the order they run for one edit (publishing before the reload). */
const HANDLERS: readonly EditHandler[] = [
  {
    tabs: [TAB.knowledgeBase],
    handle: (event, editor) => publishEditedArticles(event.range, editor()),
  },
  {
    tabs: REFERENCE_TABS,
    handle: (_event, _editor, tab) => reloadConfiguration(tab),
  },
  {
    tabs: [TAB.tickets],
    handle: (event, editor) => editTickets(event, editor, creditSignOffs),
  },
  {
    tabs: [TAB.training],
    handle: () => checkTraining(),
  },
];

/**
 * The installable edit trigger (`e.range`, `e.oldValue`, `e.user`): hands the edit to each
 * handler that owns the edited tab. Tickets edits go to the tickets workflow, which hands
 * mentors' sign-offs to credentials; an edit of a configuration tab reloads the settings (after
 * publishing Knowledge Base articles marked so); any other tab returns at once.
 */
export function handleEdit(event: SheetsOnEdit): void {
  if (!runsAsOwner(HANDLER.edit)) return;
  const tab = event.range.getSheet().getName();
  const editor = () => editorOf(event);
  for (const handler of HANDLERS)
    if (handler.tabs.includes(tab)) handler.handle(event, editor, tab);
}
