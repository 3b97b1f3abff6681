import { columnLetter } from '../../../src/core/sheet/requests';
import { spanOfA1 } from '../../../src/core/workbook/a1';

describe('spanOfA1', () => {
  it('reads one cell and a range, in either corner order', () => {
    expect(spanOfA1('N5')).toEqual({ r1: 5, r2: 5, c1: 14, c2: 14 });
    expect(spanOfA1('P7:N5')).toEqual({ r1: 5, r2: 7, c1: 14, c2: 16 });
  });
  it('agrees with the column letters we write, past Z', () => {
    for (const i of [0, 25, 26, 51, 52, 701, 702]) expect(spanOfA1(`${columnLetter(i)}2`)?.c1).toBe(i + 1);
  });
  it('anything but a plain range is null (whole columns or rows, sheet-qualified)', () => {
    for (const s of ['N:N', '5:5', "'План'!A1", '', 'a1']) expect(spanOfA1(s)).toBeNull();
  });
});
