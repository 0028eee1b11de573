// A Knowledge Base article's Status: a draft waits for its reviewer; only published ones are suggested.
export const ARTICLE_STATUS = {draft: 'Draft', published: 'Published'} as const;
