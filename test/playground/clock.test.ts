/**
 * The playground's clock: set to a date and a time of day on the spreadsheet's wall clock, it runs
 * on with real time, so what is typed later is journalled later; it never runs backwards.
 */
import { Playground } from '../../tools/playground/playground';

test('the clock shows the time it was set to, runs with real time, and the edit trigger journals that time', () => {
  let real = 1_000_000;
  const pg = new Playground();
  pg.realNow = () => real;
  pg.loadSeed('plan-school-vsoko-2020', { date: '2020-01-13', time: '09:00' });
  expect([pg.today(), pg.time()]).toEqual(['2020-01-13', '09:00']);
  expect(pg.state().now).toBe('2020-01-13T06:00:00.000Z'); // Moscow, UTC+3
  real += 90 * 60_000 + 5_000;
  expect(pg.state().time).toBe('10:30');
  const plan = pg.state().workbook.sheets.find((s) => s.name === 'План')!;
  const status = plan.displayValues[0].indexOf('Статус');
  const r = pg.edit('План', `${String.fromCharCode(65 + status)}2`, 'Выполнено');
  expect(r.ok).toBe(true);
  const journal = r.state.workbook.sheets.find((s) => s.name === 'Журнал')!.displayValues;
  expect(journal[journal.length - 1][0]).toBe('13.01.2020 10:30');

  pg.setDate('2020-02-03', '18:45');
  expect(pg.state().time).toBe('18:45');
  pg.setDate('2020-02-04');
  expect([pg.today(), pg.time()]).toEqual(['2020-02-04', '18:45']);
  expect(() => pg.setDate('2020-02-04', '25:00')).toThrow('ЧЧ:ММ');
});
