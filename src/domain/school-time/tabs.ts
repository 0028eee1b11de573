// The bell Schedule tab.

export const SCHEDULE_TAB = 'Schedule';

export const SCHEDULE_HEADERS = ['Day Type', 'Period', 'Start', 'End'] as const;
