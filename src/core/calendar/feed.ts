/**
 * «Мои сроки в календаре»: the events of one person's activities. One all-day event per deadline —
 * a range («с 01.09 по 31.05») as a multi-day event, a recurring activity one event per period —
 * each with a UID made of the activity's stable ID, the period and the spreadsheet, so a calendar
 * that fetches the feed again replaces the event instead of adding a second one. A done period
 * reads «✓ …» with its status in the description (a cancelled activity is STATUS:CANCELLED).
 */
import { addDays, formatRu, type IsoDate } from '../dates/calendar';
import { parseKey, periodLabel } from '../periods/calendar';
import { currentPeriod } from '../periods/current';
import { isDoneFor } from '../periods/done';
import { type Occurrence, ONCE, occurrencesOf } from '../periods/occurrences';
import { OVERDUE_LABEL, STATUS_LABELS, type TrackedActivity } from '../tracking/types';
import type { IcsEvent } from './ics';

/**
 * Periods a year back and two ahead: a weekly activity gives ~150 events, not one per week
 * forever. A recurrence the plan never dated starts at today's period: when it began is unknown.
 */
const LOOK_BACK = 366;
const LOOK_AHEAD = 731;

export interface FeedInput {
  /** The person's own activities only (the caller decides whose they are). */
  activities: readonly TrackedActivity[];
  spreadsheet: string;
  today: IsoDate;
  horizonYear: number | null;
  lang: 'ru' | 'en';
}

const WORDS = {
  ru: { status: 'Статус', deadline: 'Срок в плане', period: 'Период', comment: 'Комментарий' },
  en: { status: 'Status', deadline: 'Deadline in the plan', period: 'Period', comment: 'Comment' },
};

function statusText(a: TrackedActivity, o: Occurrence, f: FeedInput): string {
  const done = isDoneFor(a, o.period);
  if (a.status === 'cancelled') return STATUS_LABELS.cancelled[f.lang];
  if (done) return STATUS_LABELS.done[f.lang];
  if (o.end && o.end < f.today) return OVERDUE_LABEL[f.lang];
  // Not done: «В работе» when the row says so for this period (a recurring row's status speaks for
  // its current period only, and its «Выполнено» for the periods it closed), else «Не начато».
  const own = o.period === ONCE || o.period === currentPeriod(a, f.today, f.horizonYear);
  return STATUS_LABELS[own && a.status === 'in-progress' ? 'in-progress' : 'not-started'][f.lang];
}

function eventOf(a: TrackedActivity, o: Occurrence, f: FeedInput): IcsEvent | null {
  const last = o.end ?? o.start;
  if (!last) return null;
  // «март, май 2021» (discrete) is two dates, not a range: the event is the deadline's day.
  const first = o.start && o.end && o.start < o.end && !a.deadline.discrete ? o.start : last;
  const w = WORDS[f.lang];
  const done = isDoneFor(a, o.period);
  const lines = [`${w.status}: ${statusText(a, o, f)}`];
  if (a.deadline.text) lines.push(`${w.deadline}: «${a.deadline.text}»`);
  if (o.period !== ONCE) {
    const p = parseKey(o.period);
    lines.push(
      `${w.period}: ${periodLabel(p.unit, p.index, f.lang)} (${formatRu(first)}${first === last ? '' : ` – ${formatRu(last)}`})`,
    );
  }
  if (done && a.comment && o.period === ONCE) lines.push(`${w.comment}: ${a.comment}`);
  const title = `${a.number ? `${a.number} ` : ''}${a.title}`;
  return {
    uid: `${a.id}.${o.period}.${f.spreadsheet}@plan-grafik`,
    start: first,
    endExclusive: addDays(last, 1),
    summary: done ? `✓ ${title}` : title,
    description: lines.join('\n'),
    status: a.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
  };
}

export function feedEvents(f: FeedInput): IcsEvent[] {
  const window = {
    today: f.today,
    horizonYear: f.horizonYear,
    lookBack: LOOK_BACK,
    lookAhead: LOOK_AHEAD,
    undatedLookBack: 0,
  };
  return f.activities.flatMap((a) =>
    occurrencesOf(a, window)
      .map((o) => eventOf(a, o, f))
      .filter((e): e is IcsEvent => e !== null),
  );
}
