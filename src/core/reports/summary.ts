import { formatRu, type IsoDate } from '../dates/calendar';
import { problemDetail, unknownProblems } from '../people/problem-words';
import { type Analysis, compareRu, stageOf, UPCOMING_DAYS } from './analysis';
import { addHeading, GridBuilder, headerRow } from './grid';
import { isOpen, type ReportState, STATE_LABELS, STATE_ORDER } from './situation';
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

const NOBODY = 'Без ответственного';

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
        get(`u:${p.kind}:${p.text}`, p.text, problemDetail(p)),
      ),
    ];
    if (targets.length === 0) targets.push(get('none', NOBODY, null));
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
  const g = new GridBuilder();
  addHeading(g, TAB_NAMES.summary, an.today, [an.title]);
  g.add();

  const total = zero();
  const stages = new Map<string, Counts>();
  let undated = 0;
  for (const s of an.situations) {
    total[s.state]++;
    const name = stageOf(s.activity);
    let c = stages.get(name);
    if (!c) {
      c = zero();
      stages.set(name, c);
    }
    c[s.state]++;
    if (s.undated) undated++;
  }
  const n = an.situations.length;
  const soon = an.upcoming.length;

  g.add([{ value: 'Ключевые показатели', bold: true }], { background: COLORS.section });
  g.add(['Всего мероприятий', n]);
  g.add(['Выполнено, % (без отменённых)', pct(doneShare(total))]);
  g.add(['Просрочено', { value: total.overdue, color: total.overdue > 0 ? COLORS.overdueText : null, bold: true }]);
  g.add([`Сроки в ближайшие ${UPCOMING_DAYS} дней`, soon]);
  g.add(['Без срока', undated]);
  if (n === 0)
    g.add([{ value: 'В плане нет мероприятий: импортируйте план, затем обновите отчёты.', color: COLORS.muted }]);
  g.add();

  // Status block: also the data of the pie chart (header row + one row per status).
  const statusTop = headerRow(g, ['По статусам', 'Количество', 'Доля']);
  for (const st of STATE_ORDER) {
    g.add([{ value: STATE_LABELS[st], background: STATE_COLORS[st] }, total[st], pct(n ? total[st] / n : null)]);
  }
  g.add(['Итого', n, pct(n ? 1 : null)], { bold: true });
  g.add();

  // Stage block: its first six columns are the data of the stacked bar chart.
  const stageCols = ['Этап', ...STATE_ORDER.map((s) => STATE_LABELS[s]), 'Всего', '% выполнения'];
  const stageTop = headerRow(g, stageCols);
  for (const [name, c] of stages) {
    g.add([name, ...STATE_ORDER.map((s) => c[s]), sum(c), pct(doneShare(c))]);
  }
  if (stages.size > 0) {
    g.add(['Итого', ...STATE_ORDER.map((s) => total[s]), n, pct(doneShare(total))], { bold: true });
  }
  g.add();

  headerRow(g, ['Ответственный', 'Назначено', 'Выполнено', 'Просрочено', 'Ближайший срок', 'Примечание']);
  const people = byPerson(an);
  for (const p of people) {
    g.add([
      p.name,
      p.assigned,
      p.done,
      { value: p.overdue, color: p.overdue > 0 ? COLORS.overdueText : null },
      formatRu(p.nearest) || '—',
      p.problem ? p.problem : p.name === NOBODY ? 'в плане не указан' : null,
    ]);
  }
  if (people.length === 0) g.add([{ value: 'Нет данных.', color: COLORS.muted }]);

  const charts: ChartSpec[] = [];
  const chartCol = stageCols.length + 2;
  if (n > 0) {
    charts.push({
      kind: 'pie',
      title: 'Мероприятия по статусам',
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
      title: 'Выполнение по этапам',
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
    name: TAB_NAMES.summary,
    asOf: an.today,
    ...g.build(width),
    columnWidths: [300, ...new Array(stageCols.length - 1).fill(100), 24],
    frozenRows: 0,
    links: g.links,
    charts,
    tabColor: TAB_COLORS.summary,
  };
}
