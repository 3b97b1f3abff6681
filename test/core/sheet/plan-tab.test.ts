import { planTabRequests } from '../../../src/core/sheet/plan-tab';
import type { TrackedActivity } from '../../../src/core/tracking/types';
import { PLAN_COLUMNS } from '../../../src/core/workbook/schema';

const mk = (i: number): TrackedActivity => ({
  id: `id${i}`,
  number: String(i),
  stage: null,
  section: null,
  group: null,
  title: i === 0 ? '=HYPERLINK("http://evil")' : `Мероприятие ${i}`,
  result: null,
  tools: null,
  responsible: null,
  deadline: { text: '', start: null, end: '2021-03-01', recurrence: 'none', inherited: false, problem: null },
  status: 'not-started',
  doneDate: null,
  doneBy: null,
  comment: null,
  donePeriods: [],
});

describe('План tab requests', () => {
  it('is a constant number of requests whatever the plan size', () => {
    const small = planTabRequests(1, [mk(1)], 'ru_RU').requests.length;
    const big = planTabRequests(
      1,
      Array.from({ length: 5000 }, (_, i) => mk(i)),
      'ru_RU',
    ).requests.length;
    expect(big).toBe(small);
  });
  it('writes user text as strings, never formulas, and dates as serials', () => {
    const { requests } = planTabRequests(7, [mk(0)], 'ru_RU');
    const cells = requests.find((r) => r.updateCells)!.updateCells!.rows![1].values!;
    const title = cells[PLAN_COLUMNS.findIndex((c) => c.key === 'title')];
    expect(title.userEnteredValue).toEqual({ stringValue: '=HYPERLINK("http://evil")' });
    const end = cells[PLAN_COLUMNS.findIndex((c) => c.key === 'end')];
    expect(end.userEnteredValue).toEqual({ numberValue: 44256 });
    expect(end.userEnteredFormat?.numberFormat).toEqual({ type: 'DATE', pattern: 'dd.mm.yyyy' });
  });
  it('freezes the header, hides the ID column, adds the status list and three colour rules', () => {
    const { requests } = planTabRequests(7, [], 'ru_RU');
    expect(requests.some((r) => r.updateSheetProperties?.properties?.gridProperties?.frozenRowCount === 1)).toBe(true);
    expect(requests.some((r) => r.updateDimensionProperties?.properties?.hiddenByUser)).toBe(true);
    const list = requests.find((r) => r.setDataValidation)!.setDataValidation!.rule!.condition!.values!;
    expect(list.map((v) => v.userEnteredValue)).toEqual(['Не начато', 'В работе', 'Выполнено', 'Отменено']);
    expect(requests.filter((r) => r.addConditionalFormatRule)).toHaveLength(3);
  });

  it.each([
    ['ru_RU', ';'],
    ['de_DE', ';'],
    ['en_US', ','],
    ['en_GB', ','],
  ])('writes the colour rules with the separator of a %s spreadsheet', (locale, sep) => {
    const formulas = planTabRequests(7, [], locale)
      .requests.filter((r) => r.addConditionalFormatRule)
      .map((r) => r.addConditionalFormatRule!.rule!.booleanRule!.condition!.values![0].userEnteredValue!);
    expect(formulas).toHaveLength(3);
    const other = sep === ',' ? ';' : ',';
    for (const f of formulas) expect(f.replace(/"[^"]*"/g, '')).not.toContain(other);
    expect(formulas[1]).toBe(`=AND($L2<>""${sep}$L2<TODAY()${sep}$N2<>"Выполнено"${sep}$N2<>"Отменено")`);
  });
});
