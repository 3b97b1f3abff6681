/**
 * The roll-up as three generated tabs, in the report tabs' cell conventions (src/core/reports/
 * types.ts): every non-number is text (format '@', never a formula), dates are «дд.мм.гггг» text,
 * shares are fractions in '0%'. Written by src/core/sheet/rollup-requests.ts.
 */
import { formatRu } from '../dates/calendar';
import { addHeading, type CellInput, GridBuilder, headerRow } from '../reports/grid';
import { type ReportState, stateLabel } from '../reports/situation';
import { COLORS, FORMAT, STATE_COLORS } from '../reports/style';
import type { ChartSpec, ReportTab } from '../reports/types';
import { shorten } from '../shorten';
import { ANSWER_LABEL, KEY_LABEL, proposalKey } from './confirm';
import { METHOD_LABELS } from './organisations';
import type { OrgStanding, Rollup } from './rollup';

export const ROLLUP_TAB_NAMES = {
  organisations: 'Свод по организациям',
  activities: 'Свод по мероприятиям',
  overdue: 'Свод: Просрочено',
} as const;

const TAB_COLOR = { organisations: '#1a73e8', activities: '#6aa84f', overdue: '#cc0000' } as const;

/** A link cell's key: the organisation's spreadsheet (the adapter turns it into its URL). */
export const SHEET_LINK = 'sheet:';
export const sheetLinkKey = (spreadsheetId: string) => `${SHEET_LINK}${spreadsheetId}`;

/** A cell holds at most 50,000 characters (Sheets); names lists stay well under it. */
const NAMES_MAX = 20_000;

/** Organisation names in one cell: «…» and how many more when the list is too long. */
export function namesCell(names: readonly string[]): string {
  const all = names.join(', ');
  if (all.length <= NAMES_MAX) return all;
  let shown = 0;
  let len = 0;
  while (shown < names.length && len + names[shown].length + 2 < NAMES_MAX - 40) len += names[shown++].length + 2;
  return `${names.slice(0, shown).join(', ')} … и ещё ${names.length - shown}`;
}

const pct = (done: number, base: number): CellInput =>
  base > 0 ? { value: Math.round((done / base) * 10_000) / 10_000, format: FORMAT.percent } : '—';

/** The roll-up's state in words, for the note under the heading. */
function completeness(r: Rollup): string {
  if (r.read < r.total)
    return `Свод неполный: прочитано ${r.read} из ${r.total} организаций, остальные — при следующем обновлении`;
  return `Прочитано организаций: ${r.read} из ${r.total}`;
}

/** What the «Состояние» column says about one organisation. */
export function standingText(o: OrgStanding): string {
  if (o.pending) return 'ещё не прочитано';
  if (o.error) return o.error;
  const parts = ['прочитано'];
  if (o.proposals.length) parts.push(`ждут подтверждения сопоставления: ${o.proposals.length}`);
  const foreign = o.unmatched.filter((u) => !u.declined).length;
  if (foreign) parts.push(`строк не из муниципального плана: ${foreign}`);
  return parts.join('; ');
}

const COUNTED: readonly ReportState[] = ['done', 'in-progress', 'not-started', 'overdue'];

export function buildOrganisationsTab(r: Rollup, title: string | null = null): ReportTab {
  const name = ROLLUP_TAB_NAMES.organisations;
  const g = new GridBuilder();
  addHeading(g, name, r.today, [title, completeness(r)]);
  const labels = [
    '№',
    'Организация',
    ...COUNTED.map((s) => stateLabel(s, 'ru')),
    'Нет в плане',
    'Мероприятий',
    '% выполнения',
    'Последняя отметка',
    'E-mail координатора',
    'Способ',
    'Состояние',
  ];
  const head = headerRow(g, labels);
  r.organisations.forEach((o, i) => {
    const bad = o.error !== null;
    const row = g.add([
      i + 1,
      { value: o.org.name, color: o.org.spreadsheetId ? '#1155cc' : null },
      ...COUNTED.map(
        (s): CellInput =>
          bad || o.pending
            ? null
            : { value: o.counts[s], background: o.counts[s] && s === 'overdue' ? STATE_COLORS.overdue : null },
      ),
      bad || o.pending ? null : o.missing,
      bad || o.pending ? null : o.total,
      bad || o.pending ? null : pct(o.counts.done, o.total - o.counts.cancelled),
      o.lastChange ? formatRu(o.lastChange) : null,
      o.org.email || null,
      METHOD_LABELS[o.org.method],
      { value: standingText(o), color: bad ? COLORS.overdueText : o.pending ? COLORS.muted : null, bold: bad },
    ]);
    if (o.org.spreadsheetId) g.link(row, 2, sheetLinkKey(o.org.spreadsheetId));
  });
  if (!r.organisations.length)
    g.add([null, { value: 'Во вкладке «Организации» нет ни одной организации.', color: COLORS.muted }]);
  const last = g.nextRow - 1;

  const charts: ChartSpec[] = [];
  if (r.organisations.some((o) => !o.error && !o.pending))
    charts.push({
      kind: 'stacked-bar',
      title: 'Мероприятия по организациям',
      range: { row: head, col: 2, numRows: last - head + 1, numColumns: 1 + COUNTED.length },
      position: { row: head, col: labels.length + 2 },
      colors: COUNTED.map((s) => STATE_COLORS[s]),
      width: 560,
      height: Math.min(1800, 120 + 22 * r.organisations.length),
    });

  const waiting = r.organisations.flatMap((o) => o.proposals.map((p) => ({ o, p })));
  if (waiting.length) {
    g.add();
    g.add([{ value: `Сопоставление ждёт подтверждения: ${waiting.length}`, bold: true }]);
    g.add([
      {
        value:
          'Впишите «да» (это то же мероприятие) или «нет» (его нет в муниципальном плане) в столбец «Ответ», затем «Свод → Подтвердить сопоставления».',
        color: COLORS.muted,
      },
    ]);
    headerRow(g, [
      '№',
      'Организация',
      '№ в её плане',
      'Мероприятие в её плане',
      'Предложено: мероприятие',
      'Уверенность',
      ANSWER_LABEL,
      KEY_LABEL,
    ]);
    const byId = new Map(r.activities.map((a) => [a.activity.id, a.activity]));
    waiting.forEach(({ o, p }, i) => {
      const a = byId.get(p.activityId);
      g.add([
        i + 1,
        o.org.name,
        p.row.number ?? null,
        p.row.title,
        a ? `${a.number ? `${a.number} ` : ''}${a.title}` : null,
        { value: p.confidence, format: FORMAT.percent },
        null,
        o.org.spreadsheetId
          ? { value: proposalKey(o.org.spreadsheetId, p.rowKey, p.activityId), color: COLORS.muted }
          : null,
      ]);
    });
  }
  const foreign = r.organisations.flatMap((o) => o.unmatched.filter((u) => !u.declined).map((u) => ({ o, u })));
  if (foreign.length) {
    g.add();
    g.add([{ value: `Строки, которых нет в муниципальном плане: ${foreign.length}`, bold: true }]);
    headerRow(g, ['№', 'Организация', '№ в её плане', 'Мероприятие в её плане']);
    foreign.forEach(({ o, u }, i) => {
      g.add([i + 1, o.org.name, u.row.number ?? null, u.row.title]);
    });
  }
  return {
    name,
    asOf: r.today,
    ...g.build(labels.length),
    columnWidths: [40, 260, 90, 80, 90, 95, 90, 95, 95, 110, 220, 150, 320],
    frozenRows: head,
    frozenColumns: 2,
    links: g.links,
    charts,
    tabColor: TAB_COLOR.organisations,
  };
}

export function buildActivitiesTab(r: Rollup, title: string | null = null): ReportTab {
  const name = ROLLUP_TAB_NAMES.activities;
  const g = new GridBuilder();
  addHeading(g, name, r.today, [title, completeness(r)]);
  const labels = [
    '№ в плане',
    'Мероприятие',
    'Срок (как в документе)',
    ...COUNTED.map((s) => stateLabel(s, 'ru')),
    'Нет в плане',
    '% выполнения',
    'Просрочили',
    'Не начали',
    'Выполнили',
  ];
  const head = headerRow(g, labels);
  for (const a of r.activities) {
    const n = (s: ReportState) => a.byState[s].length;
    const base = COUNTED.reduce((x, s) => x + n(s), 0);
    g.add([
      a.activity.number ?? null,
      a.activity.title,
      a.activity.deadline.text || null,
      ...COUNTED.map(
        (s): CellInput => ({ value: n(s), background: n(s) && s === 'overdue' ? STATE_COLORS.overdue : null }),
      ),
      a.missing.length,
      pct(n('done'), base),
      { value: namesCell(a.byState.overdue) || null, color: COLORS.overdueText },
      namesCell(a.byState['not-started']) || null,
      namesCell(a.byState.done) || null,
    ]);
  }
  if (!r.activities.length)
    g.add([null, { value: 'В муниципальном плане нет мероприятий для организаций.', color: COLORS.muted }]);
  return {
    name,
    asOf: r.today,
    ...g.build(labels.length),
    columnWidths: [70, 360, 150, 90, 80, 90, 95, 90, 95, 260, 260, 260],
    frozenRows: head,
    frozenColumns: 2,
    links: [],
    charts: [],
    tabColor: TAB_COLOR.activities,
  };
}

export function buildOverdueTab(r: Rollup, title: string | null = null): ReportTab {
  const name = ROLLUP_TAB_NAMES.overdue;
  const g = new GridBuilder();
  addHeading(g, name, r.today, [title, completeness(r)]);
  g.add([{ value: `Просрочено: ${r.overdue.length}`, bold: true }]);
  const labels = [
    '№ п/п',
    'Организация',
    '№ в плане',
    'Мероприятие',
    'Ответственные',
    'Период',
    'Срок',
    'Дней просрочки',
    'E-mail координатора',
  ];
  const head = headerRow(g, labels);
  r.overdue.forEach((x, i) => {
    const row = g.add([
      i + 1,
      { value: x.org.name, color: x.org.spreadsheetId ? '#1155cc' : null },
      x.activity.number ?? null,
      shorten(x.activity.title, 1_000),
      x.row.responsible ?? '—',
      x.period,
      formatRu(x.due),
      { value: x.daysLate, color: COLORS.overdueText, bold: true },
      x.org.email || null,
    ]);
    if (x.org.spreadsheetId) g.link(row, 2, sheetLinkKey(x.org.spreadsheetId));
  });
  if (!r.overdue.length) g.add([null, { value: 'Просроченных мероприятий нет.', color: COLORS.muted }]);
  return {
    name,
    asOf: r.today,
    ...g.build(labels.length),
    columnWidths: [50, 240, 70, 380, 220, 120, 95, 95, 220],
    frozenRows: head,
    links: g.links,
    charts: [],
    tabColor: TAB_COLOR.overdue,
  };
}

/** The three tabs, in the order they are shown. */
export function buildRollupTabs(r: Rollup, title: string | null = null): ReportTab[] {
  return [buildOrganisationsTab(r, title), buildActivitiesTab(r, title), buildOverdueTab(r, title)];
}
