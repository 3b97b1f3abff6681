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

// One-letter keys: the URL stays short.
const text = (max: number) => z.string().check(z.maxLength(max));
const LinkSchema = z.object({ p: text(320), a: text(200), r: text(40), s: text(100), e: z.number() });

export function signLink(l: Omit<Link, 'expires'>, nowMs: number, hmac: Hmac, days = LINK_DAYS): string {
  const e = nowMs + days * DAY_MS;
  return seal({ p: l.person.toLowerCase(), a: l.activity, r: l.period, s: l.spreadsheet, e }, hmac);
}

export type LinkCheck = { ok: true; link: Link } | { ok: false; reason: 'invalid' | 'expired' };

/** `invalid`: not ours — tampered, cut, or signed under a secret since replaced (revoked). */
export function checkLink(token: unknown, nowMs: number, hmac: Hmac): LinkCheck {
  const t = unseal(token, LinkSchema, hmac);
  if (!t) return { ok: false, reason: 'invalid' };
  if (nowMs > t.e || !t.p || !t.s) return { ok: false, reason: t.p && t.s ? 'expired' : 'invalid' };
  return { ok: true, link: { person: t.p, activity: t.a, period: t.r, spreadsheet: t.s, expires: t.e } };
}

/**
 * The calendar feed's link («Мои сроки в календаре»): the person and the spreadsheet, under its own
 * kind (`k`), so it is no e-mail link (those need `a` and `r`) and an e-mail link is no feed link —
 * it can read that person's own deadlines and mark nothing. It has no expiry: a calendar polls it
 * for months and says nothing when it stops working, so an expiry would leave people with stale
 * deadlines unawares. It stops when the secret is replaced («Отозвать все ссылки из писем…») and,
 * at once, when the person is no longer active staff (docs/security.md).
 */
const FeedSchema = z.object({ k: z.enum(['ics']), p: text(320), s: text(100) });

export function signFeed(person: string, spreadsheet: string, hmac: Hmac): string {
  return seal({ k: 'ics', p: person.toLowerCase(), s: spreadsheet }, hmac);
}

/** The feed's person and spreadsheet, or null: tampered, revoked, or a link of another kind. */
export function checkFeed(token: unknown, hmac: Hmac): { person: string; spreadsheet: string } | null {
  const t = unseal(token, FeedSchema, hmac);
  return t?.p && t.s ? { person: t.p, spreadsheet: t.s } : null;
}

/** What the page of a link says when it cannot be used (Russian, then English). */
const LATEST = { ru: ' Откройте ссылку из последнего письма.', en: ' Open the link in the latest e-mail.' };
export const LINK_REFUSALS = {
  invalid: {
    ru: `Ссылка недействительна: она повреждена или отозвана.${LATEST.ru}`,
    en: `This link is damaged or revoked.${LATEST.en}`,
  },
  expired: { ru: `Срок действия ссылки истёк.${LATEST.ru}`, en: `This link has expired.${LATEST.en}` },
  person: {
    ru: 'Вас нет среди действующих сотрудников плана: ссылка не действует. Обратитесь к координатору.',
    en: 'You are not active staff of this plan any more: ask the coordinator.',
  },
} as const;
