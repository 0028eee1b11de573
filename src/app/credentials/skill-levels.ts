// Skill levels on the Techs tab: mentors' sign-offs counted, and the coordinator's grant or revoke.
import {ActivityEntry, editorLabel} from '../../domain/tickets/activity';
import {Badge} from '../../domain/metrics/badges';
import {
  certificationBadge,
  creditOf,
  levelText,
} from '../../domain/credentials/certification';
import {
  formatSkills,
  levelFrom,
  levelIn,
  SkillEntry,
  withEntry,
} from '../../domain/people/skill-levels';
import {Reference} from '../../domain/settings/reference';
import {TAB} from '../../domain/setup/workbook';
import {findTech, Tech} from '../../domain/people/techs';
import {normalised} from '../../domain/text';
import {appendActivity} from '../../workspace/ledger/activity-log';
import {withScriptLock} from '../../workspace/services/lock';
import {scriptNow} from '../../workspace/services/script-clock';
import {
  activeSpreadsheet,
  requireSheet,
} from '../../workspace/sheets/spreadsheet';
import {columnsOf} from '../../workspace/sheets/table';
import {toCell} from '../../workspace/sheets/cells';
import {alert, promptFor, toast} from '../../workspace/sheets/ui';
import {Recorded, recordNotifications} from '../notifications/notify';
import {deliverRecorded} from '../notifications/delivery';
import {recognitionPost, recordRecognition} from '../metrics/recognition';
import {forgetSnapshot, loadSnapshot, referenceOf} from '../setup/snapshot';
import {ownerMayAct} from '../setup/owner';
import {SignOff} from '../tickets/sign-offs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Writes a tech's Skills cell (found by Email, never by row) and drops the cached Techs. */
function writeSkills(
  ss: Spreadsheet,
  email: string,
  entries: readonly SkillEntry[]
): void {
  const sheet = requireSheet(ss, TAB.techs);
  const [headers = [], ...rows] = sheet.getDataRange().getValues();
  const columns = columnsOf(headers.map(h => String(h).trim()));
  const emailColumn = columns.get('Email');
  const skillsColumn = columns.get('Skills');
  if (emailColumn === undefined || skillsColumn === undefined) return;
  const at = rows.findIndex(
    row =>
      String(row[emailColumn - 1])
        .trim()
        .toLowerCase() === email
  );
  if (at < 0) return;
  sheet.getRange(at + 2, skillsColumn).setValue(toCell(formatSkills(entries)));
  forgetSnapshot();
}

/** Records new certification badges on the Recognition tab and owes their Chat post. */
function recognise(
  ss: Spreadsheet,
  reference: Reference,
  badges: readonly Badge[],
  timeZone: string,
  today: string
): Recorded | undefined {
  const {fresh} = recordRecognition(ss, badges, timeZone);
  return fresh.length > 0
    ? recordNotifications(ss, [
        recognitionPost(reference.config.deskName, fresh, today),
      ])
    : undefined;
}

/**
 * Counts accepted sign-offs on the Techs tab: one more fix each, certified at the Config number
 * (a badge, a Recognition row, a Chat post), logged in Activity. Call under the script lock after
 * the tickets are written, so a stopped execution loses a count rather than counting twice.
 */
export function creditSignOffs(
  ss: Spreadsheet,
  reference: Reference,
  signOffs: readonly SignOff[],
  clock: {now: Date; timeZone: string; today: string}
): Recorded | undefined {
  if (signOffs.length === 0) return undefined;
  const techs = new Map<string, Tech>(reference.techs.map(t => [t.email, t]));
  const activity: ActivityEntry[] = [];
  const badges: Badge[] = [];
  for (const signOff of signOffs) {
    const tech = techs.get(signOff.techEmail);
    if (!tech) continue;
    const credit = creditOf(
      tech,
      signOff.category,
      signOff.practice,
      reference.credentials
    );
    if (!credit) continue;
    const levels = withEntry(tech.levels, credit.after);
    techs.set(tech.email, {...tech, levels});
    writeSkills(ss, tech.email, levels);
    activity.push({
      when: clock.now,
      ticketId: signOff.ticketId,
      field: `Skill level: ${credit.after.category} (${tech.email})`,
      oldValue: levelText(credit.before),
      newValue: credit.certified
        ? `certified after ${reference.credentials.signOffsToCertify} signed-off fixes`
        : levelText(credit.after),
      who: editorLabel(signOff.mentor),
    });
    if (credit.certified)
      badges.push(
        certificationBadge(tech, credit.after.category, clock.now.getTime())
      );
  }
  appendActivity(ss, activity);
  return recognise(ss, reference, badges, clock.timeZone, clock.today);
}

/** "email; category; level; note" as the coordinator types it into the prompt. */
function parseGrant(
  answer: string,
  reference: Reference
):
  | {tech: Tech; category: string; entry: SkillEntry | undefined; note: string}
  | string {
  const [email = '', category = '', levelWord = '', ...rest] = answer
    .split(';')
    .map(part => part.trim());
  const note = rest.join('; ').trim();
  const tech = findTech(reference.techs, email);
  if (!tech) return `"${email}" is not a tech on the Techs tab.`;
  const known = reference.config.categories.find(
    c => normalised(c) === normalised(category)
  );
  if (!known) return `"${category}" is not a category (Config: Categories).`;
  const level = levelFrom(levelWord);
  if (!level && normalised(levelWord) !== 'none')
    return `"${levelWord}" is not a level: learning, supervised, certified or none.`;
  if (note === '') return 'Add a note saying why, after the level.';
  return {
    tech,
    category: known,
    entry: level ? {category: known, level, signedOff: 0} : undefined,
    note,
  };
}

/**
 * Menu item "Set a tech's skill level": the coordinator grants or revokes a level in a category,
 * with a note; the Techs tab shows it and Activity records who, when and why.
 */
export function setSkillLevel(): void {
  const owner = ownerMayAct("set a tech's skill level");
  if (!owner) return;
  const answer = promptFor(
    "Set a tech's skill level",
    'Tech email; category; level (learning, supervised, certified, or none to remove); a note. For example: liam@school.org; Printer; certified; passed the printer check'
  );
  if (!answer) return;
  const ss = activeSpreadsheet();
  const snapshot = loadSnapshot(ss);
  const reference = referenceOf(snapshot);
  const grant = parseGrant(answer, reference);
  if (typeof grant === 'string') {
    alert("Set a tech's skill level", `Nothing changed: ${grant}`);
    return;
  }
  const {tech, category, entry, note} = grant;
  const clock = scriptNow(snapshot.timeZone);
  const before = levelIn(tech.levels, category);
  const levels = entry
    ? withEntry(tech.levels, entry)
    : tech.levels.filter(e => normalised(e.category) !== normalised(category));
  const recorded = withScriptLock(() => {
    writeSkills(ss, tech.email, levels);
    appendActivity(ss, [
      {
        when: clock.now,
        ticketId: '',
        field: `Skill level: ${category} (${tech.email})`,
        oldValue: levelText(before),
        newValue: `${levelText(entry)}, by the coordinator: ${note}`,
        who: editorLabel(owner),
      },
    ]);
    const certifiedNow =
      entry?.level === 'certified' && before?.level !== 'certified';
    return certifiedNow
      ? recognise(
          ss,
          reference,
          [certificationBadge(tech, category, clock.now.getTime())],
          clock.timeZone,
          clock.local.date
        )
      : undefined;
  });
  deliverRecorded(recorded);
  toast(
    ss,
    `${tech.name}: ${category} is now ${levelText(entry)}.`,
    'Peer Desk skills'
  );
}
