/**
 * The department's daily roll-up with reminders to the organisations (issue 18, part 4), turned on
 * by «Свод → Напоминания организациям…». The department project has ONE time-driven trigger per
 * document (an add-on: one per kind), which already carries the roll-up's continuation every hour;
 * when the daily roll-up is on, that same trigger stays and, on its first run of a day from
 * DAILY_HOUR on, starts a fresh roll-up whose completion sends the reminders.
 *
 * The setting lives in the department spreadsheet's developer metadata (PROJECT-visible: a
 * time-driven run may have no document properties), as JSON: the address that gets the weekly
 * summary and the organisations' replies (asked once: the project has no userinfo scope to look it
 * up), and the day the last roll-up completed.
 */
import * as z from 'zod/mini';
import type { IsoDate } from '../dates/calendar';
import { isValidEmail } from '../people/email';
import { parseStored } from '../stored-json';

export const DAILY_KEY = 'rollup.daily';

/** The first hour (department's zone) a day's roll-up may start: the organisations' mail goes out in the morning. */
export const DAILY_HOUR = 7;

export interface DailySetting {
  /** Gets the weekly summary; the organisations' replies go to it. */
  email: string;
  /** The day the last roll-up completed (any: the menu's or the trigger's). */
  lastDone: IsoDate | null;
}

const Schema = z.object({
  email: z.string().check(z.refine(isValidEmail)),
  lastDone: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
});

/** The stored value, or null when absent or unreadable (then the daily roll-up is off). */
export const parseDaily = (value: string | undefined | null): DailySetting | null => parseStored(Schema, value);

export const serialiseDaily = (s: DailySetting): string => JSON.stringify({ email: s.email, lastDone: s.lastDone });

/** Whether a trigger run with no unfinished roll-up starts today's: on, not done today, from DAILY_HOUR. */
export function dailyRollupDue(s: DailySetting | null, today: IsoDate, hour: number): boolean {
  return !!s && (s.lastDone ?? '') < today && hour >= DAILY_HOUR;
}
