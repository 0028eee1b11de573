// The Tickets fields every new row starts empty: written later by the sweep, the requester or a mentor.

/**
 * Fields filled in after intake: by the sweep, the Waiting status, the requester's rating and the
 * mentor's sign-off; Practice only on practice tickets.
 */
export const EMPTY_LATER_FIELDS = {
  'Response Due': '',
  'Resolve Due': '',
  'SLA Steps': '',
  'Escalation Reason': '',
  'SLA Pauses': '',
  'Email Mark': '',
  Thread: '',
  Merged: '',
  Rating: '',
  'Rating Comment': '',
  'Requester Reply': '',
  'Message to Requester': '',
  'Merge Into': '',
  'Mentor Sign-off': '',
  'Staff Approval': '',
  Practice: '',
} as const;
