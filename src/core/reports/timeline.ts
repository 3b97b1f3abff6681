import { formatRu, type IsoDate, parts } from '../dates/calendar';
import { MONTHS_EN, MONTHS_NOMINATIVE as MONTHS_RU, MONTHS_SHORT as MONTHS_SHORT_RU } from '../dates/months';
import { type Language, sayIn } from '../language';
import { type PeriodUnit, periodEnd, periodIndex, periodStart, QUARTERS_RU } from '../periods/calendar';

/** The Gantt chart's horizontal axis: `count` consecutive periods of one unit, starting at `first`. */
export interface Axis {
  unit: PeriodUnit;
  first: number;
  count: number;
  /** The plan runs past the last column (the axis was capped). */
  clipped: boolean;
}

/** Columns at most: wide enough for six years by month, narrow enough to read. */
export const MAX_COLUMNS = 72;

const UNIT_NAMES: Record<PeriodUnit, [string, string]> = {
  weekly: ['по неделям', 'weeks'],
  monthly: ['по месяцам', 'months'],
  quarterly: ['по кварталам', 'quarters'],
  yearly: ['по годам', 'years'],
};
const months = (lang: Language) => (lang === 'en' ? MONTHS_EN : MONTHS_RU);

/**
 * Weeks for a plan of up to three months, months up to 72 columns (six years), quarters beyond,
 * years for anything longer; capped at MAX_COLUMNS from the start.
 */
export function chooseAxis(min: IsoDate, max: IsoDate): Axis {
  const span = (unit: PeriodUnit) => periodIndex(unit, max) - periodIndex(unit, min) + 1;
  let unit: PeriodUnit = 'yearly';
  if (span('monthly') <= 3) unit = 'weekly';
  else if (span('monthly') <= MAX_COLUMNS) unit = 'monthly';
  else if (span('quarterly') <= MAX_COLUMNS) unit = 'quarterly';
  const count = span(unit);
  return { unit, first: periodIndex(unit, min), count: Math.min(count, MAX_COLUMNS), clipped: count > MAX_COLUMNS };
}

/** Column (0-based) of a day; may be outside 0..count-1. */
export function columnOf(axis: Axis, d: IsoDate): number {
  return periodIndex(axis.unit, d) - axis.first;
}

export function axisStart(axis: Axis): IsoDate {
  return periodStart(axis.unit, axis.first);
}

export function axisEnd(axis: Axis): IsoDate {
  return periodEnd(axis.unit, axis.first + axis.count - 1);
}

/** "шкала по месяцам, январь 2021 — декабрь 2024" ("a scale of months, January 2021 — December 2024"). */
export function describeAxis(axis: Axis, lang: Language = 'ru'): string {
  const say = sayIn(lang);
  const name = (i: number) => {
    const d = periodStart(axis.unit, axis.first + i);
    const p = parts(d);
    if (axis.unit === 'weekly') return formatRu(d);
    if (axis.unit === 'monthly') return `${months(lang)[p.month - 1]} ${p.year}`;
    const q = Math.floor((p.month - 1) / 3);
    if (axis.unit === 'quarterly') return say(`${QUARTERS_RU[q]} кв. ${p.year}`, `Q${q + 1} ${p.year}`);
    return String(p.year);
  };
  const clip = axis.clipped ? say(' (дальше не показано: шкала ограничена)', ' (cut here: the scale is limited)') : '';
  const [ru, en] = UNIT_NAMES[axis.unit];
  return `${say(`шкала ${ru}`, `a scale of ${en}`)}, ${name(0)} — ${name(axis.count - 1)}${clip}`;
}

/**
 * Two header rows per column: the upper names the year (or month, for weeks) where it changes, the
 * lower names the column itself.
 */
export function axisLabels(axis: Axis, lang: Language = 'ru'): { upper: (string | null)[]; lower: string[] } {
  const upper: (string | null)[] = [];
  const lower: string[] = [];
  let prevUpper: string | null = null;
  for (let i = 0; i < axis.count; i++) {
    const d = periodStart(axis.unit, axis.first + i);
    const p = parts(d);
    let up: string | null;
    let low: string;
    switch (axis.unit) {
      case 'weekly':
        up = `${months(lang)[p.month - 1]} ${p.year}`;
        low = `${d.slice(8, 10)}.${d.slice(5, 7)}`;
        break;
      case 'monthly':
        up = String(p.year);
        low = lang === 'en' ? MONTHS_EN[p.month - 1].slice(0, 3) : MONTHS_SHORT_RU[p.month - 1];
        break;
      case 'quarterly':
        up = String(p.year);
        low = QUARTERS_RU[Math.floor((p.month - 1) / 3)];
        break;
      default:
        up = null;
        low = String(p.year);
    }
    upper.push(up !== prevUpper ? up : null);
    prevUpper = up;
    lower.push(low);
  }
  return { upper, lower };
}

export const COLUMN_WIDTH: Record<PeriodUnit, number> = { weekly: 44, monthly: 34, quarterly: 34, yearly: 44 };
