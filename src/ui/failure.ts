/**
 * Every page words a Failure the same way: what kind of failure it is (Russian first, English
 * second), then the server's own words. The kinds are src/core/errors.ts's.
 */
import type { Language } from '../core/language';
import type { ErrorKind, Failure } from '../shared/reply';

export const KIND_WORDS: Record<ErrorKind, { ru: string; en: string }> = {
  stale: {
    ru: 'Данные изменились, пока было открыто окно: обновите его и повторите.',
    en: 'The data changed while this window was open: refresh it and try again.',
  },
  forbidden: {
    ru: 'Нет прав на это действие.',
    en: 'You are not allowed to do this.',
  },
  locked: {
    ru: 'Таблицу сейчас изменяет кто-то другой: повторите через минуту.',
    en: 'Someone else is changing the spreadsheet: try again in a minute.',
  },
  invalid: {
    ru: 'Запрос не принят: исправьте данные и повторите.',
    en: 'The request was not accepted: correct it and try again.',
  },
  internal: {
    ru: 'Сбой на стороне Google или надстройки.',
    en: 'Google or the add-on failed.',
  },
};

/** The lines to show, Russian first: the kind, the server's message, then both in English. */
export function failureLines(f: Failure): { ru: string; en: string } {
  const k = KIND_WORDS[f.kind] ?? KIND_WORDS.internal;
  return { ru: `${k.ru} ${f.message}`, en: `${k.en} ${f.en}` };
}

/** The Failure in the page's language only: a page whose language is known shows no pairs. */
export const failureText = (f: Failure, lang: Language): string => failureLines(f)[lang];
