// The Knowledge Base tab: its columns, how they look, and the Status dropdown.
import {tabLooks} from '../configuration/column-look';
import {ColumnDropdown} from '../configuration/dropdown';
import {ARTICLE_STATUS} from './article-status';

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

/** Status picks Draft or Published, so "Published" never needs typing exactly. */
export const KNOWLEDGE_DROPDOWNS: readonly ColumnDropdown[] = [
  {
    tab: KNOWLEDGE_BASE_TAB,
    header: 'Status',
    values: Object.values(ARTICLE_STATUS),
    help: 'Draft while it is reviewed; Published offers it to requesters.',
  },
];

export const KNOWLEDGE_LOOKS = tabLooks(
  KNOWLEDGE_BASE_TAB,
  {
    Category: 140,
    Keywords: 180,
    Title: 240,
    'Steps or Link': 360,
    Status: 100,
    Language: 80,
    Version: 70,
    Author: 190,
    'Source Ticket': 100,
    Published: 110,
    Helped: 70,
  },
  ['Keywords', 'Title', 'Steps or Link']
);
