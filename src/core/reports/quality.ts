import { type Language, sayIn } from '../language';
import {
  PROBLEM_FIXES,
  PROBLEM_ORDER,
  PROBLEM_TITLES,
  problemDetail,
  problemLine,
  type ResponsibleProblemKind,
  unknownProblems,
} from '../people/problem-words';
import { CHECKED_KINDS, checkPlan } from '../plan/checks';
import type { PlanWarning, WarningKind } from '../plan/types';
import type { TrackedActivity } from '../tracking/types';
import { headersOf } from '../workbook/schema';
import { type Analysis, stageOf } from './analysis';
import { addHeading, GridBuilder, headerRow } from './grid';
import { linkText } from './lists';
import { COLORS, TAB_COLORS, TAB_NAMES } from './style';
import type { ReportTab } from './types';

type QualityKind = WarningKind | `responsible-${ResponsibleProblemKind}`;

/** Problem names (Russian, English) and the order they are listed in: what blocks reminders first. */
const KINDS: { kind: QualityKind; label: [string, string] }[] = [
  { kind: 'deadline-problem', label: ['Срок не распознан', 'Deadline not read'] },
  { kind: 'no-deadline', label: ['Нет срока', 'No deadline'] },
  { kind: 'end-before-start', label: ['Окончание раньше начала', 'Ends before it starts'] },
  { kind: 'no-responsible', label: ['Нет ответственного', 'No responsible'] },
  ...PROBLEM_ORDER.map((k) => ({
    kind: `responsible-${k}` as const,
    label: [
      `Ответственный: ${PROBLEM_TITLES[k].ru.toLowerCase()}`,
      `Responsible: ${PROBLEM_TITLES[k].en.toLowerCase()}`,
    ] as [string, string],
  })),
  { kind: 'stage-order', label: ['Порядок этапов', 'Order of stages'] },
  { kind: 'duplicate-number', label: ['Повтор номера', 'Number used twice'] },
  { kind: 'structure', label: ['Структура документа', 'Structure of the document'] },
];
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const RANK = new Map(KINDS.map((k, i) => [k.kind, i]));

interface Issue {
  kind: QualityKind;
  activity: TrackedActivity | null;
  order: number;
  /** What the plan says (the text to fix). */
  text: string | null;
  message: string;
}

function textFor(kind: QualityKind, a: TrackedActivity | null, lang: Language): string | null {
  if (!a) return null;
  switch (kind) {
    case 'deadline-problem':
    case 'no-deadline':
    case 'end-before-start':
      return a.deadline.text || null;
    case 'no-responsible':
      return a.responsible;
    case 'stage-order':
      return stageOf(a, lang);
    default:
      return null;
  }
}

/**
 * Problems the coordinator can fix, each with a link to the row: the plan checks (`checkPlan`,
 * run on the tracked rows as they are now), responsible texts that match no one in Сотрудники, and
 * the import's structural warnings (which only the import can know).
 */
export function buildQuality(an: Analysis, warnings: PlanWarning[]): ReportTab {
  const lang = an.lang;
  const say = sayIn(lang);
  const labelOf = (kind: QualityKind) => KINDS[RANK.get(kind)!].label[lang === 'en' ? 1 : 0];
  const activities = an.situations.map((s) => s.activity);
  const index = new Map<string, number>();
  for (let i = 0; i < activities.length; i++) index.set(activities[i].id, i);

  const issues: Issue[] = [];
  const seen = new Set<string>();
  const push = (w: { activity: string | null; kind: QualityKind; message: string }, text?: string | null) => {
    const i = w.activity !== null ? index.get(w.activity) : undefined;
    if (w.activity !== null && i === undefined) return; // the activity is no longer in the plan
    const key = `${w.kind}|${w.activity ?? ''}|${w.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    const a = i !== undefined ? activities[i] : null;
    issues.push({
      kind: w.kind,
      activity: a,
      order: i ?? -1,
      text: text !== undefined ? text : textFor(w.kind, a, lang),
      message: w.message,
    });
  };

  for (const w of checkPlan(activities, lang)) push(w);
  an.recipients.forEach((r, i) => {
    const a = activities[i];
    const problems = r.problems ?? unknownProblems(r.unresolved);
    for (const kind of PROBLEM_ORDER) {
      const of = problems.filter((p) => p.kind === kind);
      if (!of.length) continue;
      const consequence = r.names.length
        ? ''
        : say(' — иначе напоминания по этому мероприятию не уйдут', ': until then no reminder of it goes out');
      push(
        {
          activity: a.id,
          kind: `responsible-${kind}`,
          message: `${kind === 'unknown' ? `${of.map((p) => `«${p.text}»`).join(', ')}: ${problemDetail(of[0], lang)}` : of.map((p) => problemLine(p, lang)).join('; ')}. ${capitalise(PROBLEM_FIXES[kind][lang])}${consequence}.`,
        },
        a.responsible,
      );
    }
  });
  // Stored import warnings of the kinds checkPlan recomputes may be stale: only the others are kept.
  for (const w of warnings) if (!CHECKED_KINDS.has(w.kind)) push(w);

  issues.sort((x, y) => RANK.get(x.kind)! - RANK.get(y.kind)! || x.order - y.order);

  const g = new GridBuilder();
  const name = TAB_NAMES[lang].quality;
  const link = linkText(lang);
  addHeading(g, name, an.today, [an.title], lang);
  const counts = KINDS.map((k) => ({ kind: k.kind, n: issues.filter((i) => i.kind === k.kind).length })).filter(
    (k) => k.n,
  );
  const list = counts.map((k) => `${labelOf(k.kind).toLowerCase()} — ${k.n}`).join('; ');
  g.add([
    {
      value: issues.length
        ? say(
            `Замечаний: ${issues.length} (${list}). Исправьте строку в Плане (ссылка «${link}») или вкладку «Сотрудники», затем обновите отчёты.`,
            `Problems: ${issues.length} (${list}). Correct the row in План (the link «${link}») or the «Сотрудники» tab, then refresh the reports.`,
          )
        : say('Замечаний нет.', 'No problems.'),
      bold: true,
    },
  ]);
  const header = headerRow(g, [
    say('№ п/п', 'No.'),
    say('Проблема', 'Problem'),
    say('№ в плане', 'No. in the plan'),
    say(...headersOf('title')),
    say('Что написано в плане', 'What the plan says'),
    say('Пояснение', 'Explanation'),
    say('Ссылка', 'Link'),
  ]);
  issues.forEach((it, n) => {
    const a = it.activity;
    const row = g.add([
      n + 1,
      { value: labelOf(it.kind), color: COLORS.overdueText },
      a?.number ?? null,
      a?.title ?? say('весь план', 'the whole plan'),
      it.text,
      it.message,
      a ? { value: link, color: '#1155cc' } : null,
    ]);
    if (a) g.link(row, 7, a.id);
  });
  return {
    name,
    asOf: an.today,
    ...g.build(7),
    columnWidths: [50, 200, 70, 360, 200, 420, 100],
    frozenRows: header,
    links: g.links,
    charts: [],
    tabColor: TAB_COLORS.quality,
  };
}
