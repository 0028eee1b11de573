/** Script Properties: ids of the things setup created (form, triggers), never user data. */
export const PROPERTY = {
  formId: 'peerDesk.formId',
  responseSheet: 'peerDesk.responseSheet',
  triggerPrefix: 'peerDesk.trigger.',
} as const;

export function scriptProperty(key: string): string | undefined {
  return PropertiesService.getScriptProperties().getProperty(key) ?? undefined;
}

export function setScriptProperty(key: string, value: string): void {
  PropertiesService.getScriptProperties().setProperty(key, value);
}
