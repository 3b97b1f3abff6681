import { formatRu, type IsoDate } from '../dates/calendar';
import { sayIn } from '../language';
import { problemDetail, unknownProblems } from '../people/problem-words';
import { headersOf } from '../workbook/schema';
import { type Analysis, compareRu, stageOf, UPCOMING_DAYS } from './analysis';
import { addHeading, GridBuilder, headerRow } from './grid';
import { isOpen, type ReportState, STATE_ORDER, stateLabel } from './situation';
import { COLORS, FORMAT, STATE_COLORS, TAB_COLORS, TAB_NAMES } from './style';
import type { ChartSpec, ReportTab } from './types';

type Counts = Record<ReportState, number>;
const zero = (): Counts => ({ done: 0, 'in-progress': 0, overdue: 0, 'not-started': 0, cancelled: 0 });
const sum = (c: Counts) => STATE_ORDER.reduce((n, s) => n + c[s], 0);

/** Share done among what is still meant to happen (cancelled activities do not count). */
function doneShare(c: Counts): number | null {
  const base = sum(c) - c.cancelled;
  return base > 0 ? c.done / base : null;
}

/** A share as a fraction shown with the '0%' format; rounded so the cell holds no float noise. */
const pct = (v: number | null) =>
  v === null ? '—' : { value: Math.round(v * 10_000) / 10_000, format: FORMAT.percent };

interface PersonRow {
  name: string;
  /** Why this text of the plan reaches nobody (null: a person found in Сотрудники). */
  problem: string | null;
  assigned: number;
  done: number;
  overdue: number;
  nearest: IsoDate | null;
}

function byPerson(an: Analysis): PersonRow[] {
  const rows = new Map<string, PersonRow>();
  const get = (key: string, name: string, problem: string | null) => {
    let r = rows.get(key);
    if (!r) {
      r = { name, problem, assigned: 0, done: 0, overdue: 0, nearest: null };
      rows.set(key, r);
    }
    return r;
  };
  an.situations.forEach((s, i) => {
    const rec = an.recipients[i];
    const targets = [
      ...rec.names.map((n) => get(`p:${n}`, n, null)),
      ...(rec.problems ?? unknownProblems(rec.unresolved)).map((p) =>
        get(`u:${p.kind}:${p.text}`, p.text, problemDetail(p, an.lang)),
      ),
    ];
    if (targets.length === 0)
      targets.push(
        get(
          'none',
          sayIn(an.lang)('Без ответственного', 'No responsible'),
          sayIn(an.lang)('в плане не указан', 'none in the plan'),
        ),
      );
    // One activity counts once per person even when the text names them twice.
    for (const r of new Set(targets)) {
      r.assigned++;
      if (s.state === 'done') r.done++;
      if (s.state === 'overdue') r.overdue++;
      if (isOpen(s.state) && s.due && s.due >= an.today && (!r.nearest || s.due < r.nearest)) r.nearest = s.due;
    }
  });
  return [...rows.values()].sort(
    (a, b) => b.overdue - a.overdue || b.assigned - a.assigned || compareRu(a.name, b.name),
  );
}

export function buildSummary(an: Analysis): ReportTab {
  const say = sayIn(an.lang);
  const name = TAB_NAMES[an.lang].summary;
  const label = (st: ReportState) => stateLabel(st, an.lang);
  const total_ = say('Итого', 'Total');
  const g = new GridBuilder();
  addHeading(g, name, an.today, [an.title], an.lang);
  g.add();

  const total = zero();
  const stages = new Map<string, Counts>();
  let undated = 0;
  for (const s of an.situations) {
    total[s.state]++;
    const stage = stageOf(s.activity, an.lang);
    let c = stages.get(stage);
    if (!c) {
      c = zero();
      stages.set(stage, c);
    }
    c[s.state]++;
    if (s.undated) undated++;
  }
  const n = an.situations.length;
  const soon = an.upcoming.length;

  g.add([{ value: say('Ключевые показатели', 'Key figures'), bold: true }], { background: COLORS.section });
  g.add([say('Всего мероприятий', 'Activities'), n]);
  g.add([say('Выполнено, % (без отменённых)', 'Done, % (without cancelled)'), pct(doneShare(total))]);
  g.add([label('overdue'), { value: total.overdue, color: total.overdue > 0 ? COLORS.overdueText : null, bold: true }]);
  g.add([say(`Сроки в ближайшие ${UPCOMING_DAYS} дней`, `Deadlines in the next ${UPCOMING_DAYS} days`), soon]);
  g.add([say('Без срока', 'No deadline'), undated]);
  if (n === 0)
    g.add([
      {
        value: say(
          'В плане нет мероприятий: импортируйте план, затем обновите отчёты.',
          'The plan has no activities: import the plan, then refresh the reports.',
        ),
        color: COLORS.muted,
      },
    ]);
  g.add();

  // Status block: also the data of the pie chart (header row + one row per status).
  const statusTop = headerRow(g, [say('По статусам', 'By status'), say('Количество', 'Count'), say('Доля', 'Share')]);
  for (const st of STATE_ORDER) {
    g.add([{ value: label(st), background: STATE_COLORS[st] }, total[st], pct(n ? total[st] / n : null)]);
  }
  g.add([total_, n, pct(n ? 1 : null)], { bold: true });
  g.add();

  // Stage block: its first six columns are the data of the stacked bar chart.
  const stageCols = [
    say(...headersOf('stage')),
    ...STATE_ORDER.map(label),
    say('Всего', 'All'),
    say('% выполнения', '% done'),
  ];
  const stageTop = headerRow(g, stageCols);
  for (const [stage, c] of stages) {
    g.add([stage, ...STATE_ORDER.map((s) => c[s]), sum(c), pct(doneShare(c))]);
  }
  if (stages.size > 0) {
    g.add([total_, ...STATE_ORDER.map((s) => total[s]), n, pct(doneShare(total))], { bold: true });
  }
  g.add();

  headerRow(g, [
    say('Ответственный', 'Responsible'),
    say('Назначено', 'Assigned'),
    label('done'),
    label('overdue'),
    say('Ближайший срок', 'Next deadline'),
    say('Примечание', 'Note'),
  ]);
  const people = byPerson(an);
  for (const p of people) {
    g.add([
      p.name,
      p.assigned,
      p.done,
      { value: p.overdue, color: p.overdue > 0 ? COLORS.overdueText : null },
      formatRu(p.nearest) || '—',
      p.problem,
    ]);
  }
  if (people.length === 0) g.add([{ value: say('Нет данных.', 'No data.'), color: COLORS.muted }]);

  const charts: ChartSpec[] = [];
  const chartCol = stageCols.length + 2;
  if (n > 0) {
    charts.push({
      kind: 'pie',
      title: say('Мероприятия по статусам', 'Activities by status'),
      range: { row: statusTop, col: 1, numRows: STATE_ORDER.length + 1, numColumns: 2 },
      position: { row: 4, col: chartCol },
      colors: STATE_ORDER.map((s) => STATE_COLORS[s]),
      width: 480,
      height: 300,
    });
  }
  if (stages.size > 0) {
    charts.push({
      kind: 'stacked-bar',
      title: say('Выполнение по этапам', 'Progress by stage'),
      range: { row: stageTop, col: 1, numRows: stages.size + 1, numColumns: STATE_ORDER.length + 1 },
      position: { row: 20, col: chartCol },
      colors: STATE_ORDER.map((s) => STATE_COLORS[s]),
      width: 480,
      height: Math.min(600, 120 + 28 * stages.size),
    });
  }

  // One spacer column keeps the charts off the tables; the tab has it so the anchor column exists.
  const width = stageCols.length + 1;
  return {
    name,
    asOf: an.today,
    ...g.build(width),
    columnWidths: [300, ...new Array(stageCols.length - 1).fill(100), 24],
    frozenRows: 0,
    links: g.links,
    charts,
    tabColor: TAB_COLORS.summary,
  };
}
