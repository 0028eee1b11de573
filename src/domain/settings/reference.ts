// Reference data: the configuration tabs (Config, Techs, Schedule, Rota...) parsed into one object.
import {Catalogue, catalogueFrom} from '../languages/catalogue';
import {
  CredentialSettings,
  parseCredentialSettings,
} from '../credentials/credential-settings';
import {DeskConfig, parseConfig} from '../configuration/config';
import {
  DistrictTarget,
  parseDistrictSettings,
} from '../district/district-settings';
import {
  ConversationSettings,
  parseConversationSettings,
} from '../conversation/conversation-settings';
import {
  KnowledgeArticle,
  knowledgeBaseProblems,
  parseKnowledgeBase,
} from '../knowledge/knowledge';
import {
  MetricsSettings,
  parseMetricsSettings,
} from '../metrics/metrics-settings';
import {parseRota, RotaSlot, rotaProblems} from '../people/rota';
import {BellPeriod, parseSchedule} from '../school-time/schedule';
import {parseSlaPolicy, SlaPolicy} from '../sla/sla-policy';
import {parsePriorityMatrix, PriorityMatrix} from '../tickets/priority';
import {
  parseRetentionSettings,
  RetentionSettings,
} from '../archive/retention-settings';
import {parseTechs, Tech, unknownSkillProblems} from '../people/techs';
import {Sender} from '../notifications/messages';
import {Leave, parseLeave} from '../people/leave';
import {NO_ROLES, parseRoles, Role} from '../team/roles';
import {
  parseSafeguardingSettings,
  SafeguardingSettings,
} from '../safeguarding/safeguarding-settings';

/** The slow-changing tabs as rows of text keyed by header, the form they are cached in. */
export interface ReferenceRows {
  readonly techs: readonly Readonly<Record<string, string>>[];
  readonly schedule: readonly Readonly<Record<string, string>>[];
  readonly rota: readonly Readonly<Record<string, string>>[];
  readonly config: readonly Readonly<Record<string, string>>[];
  readonly knowledgeBase: readonly Readonly<Record<string, string>>[];
  /** Absent in a desk set up before the Translations tab existed. */
  readonly translations?: readonly Readonly<Record<string, string>>[];
  /** Absent in a desk set up before the Leave and Roles tabs existed. */
  readonly leave?: readonly Readonly<Record<string, string>>[];
  readonly roles?: readonly Readonly<Record<string, string>>[];
}

export interface Reference {
  readonly config: DeskConfig;
  /** Priority from impact × urgency, as the Config tab sets it. */
  readonly priorityMatrix: PriorityMatrix;
  readonly techs: readonly Tech[];
  readonly periods: readonly BellPeriod[];
  readonly rota: readonly RotaSlot[];
  /** Who is away when: the Leave tab, breaks included. */
  readonly leave: readonly Leave[];
  readonly roles: readonly Role[];
  readonly articles: readonly KnowledgeArticle[];
  readonly sla: SlaPolicy;
  readonly metrics: MetricsSettings;
  readonly retention: RetentionSettings;
  /** Sign-offs that certify a tech, and whether practice counts. */
  readonly credentials: CredentialSettings;
  /** Shipped texts with the Translations tab over them. */
  readonly catalogue: Catalogue;
  /** Where the district edition sends this school's figures; undefined when not configured. */
  readonly district: DistrictTarget | undefined;
  /** Whether the desk reads its mailbox, and takes requests by email. */
  readonly conversation: ConversationSettings;
  /** Work that needs an adult, and how long personal details are kept. */
  readonly safeguarding: SafeguardingSettings;
  /** Everything that could not be used, in words the coordinator can act on. */
  readonly problems: readonly string[];
  /** Signs a requester's own-page link; given by the app once the web app is deployed. */
  readonly requesterPage?: (requester: string) => string | undefined;
}

export function buildReference(rows: ReferenceRows): Reference {
  const get = (row: Readonly<Record<string, string>>, header: string) =>
    row[header] ?? '';
  const configRows = rows.config.map(r => ({
    key: get(r, 'Key'),
    value: get(r, 'Value'),
  }));
  const config = parseConfig(configRows);
  const priority = parsePriorityMatrix(configRows);
  const sla = parseSlaPolicy(configRows);
  const metrics = parseMetricsSettings(configRows);
  const retention = parseRetentionSettings(configRows);
  const district = parseDistrictSettings(configRows);
  const credentials = parseCredentialSettings(configRows);
  const conversation = parseConversationSettings(configRows);
  const safeguarding = parseSafeguardingSettings(
    configRows,
    config.config.categories
  );
  const techs = parseTechs(
    rows.techs.map(r => ({
      email: get(r, 'Email'),
      name: get(r, 'Display Name'),
      tier: get(r, 'Tier'),
      skills: get(r, 'Skills'),
      campus: get(r, 'Campus'),
      mentor: get(r, 'Mentor'),
      active: get(r, 'Active'),
      emails: get(r, 'Emails'),
    }))
  );
  const schedule = parseSchedule(
    rows.schedule.map(r => ({
      dayType: get(r, 'Day Type'),
      period: get(r, 'Period'),
      start: get(r, 'Start'),
      end: get(r, 'End'),
    }))
  );
  const rotaRows = rows.rota.map(r => ({
    campus: get(r, 'Campus'),
    dayType: get(r, 'Day Type'),
    period: get(r, 'Period'),
    tech: get(r, 'Tech'),
  }));
  const rota = parseRota(rotaRows);
  const knowledgeRows = rows.knowledgeBase.map(r => ({
    category: get(r, 'Category'),
    keywords: get(r, 'Keywords'),
    title: get(r, 'Title'),
    steps: get(r, 'Steps or Link'),
    status: get(r, 'Status'),
    language: get(r, 'Language'),
  }));
  const articles = parseKnowledgeBase(knowledgeRows);
  const leave = parseLeave(
    (rows.leave ?? []).map(r => ({
      tech: get(r, 'Tech'),
      from: get(r, 'From'),
      to: get(r, 'To'),
      reason: get(r, 'Reason'),
    })),
    techs.techs
  );
  const roles = parseRoles(
    (rows.roles ?? []).map(r => ({
      name: get(r, 'Role'),
      tier: get(r, 'Tier'),
      responsibilities: get(r, 'Responsibilities'),
      hours: get(r, 'Expected Hours per Week'),
    }))
  );
  const translations = catalogueFrom(
    (rows.translations ?? []).map(r => ({
      language: get(r, 'Language'),
      key: get(r, 'Key'),
      text: get(r, 'Text'),
    }))
  );
  return {
    config: config.config,
    priorityMatrix: priority.matrix,
    techs: techs.techs,
    periods: schedule.periods,
    rota,
    leave: leave.leave,
    roles: roles.roles,
    articles,
    sla: sla.policy,
    metrics: metrics.settings,
    retention: retention.settings,
    credentials: credentials.settings,
    catalogue: translations.catalogue,
    district: district.target,
    conversation: conversation.settings,
    safeguarding: safeguarding.settings,
    problems: [
      ...config.problems,
      ...priority.problems,
      ...sla.problems,
      ...metrics.problems,
      ...retention.problems,
      ...district.problems,
      ...credentials.problems,
      ...conversation.problems,
      ...safeguarding.problems,
      ...techs.problems,
      ...schedule.problems,
      ...translations.problems,
      ...rotaProblems(rotaRows, techs.techs, schedule.periods),
      ...leave.problems,
      ...roles.problems,
      ...(rows.roles !== undefined && roles.roles.length === 0
        ? [NO_ROLES]
        : []),
      ...knowledgeBaseProblems(knowledgeRows),
      ...unknownSkillProblems(techs.techs, config.config.categories),
    ],
  };
}

/** Who the desk's emails come from: its name, colour and translations. */
export function senderOf(reference: Reference): Sender {
  return {
    deskName: reference.config.deskName,
    colour: reference.config.deskColour,
    catalogue: reference.catalogue,
    repliesByEmail: reference.conversation.repliesByEmail,
    ...(reference.requesterPage
      ? {requesterPage: reference.requesterPage}
      : {}),
  };
}
