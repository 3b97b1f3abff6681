/** The Russian messages of the deadline reader; each quotes the text as written. */
import { shorten } from '../shorten';
import { READ_LIMIT } from './normalize';

/** Messages quote the text as written, cut so that a huge cell does not make a huge message. */
const q = (s: string) => `«${shorten(s, 200)}»`;
export const MSG = {
  unreadable: (t: string) => `Не удалось прочитать срок: ${q(t)}. Текст сохранён как есть.`,
  noYear: (t: string) => `Не указан год: ${q(t)}. Укажите год в сроке или в названии плана.`,
  noMonth: (t: string) => `Не указан месяц: ${q(t)}.`,
  badDate: (t: string) => `Нет такой даты: ${q(t)}.`,
  relative: (t: string) => `Срок задан относительно события, а не датой: ${q(t)}.`,
  backwards: (t: string) => `Окончание срока раньше начала: ${q(t)}.`,
  typo: (t: string, end: string) => `Проверьте год: ${q(t)} — окончание прочитано как ${end}.`,
  partly: (rest: string, t: string) => `Прочитано не всё: ${q(rest)} в сроке ${q(t)}.`,
  long: (t: string) => `Прочитано не всё: ${q(t)} — срок длиннее ${READ_LIMIT} знаков, прочитаны первые ${READ_LIMIT}.`,
};
