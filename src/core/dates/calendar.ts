/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`). Core never uses JS `Date` for a day: a `Date` is an
 * instant, and the same instant is a different day in Moscow and in Yekaterinburg. The arithmetic
 * below goes through UTC only, where every day has 24 hours, so it does not depend on `TZ`.
 */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  const m = ISO.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** A valid date from parts, or null (31 February is not a date). */
export function isoFromParts(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function parts(d: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function monthStart(year: number, month: number): IsoDate {
  return isoFromParts(year, month, 1)!;
}

export function monthEnd(year: number, month: number): IsoDate {
  return isoFromParts(year, month, daysInMonth(year, month))!;
}

const DAY_MS = 86_400_000;
const toUtc = (d: IsoDate) => {
  const p = parts(d);
  return Date.UTC(p.year, p.month - 1, p.day);
};
const fromUtc = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);

export function addDays(d: IsoDate, n: number): IsoDate {
  return fromUtc(toUtc(d) + n * DAY_MS);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function diffDays(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday, as `Date.getDay()`. */
export function weekday(d: IsoDate): number {
  return new Date(toUtc(d)).getUTCDay();
}

export function addMonths(d: IsoDate, n: number): IsoDate {
  const p = parts(d);
  const total = p.year * 12 + (p.month - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return isoFromParts(y, m, Math.min(p.day, daysInMonth(y, m)))!;
}

export function minDate(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}

export function maxDate(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}

/** `дд.мм.гггг`, the way Russian users read a date. */
export function formatRu(d: IsoDate | null): string {
  if (!d) return '';
  const p = parts(d);
  return `${String(p.day).padStart(2, '0')}.${String(p.month).padStart(2, '0')}.${p.year}`;
}

/**
 * The calendar date of an instant in an IANA time zone. This is the one border where an instant
 * becomes a day: adapters call it with the spreadsheet's zone, never the process's `TZ`.
 */
export function isoInZone(instant: Date, timeZone: string): IsoDate {
  // The parts, not a locale's pattern: what `format` prints for a locale (en-CA gave YYYY-MM-DD)
  // varies with the ICU data of the runtime; the fields do not.
  const f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
  const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, x.value]));
  return `${p.year.padStart(4, '0')}-${p.month.padStart(2, '0')}-${p.day.padStart(2, '0')}`;
}

/** An instant as a Russian reader sees it in a zone: `дд.мм.гггг чч:мм`. */
export function formatInstantRu(iso: string, timeZone: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const f = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(d);
  const p = (t: string) => f.find((x) => x.type === t)?.value ?? '';
  return `${p('day')}.${p('month')}.${p('year')} ${p('hour') === '24' ? '00' : p('hour')}:${p('minute')}`;
}
