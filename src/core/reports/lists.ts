import { addDays, formatRu, type IsoDate } from '../dates/calendar';
import { sayIn } from '../language';
import { headersOf } from '../workbook/schema';
import { type Analysis, stageOf, UPCOMING_DAYS } from './analysis';
import { addHeading, type CellInput, GridBuilder, headerRow } from './grid';
import { type ReportState, type Situation, stateLabel } from './situation';
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

/** Russian, English (the plan's own headers where the column is one of its); the ninth (days late / days left) depends on the list. */
const COLUMNS: { label: [string, string]; width: number }[] = [
  { label: ['№ п/п', 'No.'], width: 50 },
  { label: ['№ в плане', 'No. in the plan'], width: 70 },
  { label: headersOf('title'), width: 380 },
  { label: headersOf('stage'), width: 170 },
  { label: headersOf('responsible'), width: 220 },
  { label: headersOf('deadlineText'), width: 160 },
  { label: ['Период', 'Period'], width: 130 },
  { label: ['Окончание', 'Due'], width: 95 },
  { label: ['', ''], width: 95 },
  { label: headersOf('status'), width: 110 },
  { label: ['Ссылка', 'Link'], width: 100 },
];
const LINK_COL = COLUMNS.length;
/** The link to the activity's row in the План tab (its name stays Russian in both languages). */
export const linkText = (lang: 'ru' | 'en') => sayIn(lang)('→ в План', '→ to План');

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
  const link = linkText(an.lang);
  addHeading(g, name, an.today, [an.title], an.lang);
  g.add([{ value: countNote, bold: true }]);
  const header = headerRow(
    g,
    COLUMNS.map((c, i) => (i === 8 ? daysLabel : c.label[an.lang === 'en' ? 1 : 0])),
  );
  items.forEach((it, i) => {
    const a = it.situation.activity;
    const cells: CellInput[] = [
      i + 1,
      a.number ?? null,
      a.title,
      stageOf(a, an.lang),
      a.responsible ?? '—',
      a.deadline.text || null,
      it.periodLabel,
      formatRu(it.due),
      { value: it.days, color: daysColor, bold: daysColor !== null },
      { value: stateLabel(it.state, an.lang), background: STATE_COLORS[it.state] },
      { value: link, color: '#1155cc' },
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
  const say = sayIn(an.lang);
  return listTab(
    an,
    TAB_NAMES[an.lang].overdue,
    say('Дней просрочки', 'Days late'),
    items,
    say(`Просрочено мероприятий: ${items.length}`, `Activities overdue: ${items.length}`),
    say('Просроченных мероприятий нет.', 'No activity is overdue.'),
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
  const from = formatRu(an.today);
  const until = formatRu(addDays(an.today, UPCOMING_DAYS));
  const say = sayIn(an.lang);
  return listTab(
    an,
    TAB_NAMES[an.lang].upcoming,
    say('Дней осталось', 'Days left'),
    items,
    say(`Сроки с ${from} по ${until}: ${items.length}`, `Deadlines from ${from} to ${until}: ${items.length}`),
    say(`С ${from} по ${until} сроков нет.`, `No deadline from ${from} to ${until}.`),
    TAB_COLORS.upcoming,
    null,
  );
}
