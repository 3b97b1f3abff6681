import { type Language, sayIn } from '../language';
import { countEn, countRu } from './plural';
import type { Digest, DigestItem } from './types';

/** Lower is more urgent: escalations, overdue, due today, then the rest. */
export function itemPriority(i: DigestItem): number {
  const kind = i.kind === 'no-recipient' ? (i.about ?? 'soon') : i.kind;
  switch (kind) {
    case 'escalation':
      return 0;
    case 'overdue':
      return 1;
    case 'due':
      return 2;
    default:
      return 3;
  }
}

export function digestPriority(d: Digest): number {
  return Math.min(3, ...d.items.map(itemPriority));
}

export interface QuotaResult<D extends Digest = Digest> {
  send: D[];
  /** Not sent now; their ledger keys stay unrecorded, so the next run plans them again. */
  deferred: D[];
  /** The message for the owner (in `lang`) when something was deferred, else null. */
  notice: string | null;
}

/** Shown in the owner's notice and the run status: the first few addresses, then how many more. */
export const NOTICE_NAMES = 20;

function namesOf(to: readonly string[], lang: Language): string {
  const shown = to.slice(0, NOTICE_NAMES).join(', ');
  const more = to.length - NOTICE_NAMES;
  return more > 0 ? shown + sayIn(lang)(` и ещё ${more}`, ` and ${more} more`) : shown;
}

/**
 * Fit the digests into the remaining daily quota (MailApp counts recipients; a digest has one).
 * The most urgent go first; among equals, the one with more to say.
 */
export function applyQuota<D extends Digest>(
  digests: readonly D[],
  remaining: number,
  lang: Language = 'ru',
): QuotaResult<D> {
  const room = Math.max(0, Math.floor(Number.isFinite(remaining) ? remaining : 0));
  const ranked = digests
    .map((d, i) => ({ d, i, p: digestPriority(d) }))
    .sort((x, y) => x.p - y.p || y.d.items.length - x.d.items.length || x.i - y.i)
    .map((x) => x.d);
  const send = ranked.slice(0, room);
  const deferred = ranked.slice(room);
  const names = namesOf(
    deferred.map((d) => d.to),
    lang,
  );
  const notice = !deferred.length
    ? null
    : lang === 'en'
      ? `The daily e-mail quota is used up: ${countEn(send.length, 'e-mail', 'e-mails')} of ${digests.length} sent, ` +
        `${countEn(deferred.length, 'e-mail', 'e-mails')} deferred to the next run (${names}).`
      : `Дневная квота писем исчерпана: отправлено ${countRu(send.length, ['письмо', 'письма', 'писем'])} из ${digests.length}, ` +
        `${countRu(deferred.length, ['письмо отложено', 'письма отложены', 'писем отложено'])} до следующего запуска ` +
        `(${names}).`;
  return { send, deferred, notice };
}
