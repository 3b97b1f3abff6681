/**
 * Russian deadline text → start, end, recurrence. Never throws: what cannot be read is kept
 * verbatim with a Russian `problem`. (Minimal first version; the full grammar follows.)
 */
import { isoFromParts } from '../dates/calendar';
import type { Deadline, DeadlineContext } from './types';

export function parseDeadline(text: string, ctx: DeadlineContext = {}): Deadline {
  const t = (text ?? '').trim();
  const base: Deadline = { text: t, start: null, end: null, recurrence: 'none', inherited: false, problem: null };
  if (!t) return base;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(t);
  if (m) {
    const d = isoFromParts(Number(m[3]), Number(m[2]), Number(m[1]));
    if (d) return { ...base, start: d, end: d };
  }
  void ctx;
  return { ...base, problem: `Не удалось прочитать срок: «${t}»` };
}

export function contextFromText(text: string): DeadlineContext {
  const m = /(?:в|на)\s+((?:19|20)\d\d)\s+(?:году|год)/i.exec(text ?? '');
  return m ? { year: Number(m[1]) } : {};
}
