// Every Config row setup writes when it is missing: each capability's rows, in the tab's order.
import {ConfigRow} from '../configuration/config-row';
import {DESK_CONFIG_DEFAULTS} from '../configuration/config';
import {PRIORITY_CONFIG_DEFAULTS} from '../tickets/priority';
import {SLA_CONFIG_DEFAULTS} from '../sla/sla-policy';
import {METRICS_CONFIG_DEFAULTS} from '../metrics/metrics-settings';
import {RETENTION_CONFIG_DEFAULTS} from '../archive/retention-settings';
import {DISTRICT_CONFIG_DEFAULTS} from '../district/district-settings';
import {CREDENTIAL_CONFIG_DEFAULTS} from '../credentials/credential-settings';
import {CONVERSATION_CONFIG_DEFAULTS} from '../conversation/conversation-settings';
import {SAFEGUARDING_CONFIG_DEFAULTS} from '../safeguarding/safeguarding-settings';

/** Every Config row setup writes when it is missing, with its default value. */
export const CONFIG_DEFAULTS: readonly ConfigRow[] = [
  ...DESK_CONFIG_DEFAULTS,
  ...PRIORITY_CONFIG_DEFAULTS,
  ...SLA_CONFIG_DEFAULTS,
  ...METRICS_CONFIG_DEFAULTS,
  ...RETENTION_CONFIG_DEFAULTS,
  ...DISTRICT_CONFIG_DEFAULTS,
  ...CREDENTIAL_CONFIG_DEFAULTS,
  ...CONVERSATION_CONFIG_DEFAULTS,
  ...SAFEGUARDING_CONFIG_DEFAULTS,
];
