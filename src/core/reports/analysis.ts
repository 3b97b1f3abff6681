import { addDays, diffDays, type IsoDate } from '../dates/calendar';
import { type Language, sayIn } from '../language';
import { unknownProblems } from '../people/problem-words';
import { periodIndex } from '../periods/calendar';
import { clampIndex } from '../periods/occurrences';
import type { TrackedActivity } from '../tracking/types';
import { infoAt, isOpen, occurrenceState, type ReportState, type Situation, situationOf } from './situation';
import type { ReportInput, ReportRecipients } from './types';

/** Everything the tabs share, computed once per build in one pass over the plan (no O(n²)). */
export interface Analysis {
  /** The document's language: every fixed text of the tabs is in it. */
  lang: Language;
  today: IsoDate;
  title: string | null;
  horizonYear: number | null;
  situations: Situation[];
  recipients: ReportRecipients[];
  /** Open deadlines of the coming 14 days (the Сводка counts them, their own tab lists them). */
  upcoming: UpcomingItem[];
}

export const UPCOMING_DAYS = 14;
export function stageOf(a: TrackedActivity, lang: Language = 'ru'): string {
  return a.stage?.replace(/\s+/g, ' ').trim() || sayIn(lang)('Без этапа', 'No stage');
}

export function analyse(input: ReportInput): Analysis {
  const horizonYear = input.horizonYear ?? null;
  const lang = input.lang ?? 'ru';
  const situations = input.activities.map((a, i) => situationOf(a, i, input.today, horizonYear, lang));
  const recipients = input.activities.map((a) => {
    const r = input.recipientsOf(a);
    const unresolved = r?.unresolved ?? [];
    return { names: r?.names ?? [], unresolved, problems: r?.problems ?? unknownProblems(unresolved) };
  });
  const an: Analysis = {
    lang,
    today: input.today,
    title: input.title ?? null,
    horizonYear,
    situations,
    recipients,
    upcoming: [],
  };
  an.upcoming = upcoming(an);
  return an;
}

/** One deadline that falls in the coming days: an activity, or one period of a recurring one. */
export interface UpcomingItem {
  situation: Situation;
  state: ReportState;
  start: IsoDate | null;
  due: IsoDate;
  daysLeft: number;
  periodLabel: string | null;
}

/**
 * Deadlines from today to today + 14 days that are still open. A recurring activity may have
 * several (a weekly one: two or three), each period judged on its own.
 */
export function upcoming(an: Analysis, days = UPCOMING_DAYS): UpcomingItem[] {
  const { today } = an;
  const limit = addDays(today, days);
  const out: UpcomingItem[] = [];
  for (const s of an.situations) {
    const r = s.recurring;
    if (!r) {
      if (s.due && s.due >= today && s.due <= limit && isOpen(s.state) && s.state !== 'overdue') {
        out.push({
          situation: s,
          state: s.state,
          start: s.start,
          due: s.due,
          daysLeft: s.daysLeft!,
          periodLabel: null,
        });
      }
      continue;
    }
    const from = clampIndex(r, periodIndex(r.unit, today));
    const to = clampIndex(r, periodIndex(r.unit, limit));
    for (let i = from; i <= to; i++) {
      const occ = infoAt(r, i, an.lang);
      if (!occ.end || occ.end < today || occ.end > limit) continue;
      const state = occurrenceState(s.activity, r, occ, today);
      if (!isOpen(state)) continue;
      out.push({
        situation: s,
        state,
        start: occ.start,
        due: occ.end,
        daysLeft: diffDays(today, occ.end),
        periodLabel: occ.label,
      });
    }
  }
  return out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.situation.order - b.situation.order));
}

/** Russian-alphabet order that does not depend on the runtime's ICU data ("ё" right after "е"). */
export function compareRu(a: string, b: string): number {
  const x = a.toLowerCase().replace(/ё/g, 'е\uffff');
  const y = b.toLowerCase().replace(/ё/g, 'е\uffff');
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
