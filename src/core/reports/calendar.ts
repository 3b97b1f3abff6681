import { type IsoDate, maxDate, minDate } from '../dates/calendar';
import { sayIn } from '../language';
import { periodIndex } from '../periods/calendar';
import { clampIndex } from '../periods/occurrences';
import { headersOf } from '../workbook/schema';
import { type Analysis, stageOf } from './analysis';
import { addHeading, type CellInput, GridBuilder, type StyledCell } from './grid';
import { occurrenceState, type ReportState, type Situation, shownAt, stateLabel } from './situation';
import { COLORS, STATE_COLORS, TAB_COLORS, TAB_NAMES } from './style';
import {
  type Axis,
  axisEnd,
  axisLabels,
  axisStart,
  COLUMN_WIDTH,
  chooseAxis,
  columnOf,
  describeAxis,
} from './timeline';
import type { ReportTab } from './types';

/** Russian, English (the plan's own headers). */
const FIXED: { label: [string, string]; width: number }[] = [
  { label: ['№', 'No.'], width: 50 },
  { label: headersOf('title'), width: 320 },
  { label: headersOf('responsible'), width: 180 },
  { label: headersOf('deadlineText'), width: 140 },
  { label: headersOf('status'), width: 100 },
];
const TITLE_COL = 2;

/** When two periods share a column, the one that needs attention wins the colour. */
const RANK: Record<ReportState, number> = { overdue: 5, 'in-progress': 4, 'not-started': 3, done: 2, cancelled: 1 };

/** Shared (never mutated) bar cells: one object per colour, not one per cell. */
const BAR_CELLS = Object.fromEntries(
  (Object.keys(STATE_COLORS) as ReportState[]).map((st) => [st, { value: null, background: STATE_COLORS[st] }]),
) as Record<ReportState, StyledCell>;

/** The days the timeline must cover: every activity's dates; for a recurrence its first, current and last period. */
function dateRange(an: Analysis): { min: IsoDate; max: IsoDate } | null {
  let min: IsoDate | null = null;
  let max: IsoDate | null = null;
  let unboundedRecurrence = false;
  const take = (d: IsoDate | null) => {
    min = minDate(min, d);
    max = maxDate(max, d);
  };
  for (const s of an.situations) {
    const r = s.recurring;
    if (!r) {
      take(s.activity.deadline.start);
      take(s.activity.deadline.end);
      continue;
    }
    if (r.first === null && r.last === null) {
      unboundedRecurrence = true;
      continue;
    }
    for (const i of [r.first, r.last, clampIndex(r, periodIndex(r.unit, an.today))]) {
      if (i === null) continue;
      const o = shownAt(r, i);
      take(o.start);
      take(o.end);
    }
  }
  if (min && max) return { min, max };
  // Only "ежегодно"-like rows without any date: show the current year, where their periods fall.
  if (unboundedRecurrence) return { min: `${an.today.slice(0, 4)}-01-01`, max: `${an.today.slice(0, 4)}-12-31` };
  return null;
}

/** Colours one activity's row: one bar, or one bar per period of a recurring activity. */
function bars(s: Situation, axis: Axis, today: IsoDate): (ReportState | null)[] {
  const out: (ReportState | null)[] = new Array(axis.count).fill(null);
  const paint = (from: IsoDate | null, to: IsoDate | null, state: ReportState) => {
    const a = from ?? to;
    const b = to ?? from;
    if (!a || !b) return;
    const [early, late] = a < b ? [a, b] : [b, a];
    let lo = columnOf(axis, early);
    let hi = columnOf(axis, late);
    if (hi < 0 || lo >= axis.count) return;
    lo = Math.max(lo, 0);
    hi = Math.min(hi, axis.count - 1);
    for (let c = lo; c <= hi; c++) {
      const cur = out[c];
      if (!cur || RANK[state] > RANK[cur]) out[c] = state;
    }
  };
  const r = s.recurring;
  if (!r) {
    paint(s.activity.deadline.start, s.activity.deadline.end, s.state);
    return out;
  }
  // Only the periods that can touch the axis (one of margin for occurrences shifted across a border).
  const lo = Math.max(r.first ?? -Infinity, periodIndex(r.unit, axisStart(axis)) - 1);
  const hi = Math.min(r.last ?? Infinity, periodIndex(r.unit, axisEnd(axis)) + 1);
  for (let i = lo; i <= hi; i++) {
    const occ = shownAt(r, i);
    paint(occ.start, occ.end, occurrenceState(s.activity, r, occ, today));
  }
  return out;
}

export function buildCalendar(an: Analysis): ReportTab {
  const range = dateRange(an);
  const axis = range ? chooseAxis(range.min, range.max) : null;
  const count = axis?.count ?? 0;
  const todayCol = axis ? columnOf(axis, an.today) : -1;
  const hasToday = axis !== null && todayCol >= 0 && todayCol < count;

  const g = new GridBuilder();
  const say = sayIn(an.lang);
  const name = TAB_NAMES[an.lang].calendar;
  const scale = axis
    ? describeAxis(axis, an.lang)
    : an.situations.length
      ? say(
          'в плане нет дат — шкалу времени строить не из чего',
          'the plan has no dates: there is no time scale to draw',
        )
      : null;
  addHeading(g, name, an.today, [an.title, scale], an.lang);

  // Legend: what each colour means, in the wide text columns.
  const legend = (st: ReportState) => ({ value: stateLabel(st, an.lang), background: STATE_COLORS[st] });
  g.add([
    { value: say('Цвета:', 'Colours:'), bold: true },
    legend('done'),
    legend('in-progress'),
    legend('not-started'),
    legend('overdue'),
  ]);
  g.add([
    null,
    legend('cancelled'),
    { value: say('Сегодня', 'Today'), background: COLORS.today, color: COLORS.todayText, bold: true },
    { value: say(...headersOf('stage')), background: COLORS.stageBand },
    { value: say('Сроки этапа', 'Stage dates'), background: COLORS.stageSpan },
  ]);

  const labels = axis ? axisLabels(axis, an.lang) : { upper: [], lower: [] };
  const headStyle = (c: number, text: string | null): CellInput =>
    c === todayCol && hasToday ? { value: text, background: COLORS.today, color: COLORS.todayText, bold: true } : text;
  g.add([...FIXED.map(() => null), ...labels.upper.map((t, c) => headStyle(c, t))], {
    background: COLORS.header,
    bold: true,
  });
  const headerLast = g.add(
    [...FIXED.map((f) => f.label[an.lang === 'en' ? 1 : 0]), ...labels.lower.map((t, c) => headStyle(c, t))],
    {
      background: COLORS.header,
      bold: true,
    },
  );

  const empty: CellInput[] = [];
  for (let c = 0; c < count; c++)
    empty.push(c === todayCol && hasToday ? { value: null, background: COLORS.todayColumn } : null);

  const activityRow = (s: Situation, cols: (ReportState | null)[] | null) => {
    const a = s.activity;
    const cells: CellInput[] = [
      a.number ?? null,
      a.title,
      a.responsible ?? '—',
      a.deadline.text || say('не указан', 'none'),
      { value: stateLabel(s.state, an.lang), background: STATE_COLORS[s.state] },
    ];
    for (let c = 0; c < count; c++) {
      const st = cols?.[c];
      cells.push(st ? BAR_CELLS[st] : empty[c]);
    }
    g.link(g.add(cells), TITLE_COL, a.id);
  };

  const bandRow = (label: string, span: [number, number] | null) => {
    const cells: CellInput[] = [null, { value: label, bold: true }, null, null, null];
    for (let c = 0; c < count; c++) {
      cells.push(span && c >= span[0] && c <= span[1] ? { value: null, background: COLORS.stageSpan } : null);
    }
    g.add(cells, { background: COLORS.stageBand });
  };

  // Stages in the order the plan first names them; activities in plan order inside a stage.
  const groups = new Map<string, { s: Situation; cols: (ReportState | null)[] }[]>();
  const undated: Situation[] = [];
  const anyStage = an.situations.some((s) => s.activity.stage?.trim());
  for (const s of an.situations) {
    if (s.undated || !axis) {
      undated.push(s);
      continue;
    }
    const key = anyStage ? stageOf(s.activity, an.lang) : '';
    let list = groups.get(key);
    if (!list) {
      list = [];
      groups.set(key, list);
    }
    list.push({ s, cols: bars(s, axis, an.today) });
  }
  for (const [stage, list] of groups) {
    if (anyStage) {
      let lo = Infinity;
      let hi = -Infinity;
      for (const { cols } of list) {
        for (let c = 0; c < count; c++) {
          if (cols[c]) {
            lo = Math.min(lo, c);
            hi = Math.max(hi, c);
          }
        }
      }
      bandRow(stage, lo <= hi ? [lo, hi] : null);
    }
    for (const { s, cols } of list) activityRow(s, cols);
  }
  if (undated.length > 0) {
    bandRow(
      say(
        `Без срока (${undated.length}): по мере необходимости, постоянно или срок не указан`,
        `No deadline (${undated.length}): as needed, ongoing or none given`,
      ),
      null,
    );
    for (const s of undated) activityRow(s, null);
  }
  if (an.situations.length === 0)
    g.add([null, { value: say('В плане нет мероприятий.', 'The plan has no activities.'), color: COLORS.muted }]);

  const unitWidth = axis ? COLUMN_WIDTH[axis.unit] : 0;
  return {
    name,
    asOf: an.today,
    ...g.build(FIXED.length + count),
    columnWidths: [...FIXED.map((f) => f.width), ...new Array(count).fill(unitWidth)],
    frozenRows: headerLast,
    frozenColumns: TITLE_COL,
    links: g.links,
    charts: [],
    tabColor: TAB_COLORS.calendar,
  };
}
