/**
 * The signed link of an e-mail: who it is for, which activity (or '' for «мои мероприятия»), the
 * period the e-mail was about, the spreadsheet, and until when it works. It authorises only what
 * that person may do anyway — mark and undo their own activities — and the server re-checks
 * that (still active, still responsible, the activity still there) on every action. Revoking
 * every link is replacing the secret (src/gas/links.ts).
 */
import * as z from 'zod/mini';
import { type Hmac, seal, unseal } from './seal';

/** How long a link from an e-mail works: the next digests bring fresh ones. */
export const LINK_DAYS = 30;
const DAY_MS = 86_400_000;

export interface Link {
  /** The person's e-mail, lower-cased. */
  person: string;
  /** The activity's ID, or '' for the person's whole list. */
  activity: string;
  /** The period of a recurring activity the e-mail was about ('' when none). */
  period: string;
  spreadsheet: string;
  /** Expiry, epoch milliseconds. */
  expires: number;
}

// Stored as a tuple: the URL stays short. Version first, so another layout can be told apart.
const LinkSchema = z.tuple([
  z.literal(1),
  z.string().check(z.minLength(3), z.maxLength(320)),
  z.string().check(z.maxLength(200)),
  z.string().check(z.maxLength(40)),
  z.string().check(z.minLength(10), z.maxLength(100)),
  z.number(),
]);

export function signLink(l: Omit<Link, 'expires'>, nowMs: number, hmac: Hmac, days = LINK_DAYS): string {
  return seal([1, l.person.toLowerCase(), l.activity, l.period, l.spreadsheet, nowMs + days * DAY_MS], hmac);
}

export type LinkCheck = { ok: true; link: Link } | { ok: false; reason: 'invalid' | 'expired' };

/** `invalid`: not ours — tampered, cut, or signed under a secret since replaced (revoked). */
export function checkLink(token: unknown, nowMs: number, hmac: Hmac): LinkCheck {
  const t = unseal(token, LinkSchema, hmac);
  if (!t) return { ok: false, reason: 'invalid' };
  const [, person, activity, period, spreadsheet, expires] = t;
  if (nowMs > expires) return { ok: false, reason: 'expired' };
  return { ok: true, link: { person, activity, period, spreadsheet, expires } };
}
