// The conversation's Config rows: whether the desk reads its mailbox, and takes requests by email.
import {ConfigRow} from '../configuration/config-row';

export interface ConversationSettings {
  /** The sweep reads the desk's Gmail: replies come back to their tickets. */
  readonly repliesByEmail: boolean;
  /** A message that is no reply becomes a ticket (only while replies are read). */
  readonly requestsByEmail: boolean;
}

export const CONVERSATION_KEY = {
  emailReplies: 'Email Replies',
  emailRequests: 'Email Requests',
} as const;

export const CONVERSATION_CONFIG_DEFAULTS: readonly ConfigRow[] = [
  {
    key: CONVERSATION_KEY.emailReplies,
    value: 'Off',
    description:
      "Mail edition only (npm run build:mail, which asks for Gmail access): On, and each sweep reads the desk's mailbox, so a teacher's reply to a desk email goes onto its ticket. Off: teachers answer on their requests page.",
  },
  {
    key: CONVERSATION_KEY.emailRequests,
    value: 'Off',
    description:
      "On (with Email Replies On): an email to the desk's address that is not a reply becomes a ticket, as a form response would.",
  },
];

const ON = new Set(['on', 'yes', 'true']);
const OFF = new Set(['off', 'no', 'false', '']);

export function parseConversationSettings(
  rows: readonly {key: string; value: string}[]
): {settings: ConversationSettings; problems: readonly string[]} {
  const values = new Map(rows.map(row => [row.key.trim(), row.value.trim()]));
  const problems: string[] = [];
  const flag = (key: string): boolean => {
    const value = (values.get(key) ?? '').toLowerCase();
    if (ON.has(value)) return true;
    if (!OFF.has(value))
      problems.push(
        `Config "${key}" is On or Off, not "${values.get(key)}"; the desk reads it as Off.`
      );
    return false;
  };
  const repliesByEmail = flag(CONVERSATION_KEY.emailReplies);
  const requestsByEmail = flag(CONVERSATION_KEY.emailRequests);
  return {
    settings: {
      repliesByEmail,
      requestsByEmail: repliesByEmail && requestsByEmail,
    },
    problems,
  };
}
