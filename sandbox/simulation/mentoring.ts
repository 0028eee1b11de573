// The simulated week's mentoring: a junior learns a skill on practice tickets their mentor signs off.
import {Workspace} from '../workspace/workspace';

export interface Apprenticeship {
  readonly tech: string;
  readonly mentor: string;
  readonly category: string;
  /** A Training tab scenario in that category, issued once per fix the Config asks for. */
  readonly scenario: string;
  readonly practices: number;
}

/** Liam learns printers on the Training tab's printer jam, with Maya, his mentor. */
export const LIAM_LEARNS_PRINTERS: Apprenticeship = {
  tech: 'liam.obrien@students.example.org',
  mentor: 'maya.patel@students.example.org',
  category: 'Printer',
  scenario: 'Printer jam',
  practices: 3,
};

function completedOrThrow(
  what: string,
  record: {outcome: string; error?: string}
) {
  if (record.outcome !== 'completed')
    throw new Error(`${what} ${record.outcome}: ${record.error}`);
}

/**
 * Before school: the coordinator sets the junior's level in the category to learning (with a
 * note), and the mentor issues them the scenario as practice tickets through the menu.
 */
export function startApprenticeship(ws: Workspace, plan: Apprenticeship): void {
  const ui = ws.services.spreadsheets.ui;
  ui.queuePromptAnswer(
    `${plan.tech}; ${plan.category}; learning; starts on practice tickets with their mentor`
  );
  completedOrThrow(
    "Set a tech's skill level",
    ws.clickMenu('Peer Desk', "Set a tech's skill level")
  );
  ws.open({as: plan.mentor});
  const row = ws.table('Training').findIndex(r => r.Scenario === plan.scenario);
  if (row < 0) throw new Error(`No "${plan.scenario}" on the Training tab.`);
  for (let i = 0; i < plan.practices; i++) {
    ws.select('Training', `A${row + 2}`, {as: plan.mentor});
    ui.queuePromptAnswer(plan.tech);
    completedOrThrow(
      'Issue the selected scenario to a tech',
      ws.clickMenu('Peer Desk', 'Issue the selected scenario to a tech', {
        as: plan.mentor,
      })
    );
  }
}
