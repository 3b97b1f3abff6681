import type { Locale } from '../../shared/sidebar-contract';
import { diffDays, formatRu, type IsoDate, parts } from '../dates/calendar';
import { MONTHS_EN, MONTHS_GENITIVE as MONTHS_GEN_RU } from '../dates/months';
import { RECURRENCE_LABELS } from '../deadline/labels';
import type { Recurrence } from '../deadline/types';
import { pluralRu } from '../reminders/plural';

/** A deadline the way a person says it: "до 31 марта — осталось 3 дня", "просрочено на 5 дней". */

const DAYS_RU: [string, string, string] = ['день', 'дня', 'дней'];

/** "31 марта", with the year only when it is not this year's ("31 марта 2026"). */
export function dayMonth(d: IsoDate, today: IsoDate, locale: Locale = 'ru'): string {
  const p = parts(d);
  const year = p.year === parts(today).year ? '' : ` ${p.year}`;
  return locale === 'en'
    ? `${p.day} ${MONTHS_EN[p.month - 1]}${year}`
    : `${p.day} ${MONTHS_GEN_RU[p.month - 1]}${year}`;
}

/** "3 дня", "1 день", "11 дней", "21 день". */
export function daysRu(n: number): string {
  return `${n} ${pluralRu(n, DAYS_RU)}`;
}

const daysEn = (n: number): string => `${n} ${n === 1 ? 'day' : 'days'}`;

export interface WordsInput {
  state: 'open' | 'closed';
  status: 'not-started' | 'in-progress' | 'done' | 'cancelled';
  due: IsoDate | null;
  start: IsoDate | null;
  doneDate: IsoDate | null;
  recurrence: Recurrence;
  /** The deadline text as written, for what cannot be said better. */
  text: string;
}

/** The recurrences that stand for a deadline when there is none: said as the План tab says them. */
const UNDATED: Recurrence[] = ['ongoing', 'as-needed'];

export function deadlineWords(w: WordsInput, today: IsoDate, locale: Locale = 'ru'): string {
  const en = locale === 'en';
  if (w.state === 'closed') {
    if (w.status === 'cancelled') return en ? 'cancelled' : 'отменено';
    if (w.doneDate) return en ? `done on ${formatRu(w.doneDate)}` : `выполнено ${formatRu(w.doneDate)}`;
    return en ? 'done' : 'выполнено';
  }
  if (!w.due) {
    if (w.start) return en ? `from ${dayMonth(w.start, today, locale)}` : `с ${dayMonth(w.start, today, locale)}`;
    if (UNDATED.includes(w.recurrence)) return RECURRENCE_LABELS[locale][w.recurrence];
    return w.text || (en ? 'no deadline' : 'срок не указан');
  }
  const left = diffDays(today, w.due);
  if (left < 0) return en ? `${daysEn(-left)} overdue` : `просрочено на ${daysRu(-left)}`;
  if (left === 0) return en ? 'today' : 'сегодня';
  if (left === 1) return en ? 'tomorrow' : 'завтра';
  const by = dayMonth(w.due, today, locale);
  if (en) return `by ${by} — ${daysEn(left)} left`;
  // "остался 1 день", "осталось 3 дня", "осталось 5 дней", "остался 21 день".
  const verb = pluralRu(left, ['остался', 'осталось', 'осталось']);
  return `до ${by} — ${verb} ${daysRu(left)}`;
}

/** The sidebar's notes about the document itself (shown above the cards). */
export const SIDEBAR_NOTICES = {
  noPlan: {
    ru: 'В таблице ещё нет вкладки «План»: попросите координатора импортировать план.',
    en: 'The spreadsheet has no «План» tab yet: ask the coordinator to import the plan.',
  },
  nothingMine: {
    ru: 'В плане нет мероприятий, где вы указаны ответственным.',
    en: 'No activity of the plan names you as responsible.',
  },
} as const;

/** A mark or an undo before «Кто вы?» is answered. */
export const WHO_FIRST = { ru: 'Сначала укажите, кто вы.', en: 'Say who you are first.' } as const;
