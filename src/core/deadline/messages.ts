/**
 * The messages of the deadline reader; each quotes the text as written. The reader writes them in
 * Russian (it reads a plan before any document's language is known, and the plan keeps them so);
 * a page of an English document says them in English by the same template (`problemIn`).
 */
import type { Language } from '../language';
import { shorten } from '../shorten';
import { READ_LIMIT } from './normalize';

/** Messages quote the text as written, cut so that a huge cell does not make a huge message. */
const q = (s: string) => `«${shorten(s, 200)}»`;

/** Russian and English of each message; `$1`, `$2` stand for what it quotes. */
const TEMPLATES = {
  unreadable: [
    'Не удалось прочитать срок: $1. Текст сохранён как есть.',
    'The deadline could not be read: $1. The text is kept as it is.',
  ],
  noYear: [
    'Не указан год: $1. Укажите год в сроке или в названии плана.',
    "No year: $1. Give the year in the deadline or in the plan's title.",
  ],
  noMonth: ['Не указан месяц: $1.', 'No month: $1.'],
  badDate: ['Нет такой даты: $1.', 'No such date: $1.'],
  relative: [
    'Срок задан относительно события, а не датой: $1.',
    'The deadline is set relative to an event, not as a date: $1.',
  ],
  backwards: ['Окончание срока раньше начала: $1.', 'The deadline ends before it starts: $1.'],
  typo: ['Проверьте год: $1 — окончание прочитано как $2.', 'Check the year: $1 — the end was read as $2.'],
  partly: ['Прочитано не всё: $1 в сроке $2.', 'Not all of it was read: $1 in the deadline $2.'],
  long: [
    `Прочитано не всё: $1 — срок длиннее ${READ_LIMIT} знаков, прочитаны первые ${READ_LIMIT}.`,
    `Not all of it was read: $1 — the deadline is longer than ${READ_LIMIT} characters, the first ${READ_LIMIT} were read.`,
  ],
} as const;

const fill = (template: string, args: readonly string[]) => template.replace(/\$(\d)/g, (_, n) => args[Number(n) - 1]);
const ru = (key: keyof typeof TEMPLATES, ...args: string[]) => fill(TEMPLATES[key][0], args);

export const MSG = {
  unreadable: (t: string) => ru('unreadable', q(t)),
  noYear: (t: string) => ru('noYear', q(t)),
  noMonth: (t: string) => ru('noMonth', q(t)),
  badDate: (t: string) => ru('badDate', q(t)),
  relative: (t: string) => ru('relative', q(t)),
  backwards: (t: string) => ru('backwards', q(t)),
  typo: (t: string, end: string) => ru('typo', q(t), end),
  partly: (rest: string, t: string) => ru('partly', q(rest), q(t)),
  long: (t: string) => ru('long', q(t)),
};

/** Each Russian template as a pattern of the whole message, what it quotes captured. */
const PATTERNS = Object.values(TEMPLATES).map(([r, en]) => ({
  re: new RegExp(`^${r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\$\d/g, '(.*?)')}$`, 's'),
  en,
}));

/** A reader's message in `lang`: Russian as it is; English by its template (a message of no template stays as it is). */
export function problemIn(problem: string, lang: Language): string {
  if (lang === 'ru') return problem;
  for (const p of PATTERNS) {
    const m = p.re.exec(problem);
    if (m) return fill(p.en, m.slice(1));
  }
  return problem;
}
