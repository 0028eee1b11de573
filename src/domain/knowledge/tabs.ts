// The Knowledge Base tab.

export const KNOWLEDGE_BASE_TAB = 'Knowledge Base';

export const KNOWLEDGE_BASE_HEADERS = [
  'Category',
  'Keywords',
  'Title',
  'Steps or Link',
  'Status',
  'Language',
  'Version',
  'Author',
  'Source Ticket',
  'Published',
  'Helped',
] as const;
