/**
 * The iCalendar writer against RFC 5545, read back by ical.js: CRLF, folding at 75 octets of
 * UTF-8 (never inside a character), TEXT escaping, all-day DATE values.
 */
import fc from 'fast-check';
import ICAL from 'ical.js';
import { buildIcs, escapeText, foldLine, type IcsEvent } from '../../../src/core/calendar/ics';

const event = (over: Partial<IcsEvent> = {}): IcsEvent => ({
  uid: 'a1.once.sheet@plan-grafik',
  start: '2021-03-01',
  endExclusive: '2021-03-02',
  summary: '1.1 Совещание',
  description: 'Статус: Не начато',
  ...over,
});

const parse = (text: string) => new ICAL.Component(ICAL.parse(text));

describe('buildIcs', () => {
  it('is CRLF lines, each at most 75 octets, unfolding to the original text', () => {
    const long = `${'Проведение мониторинга качества дошкольного образования; '.repeat(5)}😀, «кавычки» \\ конец`;
    const text = buildIcs({
      name: 'План-график: мои сроки',
      timeZone: 'Europe/Moscow',
      now: '2021-03-01T06:00:00.000Z',
      events: [event({ summary: long, description: `строка 1\nстрока 2; и, ещё\r\nтри` })],
    });
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    for (const l of lines) {
      expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
      expect(l).not.toMatch(/[\r\n]/);
    }
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    const ev = parse(text).getFirstSubcomponent('vevent')!;
    expect(ev.getFirstPropertyValue('summary')).toBe(long);
    expect(ev.getFirstPropertyValue('description')).toBe('строка 1\nстрока 2; и, ещё\nтри');
    const start = ev.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect([start.isDate, start.toString()]).toEqual([true, '2021-03-01']);
    expect((ev.getFirstPropertyValue('dtend') as ICAL.Time).toString()).toBe('2021-03-02');
    expect(ev.getFirstPropertyValue('dtstamp')!.toString()).toBe('2021-03-01T06:00:00Z');
  });

  it('folds any text by octets, never inside a character, and ical.js reads it back whole', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        const folded = foldLine(`SUMMARY:${escapeText(s)}`);
        const pieces = folded.slice(0, -2).split('\r\n');
        for (const p of pieces) expect(Buffer.byteLength(p, 'utf8')).toBeLessThanOrEqual(75);
        // No lone surrogate: every piece is whole characters.
        for (const p of pieces) expect(Buffer.from(p, 'utf8').toString('utf8')).toBe(p);
        const text = buildIcs({
          name: 'x',
          timeZone: 'UTC',
          now: '2021-01-01T00:00:00Z',
          events: [event({ summary: s })],
        });
        const got = parse(text).getFirstSubcomponent('vevent')!.getFirstPropertyValue('summary');
        // Control characters are not allowed in TEXT (RFC 5545 §3.3.11): dropped; CR LF become \n.
        const want = s
          .replace(/\r\n?/g, '\n')
          .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, (c) => (c === '\n' ? '\n' : ''));
        expect(got ?? '').toBe(want);
      }),
      { seed: 17, numRuns: 300 },
    );
  });

  it('escapes backslash, semicolon, comma and newline', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
});
