import type { IsoDate } from '../dates/calendar';

export type Recurrence = 'none' | 'yearly' | 'monthly' | 'quarterly' | 'weekly' | 'ongoing' | 'as-needed';

export const RECURRENCES: readonly Recurrence[] = [
  'none',
  'yearly',
  'monthly',
  'quarterly',
  'weekly',
  'ongoing',
  'as-needed',
];

/** A deadline as read from the plan: the original text is always kept. */
export interface Deadline {
  /** The text as the document shows it (trimmed). Empty string when the cell was empty. */
  text: string;
  start: IsoDate | null;
  end: IsoDate | null;
  recurrence: Recurrence;
  /** True when the cell was empty and the value continues the one above ("same as above"). */
  inherited: boolean;
  /** True when the value came from a vertically merged cell of a Word table (certain, not guessed). */
  merged?: boolean;
  /** Russian message when the text could not be read fully; null when all is understood. */
  problem: string | null;
  /** "март, май 2021": two separate dates, not a range. */
  discrete?: boolean;
  /** For a recurrence: the last year it runs (the plan's horizon), when known. */
  until?: IsoDate | null;
}

/** What the parser knows about the year of a phrase that has none of its own. */
export interface DeadlineContext {
  /** Calendar year for phrases without a year (`--year`). */
  year?: number | null;
  /** The plan covers academic year Y/Y+1 (`--academic`): Sept–Dec in Y, Jan–Aug in Y+1. */
  academicYear?: number | null;
  /** The plan's horizon year ("до 2024 года"): recurrences run until its end. */
  horizonYear?: number | null;
  /**
   * The period the plan (or the section) is for, when its title names one: "на 6 марта 2021 года",
   * "на 2023 год", "месячник с 16 марта по 17 апреля", a month heading. «В течение месяца /
   * недели / периода / месячника» inside it is that period; a time alone in a one-day plan is that day.
   */
  period?: { start: IsoDate; end: IsoDate } | null;
}
