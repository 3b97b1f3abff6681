/**
 * iCalendar text (RFC 5545) for all-day events, written by hand: a few dozen lines, where a library
 * would weigh on the bundle. What RFC 5545 requires of it: lines end in CRLF (§3.1); a content line
 * longer than 75 octets is folded — CRLF and one space — and the limit counts octets of UTF-8, so a
 * Cyrillic letter (2 octets) or an emoji (4) is never cut in two (§3.1: "care must be taken not to
 * split a multi-octet character"); TEXT values escape backslash, semicolon, comma and newlines
 * (§3.3.11) and may hold no other control character; DATE values are YYYYMMDD (§3.3.4), DATE-TIME
 * in UTC ends in Z (§3.3.5).
 */
import type { IsoDate } from '../dates/calendar';

export interface IcsEvent {
  uid: string;
  /** First day. */
  start: IsoDate;
  /** The day after the last (DTEND of an all-day event is exclusive, §3.6.1). */
  endExclusive: IsoDate;
  summary: string;
  description: string;
  status?: 'CONFIRMED' | 'CANCELLED';
}

export interface IcsCalendar {
  /** Shown as the calendar's name by Google Calendar, Outlook and Yandex (X-WR-CALNAME). */
  name: string;
  /** The plan's time zone (X-WR-TIMEZONE); all-day events need none, clients use it for display. */
  timeZone: string;
  /** When the feed is made, ISO instant: every event's DTSTAMP. */
  now: string;
  events: readonly IcsEvent[];
}

/** §3.3.11: `\` `;` `,` escaped, a newline as `\n`, other control characters dropped. */
export function escapeText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');
}

const octets = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/** One content line, folded at 75 octets without splitting a character; CRLF after each piece. */
export function foldLine(line: string): string {
  let out = '';
  let used = 0;
  for (const ch of line) {
    const n = octets(ch.codePointAt(0)!);
    if (used + n > 75) {
      out += '\r\n ';
      used = 1; // the leading space is an octet of the line
    }
    out += ch;
    used += n;
  }
  return `${out}\r\n`;
}

const date = (d: IsoDate) => d.replace(/-/g, '');
const instant = (iso: string) => `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;

export function buildIcs(c: IcsCalendar): string {
  const stamp = instant(c.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//plan-grafik//feed//RU',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(c.name)}`,
    `X-WR-TIMEZONE:${escapeText(c.timeZone)}`,
  ];
  for (const e of c.events)
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(e.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${date(e.start)}`,
      `DTEND;VALUE=DATE:${date(e.endExclusive)}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      `STATUS:${e.status ?? 'CONFIRMED'}`,
      // A deadline does not make the person busy all day.
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('');
}
