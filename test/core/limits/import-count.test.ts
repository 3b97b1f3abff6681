import { importCountProblem, MAX_IMPORT_ACTIVITIES } from '../../../src/core/limits/import-size';
import { parseImportRequest } from '../../../src/shared/import-contract';

describe('how many activities one import may write (issue 16: an empty plan was accepted)', () => {
  it('refuses zero and more than the limit, in Russian first', () => {
    expect(importCountProblem(0)?.ru).toMatch(/^В плане не найдено ни одного мероприятия: импортировать нечего/);
    expect(importCountProblem(1)).toBeNull();
    expect(importCountProblem(MAX_IMPORT_ACTIVITIES)).toBeNull();
    expect(importCountProblem(MAX_IMPORT_ACTIVITIES + 1)?.ru).toMatch(/не больше 20 000/);
  });

  it('parseImportRequest refuses an empty plan with that message', () => {
    const plan = { title: null, horizonYear: null, unrecognized: [], warnings: [], activities: [] };
    expect(() => parseImportRequest({ plan })).toThrow(/ни одного мероприятия/);
  });
});
