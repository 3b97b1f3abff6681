import type { IsoDate } from '../dates/calendar';
import { isRecurring, periodStart } from '../periods/calendar';
import { currentIndex, currentPeriod } from '../periods/current';
import { isDoneFor } from '../periods/done';
import { indicesBetween, periodsOf } from '../periods/occurrences';
import { STATUS_LABELS, type Status, type TrackedActivity } from './types';

/**
 * The stored statuses: Не начато / В работе / Выполнено / Отменено. "Просрочено" is never stored:
 * it follows from the dates and today (`isOverdue`).
 */
const WORDS: Record<Status, string[]> = {
  'not-started': ['не начато', 'не начата', 'не начат', 'не начаты', 'not started', 'todo', 'to do', 'new'],
  'in-progress': ['в работе', 'в процессе', 'выполняется', 'начато', 'in progress', 'in work', 'started', 'doing'],
  done: [
    'выполнено',
    'выполнена',
    'выполнен',
    'выполнены',
    'готово',
    'сделано',
    'done',
    'completed',
    'complete',
    '✓',
    '✔',
  ],
  cancelled: ['отменено', 'отменена', 'отменён', 'отменен', 'отмена', 'cancelled', 'canceled'],
};

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s.!]+/g, ' ')
    .trim();

/** Each word's normalised form, once: a roll-up reads tens of thousands of status cells. */
const BY_WORD = new Map<string, Status>();
for (const [status, words] of Object.entries(WORDS) as [Status, string[]][])
  for (const w of words) if (!BY_WORD.has(norm(w))) BY_WORD.set(norm(w), status);

/** A status cell, Russian or English, any case; empty → not started; anything else → null (ask). */
export function parseStatus(cell: unknown): Status | null {
  const t = norm(String(cell ?? ''));
  if (!t) return 'not-started';
  return BY_WORD.get(t) ?? null;
}

/** Why a cell is not a status, in Russian (null when it is one). The cell's text is not touched. */
export function statusProblem(cell: unknown): string | null {
  if (parseStatus(cell) !== null) return null;
  const text = String(cell ?? '').trim();
  const choices = Object.values(STATUS_LABELS)
    .map((l) => l.ru)
    .join(', ');
  if (/^(просрочено|overdue)$/i.test(text))
    return `«${text}» не ставится вручную — просрочку видно по срокам. Выберите: ${choices}.`;
  return `Непонятный статус «${text}». Выберите: ${choices}.`;
}

export function statusLabel(status: Status, locale: 'ru' | 'en' = 'ru'): string {
  return STATUS_LABELS[status][locale];
}

/**
 * The periods whose due date has passed and that are not done. Without a date in the plan, the
 * first period is unknown, so only the period before today's and today's are looked at: nobody
 * is chased for years the plan never dated.
 */
export function overduePeriods(a: TrackedActivity, today: IsoDate): string[] {
  const p = a.status === 'cancelled' ? null : periodsOf(a.deadline);
  if (!p) return [];
  const cur = currentIndex(p, today);
  const from = periodStart(p.unit, p.first ?? cur - 1);
  return indicesBetween(p, from, today)
    .map((i) => p.at(i))
    .filter((o) => o.end !== null && o.end < today && !isDoneFor(a, o.period))
    .map((o) => o.period);
}

/** Past its due date and not done (for a recurring activity: some period is). Derived, never stored. */
export function isOverdue(a: TrackedActivity, today: IsoDate): boolean {
  if (a.status === 'cancelled') return false;
  if (isRecurring(a.deadline.recurrence)) return overduePeriods(a, today).length > 0;
  if (a.deadline.recurrence === 'ongoing' || a.deadline.recurrence === 'as-needed') return false;
  return a.status !== 'done' && !!a.deadline.end && a.deadline.end < today;
}

/** The status as of today: for a recurring activity, of today's period (done for 2022 is not done for 2023). */
export function effectiveStatus(a: TrackedActivity, today: IsoDate): Status {
  if (a.status === 'cancelled' || !isRecurring(a.deadline.recurrence)) return a.status;
  if (isDoneFor(a, currentPeriod(a, today))) return 'done';
  return a.status === 'done' ? 'not-started' : a.status;
}
