import type { IsoDate } from '../dates/calendar';

/**
 * A cell to write. Strings are always written as text (never parsed, never a formula); dates as
 * serial numbers with a date format; numbers as numbers.
 */
export type CellOut = string | number | boolean | null | { date: IsoDate };

export function isDateCell(v: CellOut): v is { date: IsoDate } {
  return typeof v === 'object' && v !== null && 'date' in v;
}
