// The Peer Desk menu (onOpen) and the menu item that shows the intake form's link.
import {escapeHtml} from '../../domain/text';
import {bigQueryAvailable} from '../../workspace/services/bigquery';
import {intakeFormUrl} from '../../workspace/services/intake-form';
import {addMenu, showDialog} from '../../workspace/sheets/ui';

export const MENU_TITLE = 'Peer Desk';

/** Only the district edition, whose manifest enables BigQuery, shows these. */
const DISTRICT_ITEMS = [
  {
    caption: 'Send figures to the district',
    functionName: 'sendFiguresToDistrict',
  },
  {
    caption: 'Open district report in Looker Studio',
    functionName: 'openDistrictReport',
  },
];

/** Simple trigger: builds the menu. It needs no authorization, as simple triggers must. */
export function onOpen(): void {
  addMenu(MENU_TITLE, [
    {caption: 'Show open tickets', functionName: 'showOpenTickets'},
    {caption: 'Show my tickets', functionName: 'showMyTickets'},
    {caption: 'Show all tickets', functionName: 'showAllTickets'},
    {caption: 'Set up or repair', functionName: 'setupDesk'},
    {caption: 'Load example school', functionName: 'loadExampleSchool'},
    {caption: 'Open intake form', functionName: 'openIntakeForm'},
    {caption: 'Connect Google Chat', functionName: 'connectChat'},
    {
      caption: "Show the selected ticket's conversation",
      functionName: 'showTicketThread',
    },
    {caption: 'Assign waiting tickets now', functionName: 'sweep'},
    {caption: 'Take a break', functionName: 'takeBreak'},
    {caption: "I'm back", functionName: 'backFromBreak'},
    {caption: 'Rebuild coverage', functionName: 'rebuildCoverage'},
    {caption: 'Import devices', functionName: 'importDeviceList'},
    {caption: 'Lend a loaner', functionName: 'lendLoaner'},
    {caption: 'Take a loaner back', functionName: 'returnLoaner'},
    {
      caption: 'Propose article from selected ticket',
      functionName: 'proposeArticle',
    },
    {caption: 'Rebuild metrics', functionName: 'rebuildMetrics'},
    {caption: 'Open in Looker Studio', functionName: 'openLookerStudio'},
    {caption: 'Send weekly digest now', functionName: 'sendWeeklyDigest'},
    {caption: "Set a tech's skill level", functionName: 'setSkillLevel'},
    {
      caption: 'Make a practice scenario from the selected ticket',
      functionName: 'makePracticeScenario',
    },
    {
      caption: 'Issue the selected scenario to a tech',
      functionName: 'issuePracticeScenario',
    },
    {caption: 'Archive past school years', functionName: 'archivePastYears'},
    {caption: 'Hand over the desk', functionName: 'handOverDesk'},
    ...(bigQueryAvailable() ? DISTRICT_ITEMS : []),
  ]);
}

/** Shows the intake form's published link, to share with teachers. */
export function openIntakeForm(): void {
  const url = intakeFormUrl();
  const html = url
    ? `<p>Share this link with teachers:</p><p><a href="${escapeHtml(url)}" target="_blank">${escapeHtml(url)}</a></p>`
    : '<p>There is no intake form yet. Run <b>Peer Desk › Set up or repair</b> first.</p>';
  showDialog(
    `<div style="font-family: sans-serif">${html}</div>`,
    'Peer Desk intake form'
  );
}
