/**
 * The bundle's entry: every export becomes a top-level function Apps Script can call from the
 * menu, triggers, the web app and the Run menu. No logic lives here.
 */
export {onOpen, openIntakeForm} from './app/setup/menu';
export {setupDesk} from './app/setup/setup';
export {handOverDesk} from './app/setup/owner';
export {loadExampleSchool} from './app/setup/example-school';
export {handleFormSubmit} from './app/tickets/intake';
export {handleEdit} from './app/edits/handle-edit';
export {proposeArticle} from './app/knowledge/propose-article';
export {showTicketThread} from './app/conversation/thread-sidebar';
export {sweep} from './app/tickets/sweep';
export {
  showMyTickets,
  showOpenTickets,
  showAllTickets,
} from './app/tickets/my-tickets';
export {connectChat} from './app/notifications/chat-setup';
export {doGet, doPost} from './app/web/web-app';
export {rebuildMetrics} from './app/metrics/metrics';
export {sendWeeklyDigest} from './app/metrics/digest';
export {hourlyMetrics} from './app/hourly/hourly';
export {takeBreak, backFromBreak} from './app/availability/breaks';
export {rebuildCoverage} from './app/availability/coverage';
export {openLookerStudio} from './app/metrics/looker';
export {setSkillLevel} from './app/credentials/skill-levels';
export {
  issuePracticeScenario,
  makePracticeScenario,
} from './app/credentials/practice';
export {archivePastYears} from './app/archive/archive';
export {
  sendFiguresToDistrict,
  openDistrictReport,
} from './app/district/district-menu';
export {importDeviceList} from './app/devices/import-devices';
export {lendLoaner, returnLoaner} from './app/devices/loaners';
