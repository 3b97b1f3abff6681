/**
 * The preview's column roles: the user's choice (only the columns they changed), the plan re-read
 * with it, and the choice remembered for the next import of a table of the same shape. The server
 * is asked once per shape; when it cannot answer (several signed-in accounts, no connection) the
 * roles read from the header and the cells stand, and nothing is lost.
 */
import type { ColumnRole } from '../../src/core/plan/columns';
import { importDocument } from '../../src/core/plan/import-docx';
import { importText } from '../../src/core/plan/import-text';
import type { PlanImport } from '../../src/core/plan/types';
import type { SourceDocument } from '../../src/core/table/source';
import { type RoleChoice, rememberColumns, rememberedColumns } from './api';

export interface ColumnState {
  /** The roles the user set (0-based column index as text → role). */
  choice: RoleChoice;
  /** The choice came from the last import of this table's shape. */
  remembered: boolean;
}

export const noChoice = (): ColumnState => ({ choice: {}, remembered: false });

export const hasChoice = (s: ColumnState) => Object.keys(s.choice).length > 0;

/** The plan re-read with the user's roles: pasted text, or a read .docx with its chosen table. */
export function replan(
  source: { text: string } | { doc: SourceDocument; index?: number },
  choice: RoleChoice,
): PlanImport {
  const options = { columns: choice };
  return 'text' in source ? importText(source.text, options) : importDocument(source.doc, source.index, options);
}

/** Sets one column's role; choosing its automatic role again drops it from the choice. */
export function choose(state: ColumnState, plan: PlanImport, index: number, role: ColumnRole): ColumnState {
  const choice = { ...state.choice, [String(index)]: role };
  const auto = plan.columns?.find((c) => c.index === index && c.from !== 'user');
  if (auto && auto.role === role) delete choice[String(index)];
  return { choice, remembered: false };
}

const asked = new Map<string, RoleChoice | null>();

const sorted = (c: RoleChoice | null) =>
  JSON.stringify(Object.entries(c ?? {}).sort(([a], [b]) => Number(a) - Number(b)));

/** The remembered choice for a shape (asked once per dialog), or null. */
export async function recall(shape: string | undefined): Promise<RoleChoice | null> {
  if (!shape) return null;
  if (asked.has(shape)) return asked.get(shape) ?? null;
  try {
    const got = await rememberedColumns(shape);
    const choice = got && Object.keys(got).length ? got : null;
    asked.set(shape, choice);
    return choice;
  } catch {
    return null; // the roles from the header and the cells stand
  }
}

/** After an import: keep the choice for this shape when it differs from what was remembered. */
export async function remember(shape: string | undefined, state: ColumnState): Promise<void> {
  if (!shape) return;
  if (sorted(asked.get(shape) ?? null) === sorted(state.choice)) return;
  try {
    await rememberColumns(shape, state.choice);
    asked.set(shape, hasChoice(state) ? { ...state.choice } : null);
  } catch {
    // not remembered: the next import starts from the automatic roles, nothing else is affected
  }
}
