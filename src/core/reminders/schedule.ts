import { addDays, type IsoDate, weekday } from '../dates/calendar';
import type { Occurrence } from '../periods/occurrences';
import type { ReminderSettings } from './settings';
import type { ReminderKind } from './types';

/**
 * When a period of an activity is reminded. The steps form one sequence (start, soon…, due,
 * overdue…); on a sending day only the latest step that has come is sent — an earlier step that
 * was missed (trigger down, quota short) is superseded by it, never sent late next to it.
 */
export type StepKind = Exclude<ReminderKind, 'no-recipient' | 'weekly' | 'escalation'>;

export interface Step {
  kind: StepKind;
  /** Part of the ledger key: days before for `soon`, the count for `overdue`, 0 otherwise. */
  step: number;
  /** The day the reminder is meant for. */
  day: IsoDate;
  /**
   * Steps before the deadline are sent on the last sending day before their day when that day is
   * not a sending day (a Saturday due date is reminded on Friday). Steps after it never are: an
   * activity is not overdue before its deadline.
   */
  early: boolean;
}

export function isSendingDay(d: IsoDate, s: Pick<ReminderSettings, 'weekdaysOnly'>): boolean {
  if (!s.weekdaysOnly) return true;
  const w = weekday(d);
  return w !== 0 && w !== 6;
}

export function nextSendingDay(d: IsoDate, s: Pick<ReminderSettings, 'weekdaysOnly'>): IsoDate {
  let n = addDays(d, 1);
  while (!isSendingDay(n, s)) n = addDays(n, 1);
  return n;
}

/** The person's sequence for one period, in order. */
export function stepsOf(o: Occurrence, s: ReminderSettings): Step[] {
  const steps: Step[] = [];
  const before = (kind: StepKind, step: number, day: IsoDate) => steps.push({ kind, step, day, early: true });
  const fits = (day: IsoDate) => !o.prevEnd || day > o.prevEnd;
  if (!o.end) {
    // "с 01.03.2021": only a start to tell about.
    if (s.remindOnStart && o.start && fits(o.start)) before('start', 0, o.start);
    return steps;
  }
  const soon = s.daysBefore.map((n) => ({ n, day: addDays(o.end!, -n) })).filter((x) => fits(x.day));
  const firstSoon = soon.length ? soon[0].day : o.end;
  // A start reminder is worth a message only when the range starts before the first "soon":
  // otherwise the "soon" one already says it.
  if (s.remindOnStart && o.start && o.start < firstSoon && fits(o.start)) before('start', 0, o.start);
  for (const x of soon) before('soon', x.n, x.day);
  if (s.onTheDay) before('due', 0, o.end);
  for (let k = 1; k <= s.overdueTimes; k++) {
    const day = addDays(o.end, k * s.overdueEveryDays);
    // The next period's deadline takes over from this one's overdue reminders.
    if (o.nextEnd && day >= o.nextEnd) break;
    steps.push({ kind: 'overdue', step: k, day, early: false });
  }
  return steps;
}

/** Has the step come by `today`, given the next sending day? */
export function hasCome(st: Step, today: IsoDate, next: IsoDate): boolean {
  return st.early ? st.day < next : st.day <= today;
}

/** The latest step that has come by `today` (the one to send if not yet sent), or null. */
export function currentStep(steps: readonly Step[], today: IsoDate, s: ReminderSettings): Step | null {
  const next = nextSendingDay(today, s);
  let cur: Step | null = null;
  for (const st of steps) if (hasCome(st, today, next)) cur = st;
  return cur;
}
