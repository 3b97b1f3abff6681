/**
 * `Date` as a loaded script sees it in Apps Script: "now" is the emulator's clock, and the
 * local-time methods (getHours, getDate, setHours, toString, new Date(y, m, d), Date.parse of a
 * local time, …) follow the SCRIPT's time zone — appsscript.json `timeZone`, which
 * Session.getScriptTimeZone() returns (reference/base/session#getScriptTimeZone; Eric Koleda's
 * "timezones in Apps Script" examples: a spreadsheet in one zone, the script in another, a Date's
 * wall clock is the script's) — not the zone of the machine running the tests. Node's `TZ` changes
 * nothing here. (`Intl.DateTimeFormat` without a `timeZone` still uses Node's: the add-on always
 * passes one.)
 */
import { instantOf, offsetMs, wallClock } from './tz';

type Fields = { year: number; month: number; day: number; hour: number; minute: number; second: number; ms: number };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Wall-clock fields (month 0-based, may overflow like Date's) → instant in `tz`. */
function fromFields(tz: string, y: number, m: number, d = 1, h = 0, mi = 0, s = 0, ms = 0): number {
  const n = new Date(Date.UTC(y, m, d, h, mi, s, ms));
  if (y >= 0 && y <= 99) n.setUTCFullYear(1900 + y);
  if (Number.isNaN(n.getTime())) return Number.NaN;
  return instantOf(
    tz,
    n.getUTCFullYear(),
    n.getUTCMonth() + 1,
    n.getUTCDate(),
    n.getUTCHours(),
    n.getUTCMinutes(),
    n.getUTCSeconds(),
    n.getUTCMilliseconds(),
  );
}

/** A date string: with a zone or date-only ISO (UTC) as JS reads it; a local time as local in `tz`. */
function parseIn(tz: string, text: string): number {
  const native = new Date(text);
  const t = native.getTime();
  if (Number.isNaN(t)) return t;
  const s = text.trim();
  const zoned = /(?:Z|[+-]\d{2}:?\d{2}|\b(?:GMT|UTC)\b.*)$/i.test(s) || /^\d{4}(?:-\d{2}){0,2}$/.test(s);
  if (zoned) return t;
  // JS read it as local time of the machine: take those fields and read them in the script's zone.
  return fromFields(
    tz,
    native.getFullYear(),
    native.getMonth(),
    native.getDate(),
    native.getHours(),
    native.getMinutes(),
    native.getSeconds(),
    native.getMilliseconds(),
  );
}

export function scriptDate(now: () => number, timeZone: () => string): DateConstructor {
  const fields = (d: Date): Fields & { weekday: number } => wallClock(d.getTime(), timeZone());
  const set = (d: Date, change: (f: Fields) => Partial<Record<keyof Fields, number>>): number => {
    const f = fields(d);
    const n = { ...f, ...change(f) };
    return d.setTime(fromFields(timeZone(), n.year, n.month - 1, n.day, n.hour, n.minute, n.second, n.ms));
  };
  const opt = (v: number | undefined, dflt: number) => (v === undefined ? dflt : v);

  class ScriptDate extends Date {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(now());
      else if (args.length === 1) {
        const a = args[0];
        if (typeof a === 'string') super(parseIn(timeZone(), a));
        else super(a as number);
      } else {
        const [y, m, d, h, mi, s, ms] = (args as number[]).map(Number);
        super(fromFields(timeZone(), y, m, d ?? 1, h ?? 0, mi ?? 0, s ?? 0, ms ?? 0));
      }
    }
    static override now(): number {
      return now();
    }
    static override parse(text: string): number {
      return parseIn(timeZone(), String(text));
    }
    override getFullYear(): number {
      return fields(this).year;
    }
    override getMonth(): number {
      return fields(this).month - 1;
    }
    override getDate(): number {
      return fields(this).day;
    }
    override getDay(): number {
      return fields(this).weekday;
    }
    override getHours(): number {
      return fields(this).hour;
    }
    override getMinutes(): number {
      return fields(this).minute;
    }
    override getSeconds(): number {
      return fields(this).second;
    }
    override getMilliseconds(): number {
      return fields(this).ms;
    }
    override getTimezoneOffset(): number {
      return -Math.round(offsetMs(this.getTime(), timeZone()) / 60000);
    }
    override setFullYear(y: number, m?: number, d?: number): number {
      return set(this, (f) => ({ year: y, month: opt(m, f.month - 1) + 1, day: opt(d, f.day) }));
    }
    override setMonth(m: number, d?: number): number {
      return set(this, (f) => ({ month: m + 1, day: opt(d, f.day) }));
    }
    override setDate(d: number): number {
      return set(this, () => ({ day: d }));
    }
    override setHours(h: number, mi?: number, s?: number, ms?: number): number {
      return set(this, (f) => ({ hour: h, minute: opt(mi, f.minute), second: opt(s, f.second), ms: opt(ms, f.ms) }));
    }
    override setMinutes(mi: number, s?: number, ms?: number): number {
      return set(this, (f) => ({ minute: mi, second: opt(s, f.second), ms: opt(ms, f.ms) }));
    }
    override setSeconds(s: number, ms?: number): number {
      return set(this, (f) => ({ second: s, ms: opt(ms, f.ms) }));
    }
    override setMilliseconds(ms: number): number {
      return set(this, () => ({ ms }));
    }
    override toDateString(): string {
      const f = fields(this);
      return `${DAYS[f.weekday]} ${MONTHS[f.month - 1]} ${pad(f.day)} ${pad(f.year, 4)}`;
    }
    override toTimeString(): string {
      const f = fields(this);
      const off = -this.getTimezoneOffset();
      const sign = off < 0 ? '-' : '+';
      const a = Math.abs(off);
      const name = new Intl.DateTimeFormat('en-US', { timeZone: timeZone(), timeZoneName: 'long' })
        .formatToParts(this)
        .find((p) => p.type === 'timeZoneName')?.value;
      return `${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)} GMT${sign}${pad(Math.floor(a / 60))}${pad(a % 60)}${name ? ` (${name})` : ''}`;
    }
    override toString(): string {
      return Number.isNaN(this.getTime()) ? 'Invalid Date' : `${this.toDateString()} ${this.toTimeString()}`;
    }
    override toLocaleString(locales?: string | string[], options?: Intl.DateTimeFormatOptions): string {
      return super.toLocaleString(locales, { timeZone: timeZone(), ...options });
    }
    override toLocaleDateString(locales?: string | string[], options?: Intl.DateTimeFormatOptions): string {
      return super.toLocaleDateString(locales, { timeZone: timeZone(), ...options });
    }
    override toLocaleTimeString(locales?: string | string[], options?: Intl.DateTimeFormatOptions): string {
      return super.toLocaleTimeString(locales, { timeZone: timeZone(), ...options });
    }
  }
  return ScriptDate as unknown as DateConstructor;
}
