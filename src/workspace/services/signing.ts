// Signs web-app links with a secret key (HMAC-SHA256) and gives the web app's URL.
import {remember, remembered} from './execution-scope';
import {PROPERTY, scriptProperty, setScriptProperty} from './properties';

/** The key signing rating links, made on first use and kept only in Script Properties. */
function signingKey(): string {
  const existing = scriptProperty(PROPERTY.signingKey);
  if (existing) return existing;
  const key = `${Utilities.getUuid()}${Utilities.getUuid()}`;
  setScriptProperty(PROPERTY.signingKey, key);
  return key;
}

/** HMAC-SHA256 of `payload`, URL-safe base64 without padding. */
export function signer(): (payload: string) => string {
  const key = signingKey();
  return payload =>
    Utilities.base64EncodeWebSafe(
      Utilities.computeHmacSha256Signature(payload, key)
    ).replace(/=+$/, '');
}

/** HMAC-SHA256 of `payload` as bytes 0–255 (Apps Script gives them signed, -128 to 127). */
export function keyedBytes(): (payload: string) => number[] {
  const key = signingKey();
  return payload =>
    Utilities.computeHmacSha256Signature(payload, key).map(b => b & 0xff);
}

const WEB_APP_URL = 'webAppUrl';

/** The web app's URL (Deploy → New deployment → Web app), or undefined before it is deployed. */
export function webAppUrl(): string | undefined {
  return remembered(
    WEB_APP_URL,
    () => ScriptApp.getService().getUrl() ?? undefined
  );
}

/** The URL as the settings snapshot recorded it: this execution does not ask again. */
export function rememberWebAppUrl(url: string): void {
  remember(WEB_APP_URL, url);
}
