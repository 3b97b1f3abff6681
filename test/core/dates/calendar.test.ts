import {
  addDays,
  addMonths,
  diffDays,
  formatInstantRu,
  formatRu,
  isIsoDate,
  isoFromParts,
  isoInZone,
  monthEnd,
  weekday,
} from '../../../src/core/dates/calendar';

describe('calendar dates', () => {
  it('validates and builds dates', () => {
    expect(isIsoDate('2021-02-28')).toBe(true);
    expect(isIsoDate('2021-02-29')).toBe(false);
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isoFromParts(2021, 2, 31)).toBeNull();
    expect(monthEnd(2024, 2)).toBe('2024-02-29');
  });
  it('does arithmetic without time-zone drift (DST and new year)', () => {
    expect(addDays('2021-03-27', 2)).toBe('2021-03-29');
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
    expect(diffDays('2021-01-01', '2022-01-01')).toBe(365);
    expect(addMonths('2021-01-31', 1)).toBe('2021-02-28');
    expect(weekday('2021-01-11')).toBe(1); // a Monday
  });
  it('formats dates for Russian readers', () => {
    expect(formatRu('2021-03-05')).toBe('05.03.2021');
    expect(formatRu(null)).toBe('');
  });
  it('reads the calendar day of an instant in a given zone, not the process zone', () => {
    const instant = new Date('2021-01-10T20:30:00Z');
    expect(isoInZone(instant, 'Europe/Moscow')).toBe('2021-01-10'); // 23:30 in Moscow
    expect(isoInZone(instant, 'Asia/Yekaterinburg')).toBe('2021-01-11'); // 01:30 next day
  });
  it('reads the fields of the date, not a locale pattern that varies with the ICU data', () => {
    // An ICU whose en-CA (or any) short date is "1/10/2021": only formatToParts' fields are relied on.
    const proto = Intl.DateTimeFormat.prototype as unknown as { format: unknown };
    const format = jest.spyOn(proto, 'format', 'get').mockReturnValue(() => '1/10/2021');
    try {
      expect(isoInZone(new Date('2021-01-10T20:30:00Z'), 'Europe/Moscow')).toBe('2021-01-10');
    } finally {
      format.mockRestore();
    }
  });
});

describe('formatInstantRu', () => {
  it('shows an instant as local дд.мм.гггг чч:мм of the given zone', () => {
    expect(formatInstantRu('2021-03-01T20:30:00.000Z', 'Asia/Yekaterinburg')).toBe('02.03.2021 01:30');
    expect(formatInstantRu('2021-03-01T20:30:00.000Z', 'Europe/Moscow')).toBe('01.03.2021 23:30');
    expect(formatInstantRu('не время', 'Europe/Moscow')).toBe('не время');
  });
});
