import type { ReportTab } from '../../../src/core/reports/types';
import { rollUp } from '../../../src/core/rollup/rollup';
import { buildRollupTabs, namesCell, ROLLUP_TAB_NAMES } from '../../../src/core/rollup/tabs';
import { rollupTabsRequests } from '../../../src/core/sheet/rollup-requests';
import { act, deadline, expectWritable } from '../reports/fixture';
import { org, planValues } from './fixture';

const municipal = [
  act({
    id: 'm1',
    number: '1',
    title: '=IMPORTXML("http://x";"//a")',
    deadline: deadline({ text: 'до 01.03.2021', end: '2021-03-01' }),
  }),
  act({
    id: 'm2',
    number: '2',
    title: 'Самообследование ДОО',
    deadline: deadline({ text: 'апрель 2021', start: '2021-04-01', end: '2021-04-30' }),
  }),
];
const evil = org('evil', { name: '+7 (999) 000-00-00 =SUM(A1)' });
const linked = org('linked', { name: 'ДОУ со своим планом', method: 'linked' });
const today = '2021-03-15';
const r = rollUp({
  today,
  municipal,
  organisations: [
    {
      org: evil,
      read: {
        kind: 'values',
        values: planValues([municipal[0], { ...municipal[1], status: 'done', doneDate: '2021-03-10' }]),
      },
    },
    {
      org: org('gone', { name: 'Удалённая' }),
      read: { kind: 'error', message: 'таблица не найдена: она удалена или ссылка неверна' },
    },
    {
      org: linked,
      read: {
        kind: 'values',
        values: planValues([
          act({ id: 'x1', number: '5', title: 'Самообследование' }),
          act({ id: 'x2', title: 'Своё мероприятие' }),
        ]),
      },
    },
    { org: org('later', { name: 'Ещё не прочитана' }), read: { kind: 'pending' } },
  ],
});
const tabs = buildRollupTabs(r, 'План МКДО');
const byName = (n: string) => tabs.find((t) => t.name === n) as ReportTab;
const rowOf = (t: ReportTab, text: string) => t.values.find((row) => row.includes(text));

describe('buildRollupTabs', () => {
  it('builds the three tabs, each writable as whole arrays, Russian first', () => {
    expect(tabs.map((t) => t.name)).toEqual(['Свод по организациям', 'Свод по мероприятиям', 'Свод: Просрочено']);
    for (const t of tabs) {
      expectWritable(t);
      expect(t.values[0][0]).toBe(
        `${t.name} — по состоянию на 15.03.2021. Сформировано автоматически — не редактируйте`,
      );
      expect(t.values[1][0]).toBe(
        'План МКДО · Свод неполный: прочитано 3 из 4 организаций, остальные — при следующем обновлении',
      );
    }
  });

  it('«Свод по организациям»: counts, last change as дд.мм.гггг, errors in words, links to each spreadsheet', () => {
    const t = byName(ROLLUP_TAB_NAMES.organisations);
    expect(t.values[t.frozenRows - 1]).toEqual([
      '№',
      'Организация',
      'Выполнено',
      'В работе',
      'Не начато',
      'Просрочено',
      'Нет в плане',
      'Мероприятий',
      '% выполнения',
      'Последняя отметка',
      'E-mail координатора',
      'Способ',
      'Состояние',
    ]);
    expect(rowOf(t, evil.name)).toEqual([
      1,
      evil.name,
      1,
      0,
      0,
      1,
      0,
      2,
      0.5,
      '10.03.2021',
      evil.email,
      'Разослано',
      'прочитано',
    ]);
    expect(rowOf(t, 'Удалённая')?.slice(2, 9)).toEqual([null, null, null, null, null, null, null]);
    expect(rowOf(t, 'Удалённая')?.[12]).toBe('таблица не найдена: она удалена или ссылка неверна');
    expect(rowOf(t, 'ДОУ со своим планом')?.[12]).toBe(
      'прочитано; ждут подтверждения сопоставления: 1; строк не из муниципального плана: 1',
    );
    expect(rowOf(t, 'Ещё не прочитана')?.[12]).toBe('ещё не прочитано');
    expect(t.links.map((l) => l.activityId)).toEqual(
      [evil, org('gone'), linked, org('later')].map((o) => `sheet:${o.spreadsheetId}`),
    );
    // The matches to confirm and the rows that are not in the municipal plan, below the table.
    expect(rowOf(t, 'Самообследование')).toEqual([
      1,
      'ДОУ со своим планом',
      '5',
      'Самообследование',
      '2 Самообследование ДОО',
      0.47,
      null, // «Ответ (да / нет)»: the department's to fill
      JSON.stringify([linked.spreadsheetId, 'id:x1', 'm2']),
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(rowOf(t, 'Своё мероприятие')).toEqual([
      1,
      'ДОУ со своим планом',
      null,
      'Своё мероприятие',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(t.charts).toHaveLength(1);
    expect(t.charts[0].range).toEqual({ row: t.frozenRows, col: 2, numRows: 5, numColumns: 5 });
  });

  it('«Свод по мероприятиям»: per activity, how many organisations and which', () => {
    const t = byName(ROLLUP_TAB_NAMES.activities);
    const row = rowOf(t, 'Самообследование ДОО')!;
    expect(row.slice(0, 9)).toEqual(['2', 'Самообследование ДОО', 'апрель 2021', 1, 0, 0, 0, 0, 1]);
    expect(row.slice(9)).toEqual([null, null, evil.name]);
    expect(rowOf(t, municipal[0].title)?.slice(9)).toEqual([evil.name, null, null]);
  });

  it('«Свод: Просрочено»: organisation, №, title, responsible, the deadline as дд.мм.гггг, days late', () => {
    const t = byName(ROLLUP_TAB_NAMES.overdue);
    expect(rowOf(t, evil.name)).toEqual([
      1,
      evil.name,
      '1',
      municipal[0].title,
      'Иванова И.И.',
      null,
      '01.03.2021',
      14,
      evil.email,
    ]);
  });

  it('every text goes in as text: no formula, and the number format is set before the values', () => {
    const reqs = rollupTabsRequests(tabs, [11, 12, 13], new Map([['Свод по организациям', 5]]));
    expect(reqs[0]).toEqual({ deleteSheet: { sheetId: 5 } });
    const json = JSON.stringify(reqs);
    expect(json).not.toContain('formulaValue');
    expect(json).toContain(JSON.stringify({ stringValue: evil.name }));
    expect(json).toContain(JSON.stringify({ stringValue: municipal[0].title }));
    expect(json).toContain(`https://docs.google.com/spreadsheets/d/${evil.spreadsheetId}/edit`);
    const fill = reqs.findIndex((q) => q.updateCells?.start?.sheetId === 11);
    const formats = reqs.findIndex((q) => q.repeatCell?.range?.sheetId === 11);
    expect(formats).toBeGreaterThan(-1);
    expect(formats).toBeLessThan(fill);
    expect(reqs.filter((q) => q.addSheet).map((q) => q.addSheet?.properties?.title)).toEqual([
      'Свод по организациям',
      'Свод по мероприятиям',
      'Свод: Просрочено',
    ]);
  });
});

describe('namesCell', () => {
  it('keeps a long list under the cell limit and says how many are left out', () => {
    const names = Array.from(
      { length: 2000 },
      (_, i) => `Муниципальное дошкольное образовательное учреждение № ${i + 1}`,
    );
    const cell = namesCell(names);
    expect(cell.length).toBeLessThan(50_000);
    expect(cell).toMatch(/ … и ещё \d+$/);
    expect(namesCell(['А', 'Б'])).toBe('А, Б');
  });
});
