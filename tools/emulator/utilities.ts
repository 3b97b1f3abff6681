/**
 * Session, Utilities, Logger. References: developers.google.com/apps-script/reference/base/session,
 * …/utilities/utilities (formatDate uses Java SimpleDateFormat patterns; HMAC results are
 * arrays of signed bytes −128…127), …/base/logger.
 * Node-only (node:crypto): the emulator runs in tests, the bench and the playground server.
 */
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { counted, type EmuContext } from './context';
import * as E from './enums';
import { makeUser } from './objects';
import { checkTimeZone, instantOf, offsetString, wallClock } from './tz';

export class SessionImpl
  implements
    Pick<
      GoogleAppsScript.Base.Session,
      'getActiveUser' | 'getActiveUserLocale' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getTemporaryActiveUserKey'
    >
{
  constructor(readonly ctx: EmuContext) {}
  /** Often '' (consumer accounts, other domains, simple triggers): see guides "Session.getActiveUser". */
  getActiveUser(): GoogleAppsScript.Base.User {
    return makeUser(this.ctx.user.email);
  }
  getEffectiveUser(): GoogleAppsScript.Base.User {
    return makeUser(this.ctx.user.effectiveUser);
  }
  getScriptTimeZone(): string {
    return this.ctx.scriptTimeZone;
  }
  /** Language code of the user's locale, e.g. "ru" (the docs: "for example, en for English"). */
  getActiveUserLocale(): string {
    return this.ctx.locale.split('_')[0];
  }
  /** Stable per user and script, opaque, never the e-mail. */
  getTemporaryActiveUserKey(): string {
    return createHash('sha256')
      .update(`tmp-key:${this.ctx.user.email || this.ctx.user.effectiveUser}`)
      .digest('base64')
      .slice(0, 43);
  }
}
counted(SessionImpl, 'Session', { name: 'Session' });

// ---------------- Utilities ----------------

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

/**
 * Java SimpleDateFormat subset: G y Y M L d D E u a H k K h m s S z Z X, 'literal', '' (a quote).
 * Names are English, as Apps Script's formatDate gives them.
 */
export function formatJavaDate(date: Date, tz: string, pattern: string): string {
  const t = date.getTime();
  const w = wallClock(t, tz);
  const pad = (n: number, len: number) => String(n).padStart(len, '0');
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      const j = pattern.indexOf("'", i + 1);
      const end = j < 0 ? pattern.length : j;
      out += pattern.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let j = i;
    while (j < pattern.length && pattern[j] === ch) j++;
    const n = j - i;
    i = j;
    const dayOfYear = Math.round((Date.UTC(w.year, w.month - 1, w.day) - Date.UTC(w.year, 0, 1)) / 86400000) + 1;
    switch (ch) {
      case 'G':
        out += w.year > 0 ? 'AD' : 'BC';
        break;
      case 'y':
      case 'Y':
        out += n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
        break;
      case 'M':
      case 'L':
        out += n >= 4 ? EN_MONTHS[w.month - 1] : n === 3 ? EN_MONTHS[w.month - 1].slice(0, 3) : pad(w.month, n);
        break;
      case 'd':
        out += pad(w.day, n);
        break;
      case 'D':
        out += pad(dayOfYear, n);
        break;
      case 'E':
        out += n >= 4 ? EN_DAYS[w.weekday] : EN_DAYS[w.weekday].slice(0, 3);
        break;
      case 'u':
        out += String(w.weekday === 0 ? 7 : w.weekday);
        break;
      case 'a':
        out += w.hour < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        out += pad(w.hour, n);
        break;
      case 'k':
        out += pad(w.hour === 0 ? 24 : w.hour, n);
        break;
      case 'K':
        out += pad(w.hour % 12, n);
        break;
      case 'h':
        out += pad(w.hour % 12 || 12, n);
        break;
      case 'm':
        out += pad(w.minute, n);
        break;
      case 's':
        out += pad(w.second, n);
        break;
      case 'S':
        out += pad(w.ms, 3).slice(0, Math.max(n, 3)).padEnd(n, '0');
        break;
      case 'z':
        out += `GMT${offsetString(t, tz, true)}`;
        break;
      case 'Z':
        out += offsetString(t, tz, false);
        break;
      case 'X': {
        const o = offsetString(t, tz, n >= 3);
        out += o === '+00:00' || o === '+0000' ? 'Z' : n === 1 ? o.slice(0, 3) : o;
        break;
      }
      default:
        throw new Error(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}

/** The inverse for numeric patterns (yyyy MM dd HH mm ss and literals). */
export function parseJavaDate(text: string, tz: string, pattern: string): Date {
  const fields: Record<string, number> = { y: 1970, M: 1, d: 1, H: 0, m: 0, s: 0 };
  let re = '';
  const order: string[] = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      const j = pattern.indexOf("'", i + 1);
      re += (j < 0 ? pattern.slice(i + 1) : pattern.slice(i + 1, j)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      i = j < 0 ? pattern.length : j + 1;
      continue;
    }
    let j = i;
    while (j < pattern.length && pattern[j] === ch) j++;
    if ('yMdHms'.includes(ch)) {
      re += `(\\d{1,${Math.max(j - i, ch === 'y' ? 4 : 2)}})`;
      order.push(ch);
    } else re += pattern.slice(i, j).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    i = j;
  }
  const m = new RegExp(`^${re}$`).exec(text.trim());
  if (!m) throw new Error(`Unparseable date: "${text}"`);
  order.forEach((k, idx) => {
    fields[k] = Number(m[idx + 1]);
  });
  return new Date(instantOf(tz, fields.y, fields.M, fields.d, fields.H, fields.m, fields.s));
}

/** A string (in the given charset) or a byte array (signed or not) → bytes. */
function toBytes(v: unknown, charset?: unknown): Buffer {
  if (typeof v === 'string') return Buffer.from(v, String(charset ?? 'UTF_8') === 'US_ASCII' ? 'ascii' : 'utf8');
  if (Array.isArray(v) || v instanceof Uint8Array)
    return Buffer.from(Array.from(v as ArrayLike<number>, (b) => b & 0xff));
  throw new Error(`Invalid argument: expected a string or a byte array, got ${typeof v}`);
}

/** Apps Script returns byte arrays as Java bytes: −128…127. */
function signed(buf: Buffer): number[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

const DIGESTS: Record<string, string> = {
  MD2: 'md2',
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};
const MACS: Record<string, string> = {
  HMAC_MD5: 'md5',
  HMAC_SHA_1: 'sha1',
  HMAC_SHA_256: 'sha256',
  HMAC_SHA_384: 'sha384',
  HMAC_SHA_512: 'sha512',
};

export class BlobImpl {
  constructor(
    private bytes: Buffer,
    private contentType: string | null,
    private name: string | null,
  ) {}
  getBytes(): number[] {
    return signed(this.bytes);
  }
  getDataAsString(charset?: string): string {
    return this.bytes.toString(charset && /ascii/i.test(charset) ? 'ascii' : 'utf8');
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(t: string): BlobImpl {
    this.contentType = t;
    return this;
  }
  getName(): string | null {
    return this.name;
  }
  setName(n: string): BlobImpl {
    this.name = n;
    return this;
  }
  setDataFromString(s: string): BlobImpl {
    this.bytes = Buffer.from(s, 'utf8');
    return this;
  }
  copyBlob(): BlobImpl {
    return new BlobImpl(Buffer.from(this.bytes), this.contentType, this.name);
  }
  isGoogleType(): boolean {
    return false;
  }
}

type U = GoogleAppsScript.Utilities.Utilities;

export class UtilitiesImpl
  implements
    Pick<
      U,
      | 'base64Decode'
      | 'base64DecodeWebSafe'
      | 'base64Encode'
      | 'base64EncodeWebSafe'
      | 'computeDigest'
      | 'computeHmacSha256Signature'
      | 'computeHmacSignature'
      | 'formatDate'
      | 'formatString'
      | 'getUuid'
      | 'newBlob'
      | 'parseDate'
      | 'sleep'
    >
{
  readonly Charset = E.Charset as unknown as typeof GoogleAppsScript.Utilities.Charset;
  readonly DigestAlgorithm = E.DigestAlgorithm as unknown as typeof GoogleAppsScript.Utilities.DigestAlgorithm;
  readonly MacAlgorithm = E.MacAlgorithm as unknown as typeof GoogleAppsScript.Utilities.MacAlgorithm;
  constructor(readonly ctx: EmuContext) {}
  base64Decode(encoded: string, _charset?: unknown): number[] {
    return signed(Buffer.from(encoded, 'base64'));
  }
  base64DecodeWebSafe(encoded: string, _charset?: unknown): number[] {
    return signed(Buffer.from(encoded, 'base64url'));
  }
  base64Encode(data: unknown, charset?: unknown): string {
    return toBytes(data, charset).toString('base64');
  }
  base64EncodeWebSafe(data: unknown, charset?: unknown): string {
    // Apps Script keeps the '=' padding in web-safe base64.
    return toBytes(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }
  computeDigest(algorithm: GoogleAppsScript.Utilities.DigestAlgorithm, value: unknown, charset?: unknown): number[] {
    const alg = DIGESTS[String(algorithm)];
    if (!alg) throw new Error(`Invalid argument: algorithm (${String(algorithm)})`);
    return signed(createHash(alg).update(toBytes(value, charset)).digest());
  }
  computeHmacSha256Signature(value: unknown, key: unknown, charset?: unknown): number[] {
    return signed(createHmac('sha256', toBytes(key, charset)).update(toBytes(value, charset)).digest());
  }
  computeHmacSignature(
    algorithm: GoogleAppsScript.Utilities.MacAlgorithm,
    value: unknown,
    key: unknown,
    charset?: unknown,
  ): number[] {
    const alg = MACS[String(algorithm)];
    if (!alg) throw new Error(`Invalid argument: algorithm (${String(algorithm)})`);
    return signed(createHmac(alg, toBytes(key, charset)).update(toBytes(value, charset)).digest());
  }
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    checkTimeZone(timeZone);
    return formatJavaDate(date as Date, timeZone, format);
  }
  /** sprintf subset: %s %d %f %.Nf %%. */
  formatString(template: string, ...args: unknown[]): string {
    let k = 0;
    return template.replace(/%(\.(\d+))?([sdf%])/g, (_m, _p, prec, t) => {
      if (t === '%') return '%';
      const v = args[k++];
      if (t === 'd') return String(Math.trunc(Number(v)));
      if (t === 'f') return Number(v).toFixed(prec === undefined ? 6 : Number(prec));
      return String(v);
    });
  }
  getUuid(): string {
    return randomUUID();
  }
  newBlob(data: unknown, contentType?: string, name?: string): GoogleAppsScript.Base.Blob {
    return new BlobImpl(
      toBytes(data ?? ''),
      contentType ?? null,
      name ?? null,
    ) as unknown as GoogleAppsScript.Base.Blob;
  }
  parseDate(date: string, timeZone: string, format: string): Date {
    checkTimeZone(timeZone);
    return parseJavaDate(date, timeZone, format);
  }
  /** Sleeping advances the emulator's clock; nothing really waits. Max 300 000 ms as in Apps Script. */
  sleep(milliseconds: number): void {
    if (milliseconds > 300000) throw new Error('Invalid argument: milliseconds (max 300000)');
    this.ctx.advance(Math.max(0, milliseconds));
  }
}
counted(UtilitiesImpl, 'Utilities', { name: 'Utilities' });

export class LoggerImpl implements Pick<GoogleAppsScript.Base.Logger, 'clear' | 'getLog' | 'log'> {
  lines: string[] = [];
  constructor(readonly ctx: EmuContext) {}
  clear(): void {
    this.lines = [];
  }
  getLog(): string {
    return this.lines.join('\n');
  }
  log(data: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
    let s = typeof data === 'string' ? data : JSON.stringify(data);
    if (values.length) s = s.replace(/%s/g, () => String(values.shift()));
    this.lines.push(s);
    return this as unknown as GoogleAppsScript.Base.Logger;
  }
}
counted(LoggerImpl, 'Logger', { name: 'Logger' });
