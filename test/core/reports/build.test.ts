import { buildReports } from '../../../src/core/reports/build';
import { act, bigPlan, deadline, dump, expectWritable, input, samplePlan, tab } from './fixture';

const NAMES = [
  'Отчёт: Сводка',
  'Отчёт: Просрочено',
  'Отчёт: Ближайшие 14 дней',
  'Отчёт: Календарь',
  'Отчёт: Качество данных',
];

const d = (text: string, start: string | null, end: string | null) => deadline({ text, start, end });

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

describe('buildReports', () => {
  it('builds the five tabs in order, each writable as whole arrays', () => {
    const tabs = buildReports(input(samplePlan(), { horizonYear: 2021 }));
    expect(tabs.map((t) => t.name)).toEqual(NAMES);
    for (const t of tabs) {
      expectWritable(t);
      expect(t.asOf).toBe('2021-03-15');
    }
  });

  it('is deterministic and leaves its input alone', () => {
    const a = buildReports(deepFreeze(input(samplePlan(), { horizonYear: 2021, warnings: [] })));
    const b = buildReports(input(samplePlan(), { horizonYear: 2021, warnings: [] }));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('matches the snapshot of the sample plan', () => {
    for (const t of buildReports(input(samplePlan(), { horizonYear: 2021 }))) expect(dump(t)).toMatchSnapshot(t.name);
  });

  it('writes formula-like user text as text, never as a formula', () => {
    const nasty = ['=IMPORTXML("http://x","//a")', '+79001234567', '-1', '@коллеги', '=1+1'];
    const plan = nasty.map((title, i) =>
      act({
        title,
        stage: i === 0 ? '=Этап' : 'Этап',
        responsible: i === 1 ? '=HYPERLINK("x")' : 'Иванова И.И.',
        deadline: d(i === 2 ? '=срок' : 'до 01.03.2021', null, '2021-03-01'),
        number: i === 3 ? '-2' : String(i + 1),
      }),
    );
    const tabs = buildReports(input(plan, { title: '=План' }));
    const seen = new Set<string>();
    for (const t of tabs) {
      t.values.forEach((row, r) => {
        row.forEach((v, c) => {
          if (typeof v === 'string' && /^[=+\-@]/.test(v)) {
            seen.add(v);
            expect([t.name, r, c, t.numberFormats[r][c]]).toEqual([t.name, r, c, '@']);
          }
        });
      });
    }
    for (const s of [...nasty, '=Этап', '=HYPERLINK("x")', '=срок', '-2']) expect(seen).toContain(s);
  });

  it('gives a sensible report for an empty plan', () => {
    const tabs = buildReports(input([], { title: null }));
    expect(tabs.map((t) => t.name)).toEqual(NAMES);
    for (const t of tabs) expectWritable(t);
    const flat = (name: string) => tab(tabs, name).values.flat();
    expect(flat('Отчёт: Сводка')).toContain('В плане нет мероприятий: импортируйте план, затем обновите отчёты.');
    expect(flat('Отчёт: Просрочено')).toContain('Просроченных мероприятий нет.');
    expect(flat('Отчёт: Календарь')).toContain('В плане нет мероприятий.');
    expect(flat('Отчёт: Качество данных')).toContain('Замечаний нет.');
    for (const t of tabs) expect(dump(t)).toMatchSnapshot(`empty ${t.name}`);
  });

  it('gives a sensible report for a plan without dates', () => {
    const plan = [
      act({ stage: 'Первый', deadline: deadline({ text: 'постоянно', recurrence: 'ongoing' }) }),
      act({ stage: 'Первый', deadline: deadline({ text: 'по мере необходимости', recurrence: 'as-needed' }) }),
      act({ stage: 'Второй', deadline: deadline() }),
    ];
    const tabs = buildReports(input(plan));
    for (const t of tabs) expectWritable(t);
    const sum = tab(tabs, 'Отчёт: Сводка');
    expect(sum.values.find((r) => r[0] === 'Без срока')?.[1]).toBe(3);
    const cal = tab(tabs, 'Отчёт: Календарь');
    expect(String(cal.values[1][0])).toContain('в плане нет дат');
    expect(cal.links).toHaveLength(3);
    expect(tab(tabs, 'Отчёт: Качество данных').values.flat()).toContain('Нет срока');
  });
});

describe('a plan of 10,000 activities', () => {
  // Its speed is measured by `npm run bench` (report refresh at 10,000 activities), not here.
  it('is built, every tab writable', () => {
    const plan = bigPlan(10_000);
    const tabs = buildReports(input(plan, { today: '2022-03-10', horizonYear: 2024 }));
    for (const t of tabs) expectWritable(t);
    const cal = tab(tabs, 'Отчёт: Календарь');
    expect(cal.values[0].length).toBeLessThanOrEqual(5 + 72);
    expect(cal.links).toHaveLength(10_000);
    expect(tab(tabs, 'Отчёт: Сводка').values.find((r) => r[0] === 'Всего мероприятий')?.[1]).toBe(10_000);
  }, 60_000);
});
