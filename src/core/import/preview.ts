/**
 * What the import dialog shows before anything is written: the plan as the importer understood it.
 * Pure and small, so the dialog (browser) and the tests share one answer to "what did we read?".
 * Every text from the document is passed through as is (the dialog renders it with textContent);
 * only the parsed deadline is re-worded, so the coordinator can compare it with the original text.
 */

import { formatRu } from '../dates/calendar';
import { RECURRENCE_LABELS } from '../deadline/labels';
import type { Deadline } from '../deadline/types';
import { CHECKED_KINDS, checkPlan } from '../plan/checks';
import type { ColumnRole } from '../plan/columns';
import type { PlanImport, WarningKind } from '../plan/types';
import { shorten } from '../shorten';
import { CHOOSABLE_ROLES, ROLE_NAMES } from './column-choice';

export type PreviewLocale = 'ru' | 'en';

export interface PreviewColumn {
  /** 0-based grid column: what the user's choice names. */
  index: number;
  /** The header as the document shows it ('' when the table has no header row). */
  header: string;
  /** The role code (`title`, `deadline`, … `extra`). */
  role: string;
  /** The role in words, for the coordinator. */
  roleLabel: string;
  /** Where the role came from: the header, the cells, the user. */
  from: 'header' | 'content' | 'user';
  /** The roles the drop-down offers for this column (the current one first if it is not choosable). */
  options: { role: ColumnRole; label: string }[];
}

/** A stage, or a section inside a stage, with the number of activities under it. */
export interface PreviewGroup {
  stage: string | null;
  /** null: the stage's own line (its total); a string: one section of that stage. */
  section: string | null;
  activities: number;
}

export interface PreviewRow {
  id: string;
  number: string;
  stage: string;
  section: string;
  /** The row label of a cell split into sub-activities ("Сбор информации Мониторинга"). */
  group: string;
  title: string;
  responsible: string;
  /** The responsible came from elsewhere than the activity's own cell (heading, merged cell, row above). */
  responsibleNote: string;
  /** The deadline as the document writes it. */
  deadlineText: string;
  /** The deadline as understood: "дд.мм.гггг – дд.мм.гггг", "до дд.мм.гггг", "ежегодно до 31.12.2024"… */
  deadlineShown: string;
  /** The parser's problem with the text, or a note that there is no deadline; null when all is read. */
  problem: string | null;
  /** The value continues the row above (empty cell in pasted text) or a merged Word cell. */
  deadlineNote: string;
}

export interface PreviewWarning {
  /** The activity's number (or its title's start when it has none); null for the whole plan. */
  where: string | null;
  kind: WarningKind;
  message: string;
}

export interface PreviewTotals {
  activities: number;
  /** Deadlines read fully into dates or a recurrence. */
  deadlinesParsed: number;
  /** Deadlines whose text could not be read fully (kept verbatim, with a problem). */
  deadlineProblems: number;
  /** Activities with an empty deadline. */
  withoutDeadline: number;
  withoutResponsible: number;
  warnings: number;
  unrecognized: number;
}

export interface Preview {
  title: string | null;
  horizonYear: number | null;
  format: 'text' | 'docx' | null;
  columns: PreviewColumn[];
  /** The plan table's first rows as they are read, one text per column (same order as `columns`). */
  sample: string[][];
  groups: PreviewGroup[];
  rows: PreviewRow[];
  warnings: PreviewWarning[];
  /** Every text of the source that did not land in an activity field: shown, never dropped. */
  unrecognized: string[];
  totals: PreviewTotals;
}

const ROLE_LABELS: Record<PreviewLocale, Record<string, string>> = {
  ru: {
    number: '№',
    stage: 'этап',
    title: 'мероприятие',
    result: 'ожидаемый результат',
    tools: 'инструментарий',
    responsible: 'ответственный',
    deadline: 'срок',
    extra: 'дополнительный столбец',
  },
  en: {
    number: 'number',
    stage: 'stage',
    title: 'activity',
    result: 'expected result',
    tools: 'tools',
    responsible: 'responsible',
    deadline: 'deadline',
    extra: 'extra column',
  },
};

const RECURRENCE_WORDS = RECURRENCE_LABELS;

const WORDS = {
  ru: {
    until: 'до',
    from: 'с',
    noDeadline: 'срок не указан',
    notRead: 'не распознано',
    discrete: 'отдельные даты',
    inherited: 'как в строке выше',
    merged: 'из объединённой ячейки',
    heading: 'из заголовка раздела',
  },
  en: {
    until: 'until',
    from: 'from',
    noDeadline: 'no deadline',
    notRead: 'not read',
    discrete: 'separate dates',
    inherited: 'same as the row above',
    merged: 'from a merged cell',
    heading: 'from the section heading',
  },
};

/** The period of a deadline in words: "01.02.2021 – 28.02.2021", "до 15.04.2021", "с 01.09.2021". */
function period(d: Deadline, locale: PreviewLocale): string {
  const w = WORDS[locale];
  if (d.start && d.end) return d.start === d.end ? formatRu(d.start) : `${formatRu(d.start)} – ${formatRu(d.end)}`;
  if (d.end) return `${w.until} ${formatRu(d.end)}`;
  if (d.start) return `${w.from} ${formatRu(d.start)}`;
  return '';
}

/** The deadline as the importer understood it; '' when nothing was understood. */
export function deadlineShown(d: Deadline, locale: PreviewLocale = 'ru'): string {
  const w = WORDS[locale];
  const parts: string[] = [];
  const p = period(d, locale);
  if (p) parts.push(d.discrete ? `${p} (${w.discrete})` : p);
  const rec = RECURRENCE_WORDS[locale][d.recurrence];
  if (rec) parts.push(d.until ? `${rec} ${w.until} ${formatRu(d.until)}` : rec);
  return parts.join(', ');
}

function isUnderstood(d: Deadline): boolean {
  return d.start !== null || d.end !== null || d.recurrence !== 'none';
}

/** Stages in document order, each followed by its sections (in the order they first appear), with activity counts. */
function groupsOf(plan: PlanImport): PreviewGroup[] {
  const stages: { total: PreviewGroup; sections: Map<string, PreviewGroup> }[] = [];
  const byStage = new Map<string | null, (typeof stages)[number]>();
  for (const a of plan.activities) {
    let g = byStage.get(a.stage);
    if (!g) {
      g = { total: { stage: a.stage, section: null, activities: 0 }, sections: new Map() };
      byStage.set(a.stage, g);
      stages.push(g);
    }
    g.total.activities++;
    if (a.section === null) continue;
    let sec = g.sections.get(a.section);
    if (!sec) {
      sec = { stage: a.stage, section: a.section, activities: 0 };
      g.sections.set(a.section, sec);
    }
    sec.activities++;
  }
  const out: PreviewGroup[] = [];
  for (const g of stages) {
    out.push(g.total);
    for (const sec of g.sections.values()) out.push(sec);
  }
  // A plan with neither stages nor sections has one anonymous group: it says nothing.
  return out.length === 1 && out[0].stage === null && out[0].section === null ? [] : out;
}

/** The builder's warnings, the plan checks among them worded in the page's language (the builder speaks Russian). */
function warningsIn(plan: PlanImport, locale: PreviewLocale): PlanImport['warnings'] {
  if (locale === 'ru') return plan.warnings;
  return [...plan.warnings.filter((w) => !CHECKED_KINDS.has(w.kind)), ...checkPlan(plan.activities, locale)];
}

/** The drop-down's roles; a role that is not offered (tools) stays shown while it is the column's. */
function roleOptions(current: ColumnRole, locale: PreviewLocale): { role: ColumnRole; label: string }[] {
  const roles = CHOOSABLE_ROLES.includes(current) ? CHOOSABLE_ROLES : [current, ...CHOOSABLE_ROLES];
  return roles.map((role) => ({ role, label: ROLE_NAMES[locale][role] }));
}

export function previewOf(plan: PlanImport, locale: PreviewLocale = 'ru'): Preview {
  const w = WORDS[locale];
  const where = new Map<string, string>();
  for (const a of plan.activities) where.set(a.id, a.number ?? shorten(a.title, 40));

  const rows: PreviewRow[] = plan.activities.map((a) => {
    const d = a.deadline;
    const empty = d.text.trim() === '';
    const from = a.responsibleFrom;
    return {
      id: a.id,
      number: a.number ?? '',
      stage: a.stage ?? '',
      section: a.section ?? '',
      group: a.group ?? '',
      title: a.title,
      responsible: a.responsible ?? '',
      responsibleNote: a.responsible && from && from !== 'cell' ? w[from] : '',
      deadlineText: d.text,
      deadlineShown: deadlineShown(d, locale),
      problem: d.problem ?? (empty ? w.noDeadline : isUnderstood(d) ? null : w.notRead),
      deadlineNote: d.merged ? w.merged : d.inherited ? w.inherited : '',
    };
  });

  const totals: PreviewTotals = {
    activities: plan.activities.length,
    deadlinesParsed: plan.activities.filter((a) => a.deadline.problem === null && isUnderstood(a.deadline)).length,
    deadlineProblems: plan.activities.filter((a) => a.deadline.problem !== null).length,
    withoutDeadline: plan.activities.filter((a) => a.deadline.text.trim() === '').length,
    withoutResponsible: plan.activities.filter((a) => !a.responsible?.trim()).length,
    warnings: plan.warnings.length,
    unrecognized: plan.unrecognized.length,
  };

  return {
    title: plan.title,
    horizonYear: plan.horizonYear,
    format: plan.format ?? null,
    columns: (plan.columns ?? []).map((c, k) => ({
      index: c.index ?? k,
      header: c.header,
      role: c.role,
      roleLabel: ROLE_LABELS[locale][c.role] ?? c.role,
      from: c.from ?? 'header',
      options: roleOptions(c.role as ColumnRole, locale),
    })),
    sample: (plan.sample ?? []).map((r) => [...r]),
    groups: groupsOf(plan),
    rows,
    warnings: warningsIn(plan, locale).map((x) => ({
      where: x.activity === null ? null : (where.get(x.activity) ?? null),
      kind: x.kind,
      message: locale === 'en' ? (x.en ?? x.message) : x.message,
    })),
    unrecognized: [...plan.unrecognized],
    totals,
  };
}
