import { importSizeProblem, MAX_IMPORT_ACTIVITIES } from '../../../src/core/limits/import-size';
import { cellLimitProblem, SPREADSHEET_CELL_LIMIT } from '../../../src/core/limits/sheet-cells';

describe('the 10-million-cell limit', () => {
  it('lets an import in up to the limit and refuses past it, in Russian first', () => {
    const existing = [{ rows: 1000, columns: 26 }];
    expect(cellLimitProblem(existing, [{ rows: 10_000, columns: 20 }])).toBeNull();
    const exact = SPREADSHEET_CELL_LIMIT - 26_000;
    expect(cellLimitProblem(existing, [{ rows: exact, columns: 1 }])).toBeNull();
    const p = cellLimitProblem(existing, [{ rows: exact + 1, columns: 1 }]);
    expect(p?.ru).toMatch(/не больше 10 000 000 ячеек/);
    expect(p?.ru).toMatch(/Ничего не изменено/);
    expect(p?.en).toMatch(/10000000/);
  });
});

describe('the import size', () => {
  it('refuses more activities than one import takes, before anything else, in Russian', () => {
    const plan = (n: number) => ({ plan: { activities: new Array(n).fill({}) } });
    expect(importSizeProblem(plan(MAX_IMPORT_ACTIVITIES))).toBeNull();
    expect(importSizeProblem(plan(50_000))?.ru).toMatch(
      /^В плане 50 000 мероприятий, а за один импорт можно загрузить не больше 20 000/,
    );
    for (const junk of [null, undefined, 'x', { plan: null }, { plan: { activities: 'нет' } }])
      expect(importSizeProblem(junk)).toBeNull();
  });
});
