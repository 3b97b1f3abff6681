import { addDays, formatRu, type IsoDate } from '../dates/calendar';
import { type Analysis, stageOf, UPCOMING_DAYS } from './analysis';
import { addHeading, type CellInput, GridBuilder, headerRow } from './grid';
import { type ReportState, type Situation, STATE_LABELS } from './situation';
import { COLORS, STATE_COLORS, TAB_COLORS, TAB_NAMES } from './style';
import type { ReportTab } from './types';

/** One line of the overdue or upcoming list. */
interface ListItem {
  situation: Situation;
  state: ReportState;
  due: IsoDate;
  days: number;
  periodLabel: string | null;
}

const COLUMNS = [
  { label: '№ п/п', width: 50 },
  { label: '№ в плане', width: 70 },
  { label: 'Мероприятие', width: 380 },
  { label: 'Этап', width: 170 },
  { label: 'Ответственные', width: 220 },
  { label: 'Срок (как в документе)', width: 160 },
  { label: 'Период', width: 130 },
  { label: 'Окончание', width: 95 },
  { label: '', width: 95 }, // days late / days left: the label depends on the list
  { label: 'Статус', width: 110 },
  { label: 'Ссылка', width: 100 },
];
const LINK_COL = COLUMNS.length;
export const LINK_TEXT = '→ в План';

function listTab(
  an: Analysis,
  name: string,
  daysLabel: string,
  items: ListItem[],
  countNote: string,
  emptyNote: string,
  tabColor: string,
  daysColor: string | null,
): ReportTab {
  const g = new GridBuilder();
  addHeading(g, name, an.today, [an.title]);
  g.add([{ value: countNote, bold: true }]);
  const header = headerRow(
    g,
    COLUMNS.map((c, i) => (i === 8 ? daysLabel : c.label)),
  );
  items.forEach((it, i) => {
    const a = it.situation.activity;
    const cells: CellInput[] = [
      i + 1,
      a.number ?? null,
      a.title,
      stageOf(a),
      a.responsible ?? '—',
      a.deadline.text || null,
      it.periodLabel,
      formatRu(it.due),
      { value: it.days, color: daysColor, bold: daysColor !== null },
      { value: STATE_LABELS[it.state], background: STATE_COLORS[it.state] },
      { value: LINK_TEXT, color: '#1155cc' },
    ];
    const row = g.add(cells);
    g.link(row, LINK_COL, a.id);
  });
  if (items.length === 0) g.add([null, null, { value: emptyNote, color: COLORS.muted }]);
  return {
    name,
    asOf: an.today,
    ...g.build(COLUMNS.length),
    columnWidths: COLUMNS.map((c) => c.width),
    frozenRows: header,
    links: g.links,
    charts: [],
    tabColor,
  };
}

/** Overdue now: the most late first. A recurring activity is judged by its current period only. */
export function buildOverdue(an: Analysis): ReportTab {
  const items: ListItem[] = an.situations
    .filter((s) => s.state === 'overdue' && s.due)
    .map((s) => ({
      situation: s,
      state: s.state,
      due: s.due!,
      days: -s.daysLeft!,
      periodLabel: s.period?.label ?? null,
    }))
    .sort((a, b) => b.days - a.days || a.situation.order - b.situation.order);
  return listTab(
    an,
    TAB_NAMES.overdue,
    'Дней просрочки',
    items,
    `Просрочено мероприятий: ${items.length}`,
    'Просроченных мероприятий нет.',
    TAB_COLORS.overdue,
    COLORS.overdueText,
  );
}

/** Open deadlines from today to today + 14 days, the nearest first (0 days left = due today). */
export function buildUpcoming(an: Analysis): ReportTab {
  const items: ListItem[] = an.upcoming.map((u) => ({
    situation: u.situation,
    state: u.state,
    due: u.due,
    days: u.daysLeft,
    periodLabel: u.periodLabel,
  }));
  const until = formatRu(addDays(an.today, UPCOMING_DAYS));
  return listTab(
    an,
    TAB_NAMES.upcoming,
    'Дней осталось',
    items,
    `Сроки с ${formatRu(an.today)} по ${until}: ${items.length}`,
    `С ${formatRu(an.today)} по ${until} сроков нет.`,
    TAB_COLORS.upcoming,
    null,
  );
}
