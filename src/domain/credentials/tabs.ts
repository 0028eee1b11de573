// The Training tab.

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
