// The signed link to a requester's own page that every requester email carries.
import {teacherLink} from '../../domain/requesters/requester-link';
import {keyedBytes, signer, webAppUrl} from '../../workspace/services/signing';

/** The keys that seal and sign teacher-page links. */
export function linkKeys() {
  return {hash: keyedBytes(), sign: signer()};
}

/** The link, or undefined before the web app is deployed (or for a requester without an address). */
export function teacherPageLink(requester: string): string | undefined {
  if (!requester.includes('@')) return undefined;
  const url = webAppUrl();
  return url ? teacherLink(url, requester, Date.now(), linkKeys()) : undefined;
}
