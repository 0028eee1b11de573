// Credential settings in Config: sign-offs that certify a tech, and whether practice counts.
import {ConfigRow} from '../configuration/config-row';
import {normalised} from '../text';

export interface CredentialSettings {
  /** Mentor-signed-off fixes in a category that make a learning or supervised tech certified. */
  readonly signOffsToCertify: number;
  /** A signed-off practice ticket counts as one of those fixes. */
  readonly practiceCounts: boolean;
}

export const CREDENTIAL_KEY = {
  signOffsToCertify: 'Sign-offs to Certify',
  practiceCounts: 'Practice Counts Toward Certification',
} as const;

export const CREDENTIAL_CONFIG_DEFAULTS: readonly ConfigRow[] = [
  {
    key: CREDENTIAL_KEY.signOffsToCertify,
    value: '3',
    description:
      'Fixes in a category, signed off by the tech’s mentor, that make a learning or supervised tech certified in it.',
  },
  {
    key: CREDENTIAL_KEY.practiceCounts,
    value: 'yes',
    description:
      'yes: a practice ticket (Training tab) signed off by the mentor counts as one of those fixes; no: only real tickets count.',
  },
];

export function parseCredentialSettings(
  rows: readonly {key: string; value: string}[]
): {settings: CredentialSettings; problems: string[]} {
  const value = (key: string) =>
    rows.find(r => r.key.trim() === key)?.value.trim() ?? '';
  const problems: string[] = [];
  const countText = value(CREDENTIAL_KEY.signOffsToCertify);
  let signOffsToCertify = Number(countText || '3');
  if (!Number.isInteger(signOffsToCertify) || signOffsToCertify < 1) {
    problems.push(
      `Config "${CREDENTIAL_KEY.signOffsToCertify}" must be a whole number, 1 or more, not "${countText}"; 3 is used.`
    );
    signOffsToCertify = 3;
  }
  const practice = normalised(value(CREDENTIAL_KEY.practiceCounts) || 'yes');
  const no = ['no', 'n', 'false', '0'].includes(practice);
  if (!no && !['yes', 'y', 'true', '1'].includes(practice))
    problems.push(
      `Config "${CREDENTIAL_KEY.practiceCounts}" must be yes or no, not "${practice}"; yes is used.`
    );
  return {
    settings: {
      signOffsToCertify,
      practiceCounts: !no,
    },
    problems,
  };
}
