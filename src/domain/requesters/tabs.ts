// The Requesters tab.

export const REQUESTERS_TAB = 'Requesters';

/** The Requesters tab: one row per requester who chose how often the desk emails them. */
export const REQUESTER_HEADERS = [
  'Requester',
  'Notifications',
  'Updated',
] as const;
