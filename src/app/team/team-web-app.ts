// The team page of the web app (`p=team`): anyone may see who the desk's techs are and who is on duty.
import {teamPage} from '../../domain/team/team-page';
import {teamView} from '../../domain/team/team-view';
import {intakeFormUrl} from '../../workspace/services/intake-form';
import {scriptNow} from '../../workspace/services/script-clock';
import {webAppUrl} from '../../workspace/services/signing';
import {activeSpreadsheet} from '../../workspace/sheets/spreadsheet';
import {dutyReference} from '../availability/coverage';
import {loadSnapshot, referenceOf} from '../setup/snapshot';
import {pageLook, servedPage, WebParameters} from '../pages/page-output';

/** Shows the team (GET only): first names, roles, skills, duty now and next, the help form. */
export function teamLink(
  parameter: WebParameters
): GoogleAppsScript.HTML.HtmlOutput {
  const snapshot = loadSnapshot(activeSpreadsheet());
  const reference = referenceOf(snapshot);
  const view = teamView(
    {...dutyReference(reference), roles: reference.roles},
    scriptNow(snapshot.timeZone).local
  );
  return servedPage(
    teamPage(pageLook(parameter.lang ?? ''), view, {
      formUrl: intakeFormUrl(),
      pageUrl: `${webAppUrl() ?? ''}?p=team`,
    })
  );
}
