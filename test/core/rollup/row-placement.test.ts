import { misplaced, rowOfName } from '../../../src/core/rollup/row-placement';

describe('where an organisation’s link belongs after a person sorted «Организации»', () => {
  const before = new Map<string, unknown[]>([
    ['Сад № 1', ['', '']],
    ['Сад № 2', ['https://docs.google.com/spreadsheets/d/old/edit', 'Подключено по ссылке']],
  ]);

  it('finds a row by name, trimmed; none or several: null', () => {
    expect(rowOfName(['Организация', ' Сад № 1 ', 'Сад № 2'], 'Сад № 1')).toBe(2);
    expect(rowOfName(['Организация', 'Сад № 2'], 'Сад № 1')).toBeNull();
    expect(rowOfName(['Организация', 'Сад № 1', 'Сад № 1'], 'Сад № 1')).toBeNull();
  });

  it('landed on its row: nothing to mend', () => {
    expect(misplaced(['Организация', 'Сад № 1', 'Сад № 2'], 2, 'Сад № 1', before, 2)).toBeNull();
  });

  it('sorted meanwhile: the hit row gets back what it held, the link goes to the row of its name', () => {
    expect(misplaced(['Организация', 'Сад № 2', 'Сад № 1'], 2, 'Сад № 1', before, 2)).toEqual({
      to: 3,
      restore: { row: 2, values: ['https://docs.google.com/spreadsheets/d/old/edit', 'Подключено по ссылке'] },
    });
  });

  it('a row inserted above: the hit row held nothing, blanks go back; the organisation deleted: no row', () => {
    expect(misplaced(['Организация', '', 'Сад № 1'], 2, 'Сад № 1', before, 2)).toEqual({
      to: 3,
      restore: { row: 2, values: ['', ''] },
    });
    expect(misplaced(['Организация', 'Сад № 2'], 2, 'Сад № 1', before, 2)?.to).toBeNull();
  });
});
