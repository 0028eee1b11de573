/**
 * The bundle's entry: every export becomes a top-level function Apps Script can call from the
 * menu, triggers, the web app and the Run menu. No logic lives here.
 */
export {onOpen, openIntakeForm} from './app/menu';
export {setupDesk} from './app/setup';
export {loadExampleSchool} from './app/example-school';
export {handleFormSubmit} from './app/intake';
export {handleEdit} from './app/work';
export {sweep} from './app/sweep';
export {connectChat} from './app/chat-setup';
export {doGet, doPost} from './app/rating-web-app';
export {rebuildMetrics, hourlyMetrics, sendWeeklyDigest} from './app/metrics';
export {openLookerStudio} from './app/looker';
