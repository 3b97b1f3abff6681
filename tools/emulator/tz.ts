/**
 * Wall-clock time in a named IANA zone ↔ instants, and spreadsheet serial numbers.
 * A spreadsheet stores a date-time as a serial (days since 30.12.1899, fraction = time of day)
 * in the SPREADSHEET's zone; Apps Script converts a JS Date to that zone's wall clock on write
 * and back to an instant on read (developers.google.com/apps-script/reference/spreadsheet/range#getvalues:
 * "Date" values; the zone is Spreadsheet.getSpreadsheetTimeZone()).
 */

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  weekday: number; // 0 = Sunday
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
      era: 'short',
    });
    formatters.set(tz, f);
  }
  return f;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Throws like Apps Script for an unknown zone id. */
export function checkTimeZone(tz: string): void {
  try {
    formatter(tz);
  } catch {
    throw new Error(`Invalid argument: timeZone (${tz})`);
  }
}

export function wallClock(ms: number, tz: string): WallClock {
  const parts: Record<string, string> = {};
  for (const p of formatter(tz).formatToParts(new Date(ms))) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === 'BC') year = 1 - year;
  return {
    year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    ms: ((ms % 1000) + 1000) % 1000,
    weekday: WEEKDAYS.indexOf(parts.weekday),
  };
}

/** Offset of `tz` from UTC at instant `ms`, in ms (Moscow: +3 h). */
export function offsetMs(ms: number, tz: string): number {
  const w = wallClock(ms, tz);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms);
  return asUtc - ms;
}

/**
 * The instant at which the wall clock in `tz` shows the given time. An hour that happens twice
 * (autumn) gives the earlier instant and an hour skipped (spring) is moved forward by the gap,
 * as java.time (which Apps Script runs on) resolves local times.
 */
export function instantOf(
  tz: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
): number {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const before = offsetMs(guess - 12 * 3600_000, tz);
  const after = offsetMs(guess + 12 * 3600_000, tz);
  const matches = [guess - before, guess - after].filter((t) => t + offsetMs(t, tz) === guess);
  if (matches.length) return Math.min(...matches);
  return guess - before;
}

const EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/** JS Date → serial number of its wall-clock time in `tz`. */
export function dateToSerial(d: Date, tz: string): number {
  const w = wallClock(d.getTime(), tz);
  const wallAsUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms);
  return (wallAsUtc - EPOCH_UTC) / DAY;
}

/**
 * Instants of serials already read, by zone and serial: a plan's date column holds few distinct
 * dates, and each `instantOf` asks Intl four times — per date cell, the largest cost of a read of
 * 10,000 rows. Bounded: emptied when full.
 */
const instants = new Map<string, number>();
const INSTANTS_MAX = 100_000;

/** Serial number read as wall-clock time in `tz` → JS Date (that instant). */
export function serialToDate(serial: number, tz: string): Date {
  const key = `${tz} ${serial}`;
  let t = instants.get(key);
  if (t === undefined) {
    const w = serialWall(serial);
    t = instantOf(tz, w.year, w.month, w.day, w.hour, w.minute, w.second, w.ms);
    if (instants.size >= INSTANTS_MAX) instants.clear();
    instants.set(key, t);
  }
  return new Date(t);
}

/** The wall-clock fields a serial number stands for (no zone involved). */
export function serialWall(serial: number): WallClock {
  // Round to the millisecond: serial fractions are binary floating point.
  const t = EPOCH_UTC + Math.round(serial * DAY);
  const d = new Date(t);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
  };
}

export function wallToSerial(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  return (Date.UTC(year, month - 1, day, hour, minute, second) - EPOCH_UTC) / DAY;
}

/** "Europe/Moscow" → "GMT+03:00" style; Java's Z gives "+0300". */
export function offsetString(ms: number, tz: string, colon: boolean): string {
  const off = Math.round(offsetMs(ms, tz) / 60000);
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  const hh = String(Math.floor(a / 60)).padStart(2, '0');
  const mm = String(a % 60).padStart(2, '0');
  return colon ? `${sign}${hh}:${mm}` : `${sign}${hh}${mm}`;
}
