/**
 * Stage 5 of the import: rows into activities. Walks the rows keeping the current stage and section
 * (opened by heading rows, by the stage column, by a title that names a stage), gives each item of
 * an activity row its stage, section and label, continues an empty deadline or responsible cell
 * from the activity above in the same section ("same as above": a merged cell pasted as text), takes
 * the responsible of a heading ("Ответственный – Координатор ДОО") where the row names none, and
 * keeps every heading that no activity came under, so that no word of the document is lost.
 */
import { shorten } from '../shorten';
import type { DeadlineSource } from './deadlines';
import { stageNumber } from './headings';
import { type ActivityRow, type PlanRow, putExtra } from './rows';
import type { Activity, PlanWarning } from './types';

/** An activity before its deadline is read, its people paired and its ID given. */
export type Draft = Pick<
  Activity,
  'number' | 'stage' | 'section' | 'group' | 'title' | 'result' | 'tools' | 'responsible' | 'responsibleFrom' | 'line'
> & {
  deadline: DeadlineSource;
  extra: Record<string, string>;
  /** The activity row it came from (index into the rows) and how many items that row split into. */
  row: number;
  items: number;
};

export interface Activities {
  drafts: Draft[];
  /** Headings no activity came under, each occurrence (a heading repeated later counts again). */
  unused: string[];
  warnings: PlanWarning[];
}

/**
 * A section numbered "7.1." under "Этап V" is most likely a typo (plan-orsk): say so, keep the text.
 */
function sectionNumberWarning(heading: string, stage: string | null): PlanWarning | null {
  const n = stage ? stageNumber(stage) : null;
  const m = /^(\d{1,2})\.\d/.exec(heading);
  if (n === null || !m || Number(m[1]) === n) return null;
  return {
    activity: null,
    kind: 'structure',
    message: `Раздел «${shorten(heading, 60)}» пронумерован ${m[1]}.…, а стоит в этапе ${n} («${shorten(stage!, 40)}»): проверьте нумерацию.`,
    en: `The section «${shorten(heading, 60)}» is numbered ${m[1]}.… but stands in stage ${n} («${shorten(stage!, 40)}»): check the numbering.`,
  };
}

interface Scope {
  stage: string | null;
  section: string | null;
  stageResponsible: string | null;
  sectionResponsible: string | null;
  month: { month: number; year?: number } | null;
  /** The last activity of the current section (index into drafts): what an empty cell continues. */
  last: number;
  /** Open heading occurrences (indices into `headings`) the next activity comes under. */
  stageHeading: number;
  sectionHeading: number;
}

export function toActivities(rows: readonly PlanRow[]): Activities {
  const drafts: Draft[] = [];
  const warnings: PlanWarning[] = [];
  const headings: { text: string; used: boolean }[] = [];
  const s: Scope = {
    stage: null,
    section: null,
    stageResponsible: null,
    sectionResponsible: null,
    month: null,
    last: -1,
    stageHeading: -1,
    sectionHeading: -1,
  };
  const openStage = (text: string, responsible: string | null, heading: number) => {
    s.stage = text;
    s.section = null;
    s.stageResponsible = responsible;
    s.sectionResponsible = null;
    s.month = null;
    s.last = -1;
    s.stageHeading = heading;
    s.sectionHeading = -1;
  };

  rows.forEach((row, r) => {
    if (row.kind === 'heading') {
      const h = row.heading;
      headings.push({ text: row.text, used: false });
      const at = headings.length - 1;
      if (h.kind === 'stage' || row.inStageColumn) openStage(row.text, h.responsible ?? null, at);
      else {
        const w = sectionNumberWarning(row.text, s.stage);
        if (w) warnings.push(w);
        s.section = row.text;
        s.sectionResponsible = h.responsible ?? null;
        s.month = h.month ? { month: h.month, year: h.year } : null;
        s.last = -1;
        s.sectionHeading = at;
      }
      return;
    }
    const stageCellOpens = row.stageCell !== null && row.stageCell !== s.stage;
    if (stageCellOpens) openStage(row.stageCell!, null, -1);
    // "1 этап (подготовительный)" with its own period opens a stage, unless the stage column opened one
    if (row.titleIsStage && !stageCellOpens && row.items.length === 1) openStage(row.items[0].title, null, -1);
    addRow(row, r);
  });

  function addRow(row: ActivityRow, r: number): void {
    const above = s.last >= 0 ? drafts[s.last] : undefined;
    const deadlineOf = (text: string): DeadlineSource => {
      if (text) {
        return {
          kind: 'own',
          text,
          merged: row.deadline.merged,
          month: s.month?.month,
          monthYear: s.month?.year,
        };
      }
      if (above && above.deadline.kind !== 'none')
        return above.deadline.kind === 'inherited' ? above.deadline : { kind: 'inherited', from: s.last };
      return { kind: 'none' };
    };
    let responsible: string | null = null;
    let responsibleFrom: Activity['responsibleFrom'] = null;
    if (row.responsible.text) {
      responsible = row.responsible.text;
      responsibleFrom = row.responsible.merged ? 'merged' : 'cell';
    } else if (above?.responsible) {
      responsible = above.responsible;
      responsibleFrom = above.responsibleFrom === 'heading' ? 'heading' : 'inherited';
    } else if (s.sectionResponsible || s.stageResponsible) {
      responsible = s.sectionResponsible ?? s.stageResponsible;
      responsibleFrom = 'heading';
    }
    const first = drafts.length;
    const many = row.items.length > 1;
    for (const it of row.items) {
      let title = it.title;
      // sub-items each get their own copy: the first one also keeps the row's № (below)
      const extra = many ? { ...row.extra } : row.extra;
      if (!title && row.items.length === 1) {
        // An activity cell left empty under an activity of the same section: the cell was merged
        // over both rows (pasted as text, its copy is empty), the row is that activity again.
        if (above?.title) title = above.title;
        else {
          const key = Object.keys(extra)[0];
          warnings.push({
            activity: null,
            kind: 'structure',
            message: `Строка ${row.line ?? r + 1}: нет названия мероприятия; текст строки сохранён в поле «${key ?? 'срок/ответственный'}».`,
            en: `Row ${row.line ?? r + 1}: no activity title; the row's text is kept in the field «${key ?? 'deadline/responsible'}».`,
          });
        }
      }
      drafts.push({
        number: it.number,
        stage: s.stage,
        section: s.section,
        group: row.group,
        title,
        result: row.result,
        tools: row.tools,
        responsible,
        responsibleFrom,
        deadline: deadlineOf(it.deadline ?? row.deadline.text),
        extra,
        line: row.line,
        row: r,
        items: row.items.length,
      });
    }
    if (row.numberCell && row.items.length > 1) putExtra(drafts[first].extra, '№', row.numberCell);
    if (drafts.length > first) {
      s.last = drafts.length - 1;
      if (s.stageHeading >= 0) headings[s.stageHeading].used = true;
      if (s.sectionHeading >= 0) headings[s.sectionHeading].used = true;
    }
  }

  return { drafts, unused: headings.filter((h) => !h.used).map((h) => h.text), warnings };
}
