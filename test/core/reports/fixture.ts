import type { Deadline } from '../../../src/core/deadline/types';
import { COLORS, STATE_COLORS } from '../../../src/core/reports/style';
import type { ReportInput, ReportTab } from '../../../src/core/reports/types';
import type { TrackedActivity } from '../../../src/core/tracking/types';

/** Test helpers for the report builder: synthetic tracked activities and a readable tab dump. */
export function deadline(p: Partial<Deadline> = {}): Deadline {
  return { text: '', start: null, end: null, recurrence: 'none', inherited: false, problem: null, ...p };
}

let seq = 0;
export function act(p: Partial<TrackedActivity> & { deadline?: Deadline } = {}): TrackedActivity {
  seq++;
  return {
    id: p.id ?? `a${seq}`,
    number: null,
    stage: null,
    section: null,
    group: null,
    title: `Мероприятие ${seq}`,
    result: null,
    tools: null,
    responsible: 'Иванова И.И.',
    deadline: deadline(),
    status: 'not-started',
    doneDate: null,
    doneBy: null,
    comment: null,
    donePeriods: [],
    ...p,
  };
}

/** Everyone named in the responsible text is "resolved" unless the text says "неизвестный". */
export const recipientsOf: ReportInput['recipientsOf'] = (a) => {
  const parts = (a.responsible ?? '')
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    names: parts.filter((p) => !/неизвестн/i.test(p)),
    unresolved: parts.filter((p) => /неизвестн/i.test(p)),
  };
};

export function input(activities: TrackedActivity[], p: Partial<ReportInput> = {}): ReportInput {
  return { activities, recipientsOf, today: '2021-03-15', title: 'План-график ВСОКО 2021', ...p };
}

export const tab = (tabs: ReportTab[], name: string) => {
  const t = tabs.find((x) => x.name === name);
  if (!t) throw new Error(`no tab ${name}`);
  return t;
};

/** 1-based cell value. */
export const cell = (t: ReportTab, row: number, col: number) => t.values[row - 1][col - 1];

/** First row (1-based) whose cells include `text`, or -1. */
export const rowWith = (t: ReportTab, text: string) => t.values.findIndex((r) => r.includes(text)) + 1;

const CODES: Record<string, string> = {
  [STATE_COLORS.done]: 'D',
  [STATE_COLORS['in-progress']]: 'P',
  [STATE_COLORS.overdue]: 'O',
  [STATE_COLORS['not-started']]: 'N',
  [STATE_COLORS.cancelled]: 'C',
  [COLORS.header]: 'h',
  [COLORS.stageBand]: 's',
  [COLORS.stageSpan]: 'S',
  [COLORS.today]: 'T',
  [COLORS.todayColumn]: 't',
  [COLORS.section]: 'x',
};

/**
 * A tab as reviewable text for snapshots: every row's values, then one code per cell for its
 * background (status letters, '.' none, '*' other colour), weight, colour and format. Any change
 * to any attribute changes the snapshot.
 */
export function dump(t: ReportTab): string {
  const lines = [
    `${t.name} @ ${t.asOf}; frozen ${t.frozenRows}/${t.frozenColumns ?? 0}; tab ${t.tabColor ?? '-'}`,
    `widths ${t.columnWidths.join(',')}`,
    `links ${t.links.map((l) => `${l.row}:${l.col}=${l.activityId}`).join(' ')}`,
    `charts ${JSON.stringify(t.charts)}`,
  ];
  t.values.forEach((row, r) => {
    lines.push(`${r + 1}| ${row.map((v) => (v === null ? '' : String(v))).join(' | ')}`);
    const bg = t.backgrounds[r].map((b) => (b === null ? '.' : (CODES[b] ?? '*'))).join('');
    const fw = t.fontWeights[r].map((w) => (w === 'bold' ? 'b' : '.')).join('');
    const fc = t.fontColors[r].map((c) => (c === null ? '.' : '*')).join('');
    const nf = t.numberFormats[r].map((f) => (f === '@' ? 't' : f === '0' ? 'n' : f === '0%' ? '%' : '?')).join('');
    lines.push(`   bg ${bg} fw ${fw} fc ${fc} nf ${nf}`);
  });
  return lines.join('\n');
}

const d = (text: string, start: string | null, end: string | null) => deadline({ text, start, end });

/** A small plan touching every case the tabs distinguish. */
export function samplePlan(): TrackedActivity[] {
  return [
    act({
      id: 's1',
      stage: 'Нормативно-установочный',
      number: '1',
      title: 'Издание приказа',
      deadline: d('18.01-31.01.2021', '2021-01-18', '2021-01-31'),
      status: 'done',
      doneDate: '2021-01-25',
    }),
    act({
      id: 's2',
      stage: 'Нормативно-установочный',
      number: '2',
      title: 'Разъяснительная работа',
      deadline: d('18.01-31.01.2021', '2021-01-18', '2021-01-31'),
      responsible: 'Петров П.П., Сидорова С.С.',
    }),
    act({
      id: 's3',
      stage: 'Информационно-диагностический',
      number: '1',
      title: 'Изучение объектов',
      deadline: d('01-28.02.2021', '2021-02-01', '2021-02-28'),
      status: 'in-progress',
      responsible: 'Сидорова С.С.',
    }),
    act({
      id: 's4',
      stage: 'Аналитический',
      number: '1',
      title: 'Анализ результатов',
      deadline: d('01-31.03.2021', '2021-03-01', '2021-03-31'),
      status: 'in-progress',
    }),
    act({
      id: 's5',
      stage: 'Аналитический',
      number: '2',
      title: 'Ежемесячная справка',
      deadline: deadline({ text: 'ежемесячно до 20 числа', end: '2021-01-20', recurrence: 'monthly' }),
      donePeriods: ['2021-01', '2021-02'],
    }),
    act({
      id: 's6',
      stage: 'Итоговый',
      number: '1',
      title: 'Управленческие решения',
      deadline: d('01-05.03.2021', '2021-03-01', '2021-03-05'),
      responsible: 'неизвестный методист',
    }),
    act({
      id: 's7',
      stage: 'Итоговый',
      number: '2',
      title: 'Отчёт о самообследовании',
      deadline: d('до 20.04.2021', null, '2021-04-20'),
      responsible: null,
    }),
    act({
      id: 's8',
      stage: 'Итоговый',
      number: '3',
      title: 'Консультации',
      deadline: deadline({ text: 'по мере необходимости', recurrence: 'as-needed' }),
    }),
    act({
      id: 's9',
      stage: 'Итоговый',
      number: '4',
      title: 'Семинар',
      deadline: d('после экзамена', null, null),
      status: 'cancelled',
    }),
  ].map((a) =>
    a.deadline.text === 'после экзамена'
      ? { ...a, deadline: { ...a.deadline, problem: 'срок указан относительно события' } }
      : a,
  );
}

/** A large plan: 20 stages over four years, one-off and recurring rows, every status, many people. */
export function bigPlan(n: number): TrackedActivity[] {
  const statuses = ['not-started', 'in-progress', 'done', 'cancelled', 'not-started'] as const;
  const out: TrackedActivity[] = [];
  for (let i = 0; i < n; i++) {
    const year = 2021 + (i % 4);
    const month = String((i % 12) + 1).padStart(2, '0');
    let dl = d(`${month}.${year}`, `${year}-${month}-01`, `${year}-${month}-28`);
    if (i % 10 === 7) dl = deadline({ text: 'ежемесячно', end: '2021-01-15', recurrence: 'monthly' });
    if (i % 50 === 9) dl = deadline({ text: 'еженедельно', end: '2021-01-08', recurrence: 'weekly' });
    if (i % 25 === 3) dl = deadline({ text: 'по мере необходимости', recurrence: 'as-needed' });
    out.push(
      act({
        id: `big${i}`,
        number: String(i + 1),
        stage: `Этап ${Math.floor(i / (n / 20)) + 1}`,
        title: `Мероприятие номер ${i + 1}`,
        responsible: i % 13 === 0 ? null : `Сотрудник ${i % 97}, неизвестный ${i % 5}`,
        deadline: dl,
        status: statuses[i % statuses.length],
        donePeriods: i % 3 === 0 ? ['2022-03', '2022-W10'] : [],
      }),
    );
  }
  return out;
}

/** What the adapter relies on: one rectangular array per attribute, links and charts inside the tab. */
export function expectWritable(t: ReportTab): void {
  const rows = t.values.length;
  const cols = t.values[0]?.length ?? 0;
  expect(rows).toBeGreaterThan(0);
  // Plain loops collecting problems: one jest assertion per cell is far too slow for 10,000 rows.
  const problems: string[] = [];
  for (const [name, a] of Object.entries({
    values: t.values,
    numberFormats: t.numberFormats,
    backgrounds: t.backgrounds,
    fontWeights: t.fontWeights,
    fontColors: t.fontColors,
  })) {
    if (a.length !== rows) problems.push(`${name}: ${a.length} rows`);
    a.forEach((r, i) => {
      if (r.length !== cols) problems.push(`${name} row ${i + 1}: ${r.length} columns`);
    });
  }
  if (t.columnWidths.length !== cols || t.columnWidths.some((w) => !(w > 0))) problems.push('column widths');
  if (t.frozenRows > rows) problems.push('frozen rows');
  for (let r = 0; r < rows && problems.length < 20; r++) {
    for (let c = 0; c < cols; c++) {
      const v = t.values[r][c];
      const at = `${r + 1}:${c + 1}`;
      if (!(['string', 'number', 'boolean'].includes(typeof v) || v === null)) problems.push(`${at} value ${v}`);
      if (typeof v === 'number' && !Number.isFinite(v)) problems.push(`${at} number ${v}`);
      // Every non-number cell is text: nothing the user wrote can turn into a formula or a date.
      if (typeof v !== 'number' && t.numberFormats[r][c] !== '@') problems.push(`${at} format`);
      const bg = t.backgrounds[r][c];
      if (bg !== null && !/^#[0-9a-f]{6}$/.test(bg)) problems.push(`${at} background ${bg}`);
      const fc = t.fontColors[r][c];
      if (fc !== null && !/^#[0-9a-f]{6}$/.test(fc)) problems.push(`${at} colour ${fc}`);
      if (t.fontWeights[r][c] !== 'bold' && t.fontWeights[r][c] !== 'normal') problems.push(`${at} weight`);
    }
  }
  for (const l of t.links) {
    if (l.row <= t.frozenRows || l.row > rows || l.col < 1 || l.col > cols) problems.push(`link ${l.row}:${l.col}`);
    else if (typeof t.values[l.row - 1][l.col - 1] !== 'string') problems.push(`link ${l.row}:${l.col} on no text`);
  }
  for (const ch of t.charts) {
    if (
      ch.range.row + ch.range.numRows - 1 > rows ||
      ch.range.col + ch.range.numColumns - 1 > cols ||
      ch.range.numRows < 2
    ) {
      problems.push(`chart ${ch.title}`);
    }
  }
  expect(problems).toEqual([]);
  expect(String(t.values[0][0])).toContain(`${t.name} — по состоянию на `);
  expect(String(t.values[0][0])).toContain('Сформировано автоматически — не редактируйте');
}
