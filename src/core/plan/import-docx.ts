/**
 * A Word file into a plan: read the .docx, pick the plan's table(s), build. Text of the document
 * that is not part of the plan (appendix tables, questionnaires) is not an activity, but it is not
 * lost either: every such line is listed in `unrecognized`, so nothing silently disappears.
 */
import { pickPlanTables } from '../docx/pick';
import { type DocxDocument, readDocx } from '../docx/read';
import type { SourceDocument } from '../table/source';
import { type BuildOptions, buildPlan } from './build';
import type { PlanImport } from './types';

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/** Lines of the document whose words do not all appear in the plan: kept in `unrecognized`. */
export function keepLeftovers(plan: PlanImport, doc: SourceDocument): PlanImport {
  const have = new Set<string>();
  const add = (s: string | null | undefined) => {
    if (s) for (const w of words(s)) have.add(w);
  };
  add(plan.title);
  plan.unrecognized.forEach(add);
  for (const c of plan.columns ?? []) add(c.header);
  for (const a of plan.activities) {
    [a.number, a.stage, a.section, a.group, a.title, a.result, a.tools, a.responsible, a.deadline.text].forEach(add);
    if (a.extra) Object.values(a.extra).forEach(add);
  }
  const lines = [...doc.before, ...doc.after];
  for (const t of doc.tables) {
    for (const l of t.between ?? []) lines.push(l);
    // a loop, not push(...): a cell of a million lines must not overflow the call stack
    for (const r of t.rows) for (const c of r.cells) if (!c.merged) for (const l of c.text.split('\n')) lines.push(l);
  }
  const missing: string[] = [];
  const seen = new Set<string>();
  for (const l of lines) {
    const t = l.trim();
    if (!t || seen.has(t)) continue;
    seen.add(t);
    if (words(t).some((w) => !have.has(w))) missing.push(t);
  }
  return missing.length ? { ...plan, unrecognized: [...plan.unrecognized, ...missing] } : plan;
}

/**
 * A read .docx → the plan: `tableIndex` is the user's choice of table, `options` their column roles.
 * What the reader clamped to read the file (a span wider than the table…) leads the warnings.
 */
export function importDocument(doc: SourceDocument, tableIndex?: number, options: BuildOptions = {}): PlanImport {
  const plan = keepLeftovers(buildPlan(pickPlanTables(doc, tableIndex), options), doc);
  const read = (doc as Partial<DocxDocument>).warnings ?? [];
  if (!read.length) return plan;
  return {
    ...plan,
    warnings: [
      ...read.map((w) => ({ activity: null, kind: 'structure' as const, message: w.message, en: w.en })),
      ...plan.warnings,
    ],
  };
}

export function importDocx(bytes: Uint8Array, tableIndex?: number, options: BuildOptions = {}): PlanImport {
  return importDocument(readDocx(bytes), tableIndex, options);
}
