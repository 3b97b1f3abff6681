/**
 * The links of the e-mails: the secret they are signed with (script properties, created on first
 * use, replaced by «Отозвать все ссылки»), the HMAC under it, and the web app's address.
 */
import type { Hmac } from '../core/links/seal';
import type { LinksState } from '../core/links/status';

const SECRET_KEY = 'links.secret';

/** The HMAC under the secret; null when there is none yet and `create` is false (no link exists). */
export function linkHmac(create: boolean): Hmac | null {
  const store = PropertiesService.getScriptProperties();
  let secret = store.getProperty(SECRET_KEY);
  if (!secret && !create) return null;
  if (!secret) {
    secret = newSecret();
    store.setProperty(SECRET_KEY, secret);
  }
  const key = secret;
  return (message) => Utilities.computeHmacSha256Signature(message, key);
}

// Two random (version 4) UUIDs: 244 random bits.
const newSecret = (): string => Utilities.getUuid() + Utilities.getUuid();

/** What «Ссылки в письмах…» reports: the web app's URL and whether a link was ever signed. */
export function linksState(): LinksState {
  return { url: webAppUrl(), signed: !!PropertiesService.getScriptProperties().getProperty(SECRET_KEY) };
}

/** «Отозвать все ссылки»: every link signed so far stops working. */
export function revokeLinks(): void {
  PropertiesService.getScriptProperties().setProperty(SECRET_KEY, newSecret());
}

/** The web app's URL, or null when it is not deployed (reference/script/service#getUrl()). */
export function webAppUrl(): string | null {
  return ScriptApp.getService().getUrl() || null;
}

export const linkUrl = (base: string, token: string): string => `${base}?t=${token}`;
/** The calendar feed's address (src/gas/webapp.ts, calendarFeed). */
export const feedUrl = (base: string, token: string): string => `${base}?f=${token}`;
