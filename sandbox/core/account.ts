/** Consumer (gmail.com) or Google Workspace (Education counts as Workspace): quotas differ. */
export type AccountKind = 'consumer' | 'workspace';
