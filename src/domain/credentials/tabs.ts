// The Training tab: its columns and how they look.
import {tabLooks} from '../configuration/column-look';

export const TRAINING_TAB = 'Training';

/** The Training tab: practice scenarios a mentor issues to a junior as practice tickets. */
export const TRAINING_HEADERS = [
  'Scenario',
  'Category',
  'Summary',
  'Details',
  'Model Fix',
  'From Ticket',
] as const;

export const TRAINING_LOOKS = tabLooks(
  TRAINING_TAB,
  {
    Scenario: 200,
    Category: 140,
    Summary: 240,
    Details: 300,
    'Model Fix': 300,
    'From Ticket': 100,
  },
  ['Scenario', 'Summary', 'Details', 'Model Fix']
);
