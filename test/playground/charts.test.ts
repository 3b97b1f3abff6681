/**
 * The playground's charts (tools/playground/page/charts.ts): what the Сводка tab's pie and bars
 * show is read from the addChart spec Code.js sent and the cells of the ranges it names.
 */
import { STATE_COLORS } from '../../src/core/reports/style';
import { type ChartSnapshot, chartData, chartSvg, DEFAULT_PALETTE, niceStep } from '../../tools/playground/page/charts';
import { Playground } from '../../tools/playground/playground';

let pg: Playground;
beforeAll(() => {
  pg = new Playground();
  pg.loadSeed('plan-dou-vsoko-2021', { date: '2021-03-15' });
  pg.menu('menuReports');
}, 30_000);

function summary() {
  const wb = pg.state().workbook;
  const s = wb.sheets.find((x) => x.name === 'Отчёт: Сводка')!;
  return { wb, s, charts: s.charts as ChartSnapshot[] };
}

test('the pie: one slice a status, the counts of the «По статусам» block, Sheets’ default colours', () => {
  const { wb, s, charts } = summary();
  const pie = charts.find((c) => c.type === 'PIE')!;
  expect(pie.sent?.spec.pieChart).toBeDefined();
  const d = chartData(pie, s, wb);
  const top = s.displayValues.findIndex((r) => r[0] === 'По статусам');
  expect(d.kind).toBe('pie');
  expect(d.title).toBe('Мероприятия по статусам');
  expect(d.labels).toEqual(s.displayValues.slice(top + 1, top + 6).map((r) => r[0]));
  expect(d.series[0].values).toEqual(s.values.slice(top + 1, top + 6).map((r) => r[1]));
  expect([d.width, d.height]).toEqual([480, 300]);
  const svg = chartSvg(d);
  for (const [i, label] of d.labels.entries())
    if (d.series[0].values[i] > 0)
      expect(svg).toContain(`fill="${DEFAULT_PALETTE[i]}" class="slice" data-label="${label}"`);
});

test('the bars: stacked, one bar a stage, one series a status with its colour from the spec', () => {
  const { wb, s, charts } = summary();
  const bar = charts.find((c) => c.type === 'BAR')!;
  const d = chartData(bar, s, wb);
  const top = s.displayValues.findIndex((r) => r[0] === 'Этап');
  const stages = s.displayValues.slice(top + 1).findIndex((r) => r[0] === 'Итого');
  expect(d.kind).toBe('bar');
  expect(d.stacked).toBe(true);
  expect(d.legend).toBe('bottom');
  expect(d.labels).toEqual(s.displayValues.slice(top + 1, top + 1 + stages).map((r) => r[0]));
  expect(d.series.map((x) => x.name)).toEqual(s.displayValues[top].slice(1, 6));
  expect(d.series.map((x) => x.color)).toEqual([
    STATE_COLORS.done,
    STATE_COLORS['in-progress'],
    STATE_COLORS['not-started'],
    STATE_COLORS.overdue,
    STATE_COLORS.cancelled,
  ]);
  expect(d.series[2].values).toEqual(s.values.slice(top + 1, top + 1 + stages).map((r) => r[3]));
});

test('labels are escaped in the SVG; axis steps are round', () => {
  const svg = chartSvg({
    kind: 'column',
    title: '<script>alert(1)</script>',
    stacked: false,
    legend: 'bottom',
    width: 300,
    height: 200,
    labels: ['a & b', '"q"'],
    series: [{ name: '<b>', values: [3, 7], color: '#000000' }],
  });
  expect(svg).not.toMatch(/<script|<b>/);
  expect(svg).toContain('&lt;script&gt;');
  expect(svg).toContain('a &amp; b');
  expect([niceStep(7), niceStep(10), niceStep(43), niceStep(0)]).toEqual([2, 2, 10, 1]);
});
