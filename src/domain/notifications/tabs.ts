// The Outbox tab: every notification, recorded before its change.

export const OUTBOX_TAB = 'Outbox';

export const OUTBOX_HEADERS = [
  'Notification ID',
  'Created',
  'Event',
  'Ticket ID',
  'Channel',
  'To',
  'Subject',
  'Payload',
  'Status',
  'Attempts',
  'Next Attempt',
  'Last Error',
  'Delivered At',
] as const;
