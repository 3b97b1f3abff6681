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
    // The document's statuses first, then the other language's: a status typed in either is accepted.
    expect(list.map((v) => v.userEnteredValue)).toEqual([
      'Не начато',
      'В работе',
      'Выполнено',
      'Отменено',
      'Not started',
      'In progress',
      'Done',
      'Cancelled',
    ]);
    expect(requests.filter((r) => r.addConditionalFormatRule)).toHaveLength(3);
  });
  it('writes an English document’s statuses and recurrences in English, its drop-down English first', () => {
    const { requests } = planTabRequests(7, [{ ...mk(0), status: 'done' }], 'en_US', { lang: 'en' });
    const list = requests.find((r) => r.setDataValidation)!.setDataValidation!.rule!.condition!.values!;
    expect(list.slice(0, 4).map((v) => v.userEnteredValue)).toEqual([
      'Not started',
      'In progress',
      'Done',
      'Cancelled',
    ]);
    const cells = requests.find((r) => r.updateCells)!.updateCells!.rows![1].values!;
    const at = (key: string) => cells[PLAN_COLUMNS.findIndex((c) => c.key === key)].userEnteredValue;
    expect(at('status')).toEqual({ stringValue: 'Done' });
    // The headers (the schema's names, read back to find the columns) stay Russian.
    const header = requests.find((r) => r.updateCells)!.updateCells!.rows![0].values!;
    expect(header[PLAN_COLUMNS.findIndex((c) => c.key === 'status')].userEnteredValue).toEqual({
      stringValue: 'Статус',
    });
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
    // Either language's "done" and "cancelled": a document whose language changed keeps its colours.
    expect(formulas[0]).toBe(`=OR($N2="Выполнено"${sep}$N2="Done")`);
    expect(formulas[1]).toBe(
      `=AND($L2<>""${sep}$L2<TODAY()${sep}$N2<>"Выполнено"${sep}$N2<>"Done"${sep}$N2<>"Отменено"${sep}$N2<>"Cancelled")`,
    );
  });
});
