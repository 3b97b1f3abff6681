/**
 * What a cell holds and how it reads back — the part of Sheets most code gets wrong:
 * - a JS Date is stored as a serial number of its wall-clock time in the spreadsheet's zone;
 * - a number whose format is a date/time format reads back (getValues) as a Date;
 * - a string written by setValue(s) is parsed as if a user typed it, in the spreadsheet's locale
 *   (ru_RU: "01.03.2021" → date, "1,5" → 1.5, "007" → 7, "=…" → formula, "'…" → text),
 *   unless the cell's number format is "@" (plain text).
 *   developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue
 *   ("…the value is treated as a formula if it starts with '='") and the Sheets help
 *   page "Format numbers in a spreadsheet" (plain text format keeps input as typed).
 */
import type { CellModel, Scalar } from './model';
import { dateToSerial, serialToDate, serialWall, wallToSerial } from './tz';

export type ReadValue = Scalar | Date;

export interface WriteEnv {
  timeZone: string;
  locale: string;
  /** "Now" as a serial in the spreadsheet's zone: a typed "1.5" takes the current year. */
  year: number;
}

/** Locales whose decimal separator is a comma (typed "1,5" is a number, "1.5" a date). */
const COMMA_DECIMAL = /^(ru|uk|be|kk|de|fr|es|it|pt|pl|cs|sk|nl|sv|fi|nb|da|tr|id|vi|bg|ro|hu|hr|sr|sl|lt|lv|et|el)/;

export function decimalComma(locale: string): boolean {
  return COMMA_DECIMAL.test(locale);
}

export function defaultDateFormat(locale: string): string {
  return decimalComma(locale) ? 'dd.MM.yyyy' : 'M/d/yyyy';
}
export function defaultDateTimeFormat(locale: string): string {
  return decimalComma(locale) ? 'dd.MM.yyyy H:mm:ss' : 'M/d/yyyy H:mm:ss';
}
const TIME_FORMAT = 'H:mm:ss';

/** Strips quoted literals, escapes and [..] blocks, then looks for date/time letters. */
export function isDateFormat(nf: string | undefined): boolean {
  if (!nf || nf === '@') return false;
  if (/^general$/i.test(nf)) return false;
  const bare = nf
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[dDyYhHsS]|[mM]/.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

export function readValue(c: CellModel | undefined, tz: string): ReadValue {
  if (!c || c.v === undefined) return '';
  if (typeof c.v === 'number' && isDateFormat(c.nf)) return serialToDate(c.v, tz);
  return c.v;
}

/** Writes a script value into a cell (setValue semantics). Keeps the cell's formatting. */
export function writeValue(c: CellModel, value: unknown, env: WriteEnv): void {
  delete c.f;
  if (value === null || value === undefined || value === '') {
    delete c.v;
    return;
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      c.v = 'Invalid Date';
      return;
    }
    c.v = dateToSerial(value, env.timeZone);
    if (!isDateFormat(c.nf)) c.nf = defaultDateTimeFormat(env.locale);
    return;
  }
  if (typeof value === 'number') {
    c.v = Number.isFinite(value) ? value : String(value);
    return;
  }
  if (typeof value === 'boolean') {
    c.v = value;
    return;
  }
  // Objects and arrays are written as their string form, as Apps Script does.
  const text = typeof value === 'string' ? value : String(value);
  if (c.nf === '@') {
    c.v = text;
    return;
  }
  const parsed = parseTyped(text, env);
  if (parsed.f !== undefined) {
    c.f = parsed.f;
    delete c.v;
    return;
  }
  c.v = parsed.v;
  if (parsed.nf && (!c.nf || (isDateFormat(parsed.nf) && !isDateFormat(c.nf)))) c.nf = parsed.nf;
}

export interface Parsed {
  v?: Scalar;
  f?: string;
  nf?: string;
}

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > MONTH_DAYS[m - 1]) return false;
  if (m === 2 && d === 29) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return true;
}

function fullYear(y: string): number {
  if (y.length === 4) return Number(y);
  const n = Number(y);
  // Two-digit years: Sheets reads 00–29 as 20xx and 30–99 as 19xx.
  return n < 30 ? 2000 + n : 1900 + n;
}

/** What a user typing `text` into a cell gets, in the given locale. */
export function parseTyped(text: string, env: WriteEnv): Parsed {
  if (text.startsWith("'")) return { v: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { f: text };
  const s = text.trim();
  if (!s) return { v: text };
  if (/^(true|истина)$/i.test(s)) return { v: true };
  if (/^(false|ложь)$/i.test(s)) return { v: false };
  const comma = decimalComma(env.locale);
  const dec = comma ? ',' : '\\.';
  const group = comma ? '[ \\u00a0]' : ',';
  const num = new RegExp(`^([+-]?)(\\d{1,3}(?:${group}\\d{3})+|\\d+)(?:${dec}(\\d+))?(?:[eE]([+-]?\\d+))?(%?)$`);
  const m = num.exec(s);
  if (m) {
    const intPart = m[2].replace(/[ \u00a0,]/g, '');
    let n = Number(`${m[1]}${intPart}${m[3] ? `.${m[3]}` : ''}${m[4] ? `e${m[4]}` : ''}`);
    if (m[5]) {
      n /= 100;
      return { v: n, nf: m[3] ? '0.00%' : '0%' };
    }
    return { v: n };
  }
  const date = parseDateTime(s, env, comma);
  if (date) return date;
  return { v: text };
}

function parseTime(t: string | undefined): [number, number, number] | null | undefined {
  if (t === undefined) return undefined;
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (!m) return null;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  const se = Number(m[3] ?? 0);
  if (h > 23 || mi > 59 || se > 59) return null;
  return [h, mi, se];
}

function parseDateTime(s: string, env: WriteEnv, comma: boolean): Parsed | null {
  const [datePart, timePart, extra] = s.split(/\s+/);
  if (extra !== undefined) return null;
  // A time alone: "9:30".
  const onlyTime = parseTime(datePart);
  if (onlyTime && timePart === undefined) {
    return { v: wallToSerial(1899, 12, 30, ...onlyTime), nf: TIME_FORMAT };
  }
  const time = parseTime(timePart);
  if (time === null) return null;
  let y: number;
  let mo: number;
  let d: number;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(datePart);
  if (m) {
    y = Number(m[1]);
    mo = Number(m[2]);
    d = Number(m[3]);
  } else {
    m = comma
      ? /^(\d{1,2})[./](\d{1,2})(?:[./](\d{4}|\d{2}))?$/.exec(datePart)
      : /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?$/.exec(datePart);
    if (!m) return null;
    const a = Number(m[1]);
    const b = Number(m[2]);
    [d, mo] = comma ? [a, b] : [b, a];
    y = m[3] ? fullYear(m[3]) : env.year;
  }
  if (!validDate(y, mo, d)) return null;
  const v = wallToSerial(y, mo, d, ...(time ?? [0, 0, 0]));
  return { v, nf: time ? defaultDateTimeFormat(env.locale) : defaultDateFormat(env.locale) };
}

// ---------- display ----------

const RU_MONTHS = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];
const RU_MONTHS_SHORT = [
  'янв.',
  'февр.',
  'мар.',
  'апр.',
  'мая',
  'июн.',
  'июл.',
  'авг.',
  'сент.',
  'окт.',
  'нояб.',
  'дек.',
];
const RU_DAYS = ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'];
const RU_DAYS_SHORT = ['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'];
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const EN_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface Tok {
  kind: 'lit' | 'y' | 'm' | 'd' | 'h' | 's' | 'ampm';
  text: string;
}

function tokenize(pattern: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === '"') {
      const j = pattern.indexOf('"', i + 1);
      const end = j < 0 ? pattern.length : j;
      out.push({ kind: 'lit', text: pattern.slice(i + 1, end) });
      i = end + 1;
    } else if (ch === '\\') {
      out.push({ kind: 'lit', text: pattern[i + 1] ?? '' });
      i += 2;
    } else if (/^am\/pm/i.test(pattern.slice(i))) {
      out.push({ kind: 'ampm', text: 'AM/PM' });
      i += 5;
    } else if (/[yYmMdDhHsS]/.test(ch)) {
      let j = i;
      while (j < pattern.length && pattern[j].toLowerCase() === ch.toLowerCase()) j++;
      out.push({ kind: ch.toLowerCase() as Tok['kind'], text: pattern.slice(i, j) });
      i = j;
    } else if (ch === '[') {
      const j = pattern.indexOf(']', i);
      i = j < 0 ? pattern.length : j + 1;
    } else {
      out.push({ kind: 'lit', text: ch });
      i++;
    }
  }
  return out;
}

/** Formats a serial with a Sheets date/time pattern (tokens: d dd ddd dddd m mm mmm mmmm yy yyyy h hh H s ss AM/PM). */
export function formatSerial(serial: number, pattern: string, locale: string): string {
  const w = serialWall(serial);
  const toks = tokenize(pattern);
  const ampm = toks.some((t) => t.kind === 'ampm');
  const ru = locale.startsWith('ru');
  const pad = (n: number, len: number) => String(n).padStart(len, '0');
  let out = '';
  toks.forEach((t, i) => {
    const n = t.text.length;
    switch (t.kind) {
      case 'lit':
        out += t.text;
        break;
      case 'y':
        out += n <= 2 ? pad(w.year % 100, 2) : String(w.year);
        break;
      case 'd':
        if (n <= 2) out += pad(w.day, n);
        else
          out +=
            n === 3
              ? (ru ? RU_DAYS_SHORT : EN_DAYS.map((x) => x.slice(0, 3)))[w.weekday]
              : (ru ? RU_DAYS : EN_DAYS)[w.weekday];
        break;
      case 'h': {
        const h = ampm ? w.hour % 12 || 12 : w.hour;
        out += pad(h, Math.min(n, 2));
        break;
      }
      case 's':
        out += pad(w.second, Math.min(n, 2));
        break;
      case 'ampm':
        out += w.hour < 12 ? 'AM' : 'PM';
        break;
      case 'm': {
        // "m" is minutes right after an hour or right before a second token, else month.
        const prev = toks
          .slice(0, i)
          .reverse()
          .find((x) => x.kind !== 'lit');
        const next = toks.slice(i + 1).find((x) => x.kind !== 'lit');
        const minutes = n <= 2 && (prev?.kind === 'h' || next?.kind === 's');
        if (minutes) out += pad(w.minute, n);
        else if (n <= 2) out += pad(w.month, n);
        else if (n === 3) out += (ru ? RU_MONTHS_SHORT : EN_MONTHS.map((x) => x.slice(0, 3)))[w.month - 1];
        else out += (ru ? RU_MONTHS : EN_MONTHS)[w.month - 1];
        break;
      }
    }
  });
  return out;
}

function groupThousands(int: string, sep: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** Formats a number with a numeric pattern: General, 0, 0.00, #,##0, #,##0.00, 0%, 0.00%. */
export function formatNumber(n: number, pattern: string | undefined, locale: string): string {
  const comma = decimalComma(locale);
  const decSep = comma ? ',' : '.';
  const grpSep = comma ? '\u00a0' : ',';
  if (!pattern || /^general$/i.test(pattern) || pattern === '@') {
    // Automatic: up to 10 significant digits, no grouping.
    if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
    const s = String(Number(n.toPrecision(10)));
    return s.replace('.', decSep);
  }
  const m = /^(#,##)?(0+)(?:\.(0+))?(%?)$/.exec(pattern.trim());
  if (!m) return formatNumber(n, undefined, locale);
  const value = m[4] ? n * 100 : n;
  const decimals = m[3]?.length ?? 0;
  const fixed = Math.abs(value).toFixed(decimals);
  let [int, frac] = fixed.split('.');
  int = int.padStart(m[2].length, '0');
  if (m[1]) int = groupThousands(int, grpSep);
  return `${value < 0 && Number(fixed) !== 0 ? '-' : ''}${int}${frac ? decSep + frac : ''}${m[4]}`;
}

/** getDisplayValue: the text the cell shows. */
export function displayValue(c: CellModel | undefined, locale: string): string {
  if (!c || c.v === undefined) return '';
  if (typeof c.v === 'string') return c.v;
  if (typeof c.v === 'boolean') return c.v ? 'TRUE' : 'FALSE';
  if (isDateFormat(c.nf)) return formatSerial(c.v, c.nf!, locale);
  return formatNumber(c.v, c.nf, locale);
}

/** A read value as the Sheets API returns it unformatted: dates stay serial numbers. */
export function serialOrValue(c: CellModel | undefined): Scalar | '' {
  return !c || c.v === undefined ? '' : c.v;
}

export { serialToDate };
