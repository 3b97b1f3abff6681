import { wallToSerial } from '../../tools/emulator/tz';
import { displayValue, formatNumber, formatSerial, isDateFormat, parseTyped } from '../../tools/emulator/values';

const ru = { timeZone: 'Europe/Moscow', locale: 'ru_RU', year: 2021 };
const en = { timeZone: 'America/New_York', locale: 'en_US', year: 2021 };

describe('typing into a cell (ru_RU)', () => {
  it.each([
    ['01.03.2021', wallToSerial(2021, 3, 1), 'dd.MM.yyyy'],
    ['1.3.21', wallToSerial(2021, 3, 1), 'dd.MM.yyyy'],
    ['1.5', wallToSerial(2021, 5, 1), 'dd.MM.yyyy'], // a Russian "1.5" is the 1st of May, this year
    ['2021-03-01', wallToSerial(2021, 3, 1), 'dd.MM.yyyy'],
    ['01.03.2021 9:30', wallToSerial(2021, 3, 1, 9, 30), 'dd.MM.yyyy H:mm:ss'],
  ])('%s is a date', (text, serial, nf) => {
    expect(parseTyped(text, ru)).toEqual({ v: serial, nf });
  });

  it.each([
    ['1,5', 1.5],
    ['12', 12],
    ['007', 7],
    ['-3', -3],
    ['1 000,25', 1000.25],
  ])('%s is a number', (text, n) => {
    expect(parseTyped(text, ru).v).toBe(n);
  });

  it('reads percentages, booleans, formulas and apostrophe-quoted text', () => {
    expect(parseTyped('15%', ru)).toEqual({ v: 0.15, nf: '0%' });
    expect(parseTyped('TRUE', ru)).toEqual({ v: true });
    expect(parseTyped('ЛОЖЬ', ru)).toEqual({ v: false });
    expect(parseTyped('=A1+1', ru)).toEqual({ f: '=A1+1' });
    expect(parseTyped("'01.03.2021", ru)).toEqual({ v: '01.03.2021' });
  });

  it('keeps what is not a number or a date as text', () => {
    for (const t of ['31.02.2021', '18.01-31.01.2021', 'январь 2020', '+7 912 345-67-89', '1.5.2.3', ' ']) {
      expect(parseTyped(t, ru)).toEqual({ v: t });
    }
  });

  it('reads en_US the American way', () => {
    expect(parseTyped('1.5', en).v).toBe(1.5);
    expect(parseTyped('3/1/2021', en)).toEqual({ v: wallToSerial(2021, 3, 1), nf: 'M/d/yyyy' });
    expect(parseTyped('1,000', en).v).toBe(1000);
  });
});

describe('display formats', () => {
  const serial = wallToSerial(2021, 3, 1, 14, 5, 9);
  it('formats dates and times with Sheets patterns', () => {
    expect(formatSerial(serial, 'dd.mm.yyyy', 'ru_RU')).toBe('01.03.2021');
    expect(formatSerial(serial, 'dd.MM.yyyy', 'ru_RU')).toBe('01.03.2021');
    expect(formatSerial(serial, 'yyyy-mm-dd', 'ru_RU')).toBe('2021-03-01');
    expect(formatSerial(serial, 'HH:mm:ss', 'ru_RU')).toBe('14:05:09');
    expect(formatSerial(serial, 'd mmmm yyyy "г."', 'ru_RU')).toBe('1 март 2021 г.');
    expect(formatSerial(serial, 'h:mm AM/PM', 'en_US')).toBe('2:05 PM');
    expect(formatSerial(serial, 'ddd', 'ru_RU')).toBe('пн');
  });
  it('tells date formats from number formats', () => {
    expect(isDateFormat('dd.MM.yyyy')).toBe(true);
    expect(isDateFormat('H:mm')).toBe(true);
    expect(isDateFormat('@')).toBe(false);
    expect(isDateFormat('0.00%')).toBe(false);
    expect(isDateFormat('#,##0.00 "руб."')).toBe(false);
    expect(isDateFormat(undefined)).toBe(false);
  });
  it('formats numbers per locale and pattern', () => {
    expect(formatNumber(1.5, undefined, 'ru_RU')).toBe('1,5');
    expect(formatNumber(1.5, undefined, 'en_US')).toBe('1.5');
    expect(formatNumber(1234567.891, '#,##0.00', 'ru_RU')).toBe('1\u00a0234\u00a0567,89');
    expect(formatNumber(0.256, '0.0%', 'en_US')).toBe('25.6%');
    expect(formatNumber(7, '000', 'en_US')).toBe('007');
  });
  it('shows a cell: text as is, booleans as TRUE/FALSE, empty as ""', () => {
    expect(displayValue({ v: 'текст' }, 'ru_RU')).toBe('текст');
    expect(displayValue({ v: true }, 'ru_RU')).toBe('TRUE');
    expect(displayValue(undefined, 'ru_RU')).toBe('');
    expect(displayValue({ v: serial, nf: 'dd.MM.yyyy' }, 'ru_RU')).toBe('01.03.2021');
  });
});
