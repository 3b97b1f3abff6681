import { cellToIso, isoToSerial, serialToIso } from '../../../src/core/sheet/serial';

describe('serial dates', () => {
  it('round-trips calendar days through Sheets serial numbers', () => {
    expect(isoToSerial('1899-12-31')).toBe(1);
    expect(isoToSerial('2021-01-01')).toBe(44197);
    expect(serialToIso(44197)).toBe('2021-01-01');
    expect(serialToIso(44197.75)).toBe('2021-01-01');
  });
  it('reads date cells given as serials, ISO or дд.мм.гггг text', () => {
    expect(cellToIso(44197)).toBe('2021-01-01');
    expect(cellToIso('2021-03-05')).toBe('2021-03-05');
    expect(cellToIso('5.3.2021')).toBe('2021-03-05');
    expect(cellToIso('31.02.2021')).toBeNull();
    expect(cellToIso('январь')).toBeNull();
    expect(cellToIso('')).toBeNull();
  });
});
