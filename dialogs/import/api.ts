/**
 * The dialog's server calls, typed by the endpoints the server declares (src/gas/endpoints.ts
 * through src/shared/api.ts): `importApply` (the plan), `importColumnsGet` / `importColumnsSave`
 * (the column roles remembered per table shape), `importSheetSource` (the sheet's text). Each
 * awaits the value; a Failure is thrown as `Refused` and worded by its kind (src/ui/failure.ts).
 * Only plain JSON crosses (no Date, ArrayBuffer, typed array or Blob: they do not survive the
 * call), so the plan is sent after a JSON round trip.
 */
import type { ColumnRole } from '../../src/core/plan/columns';
import type { PlanImport } from '../../src/core/plan/types';
import type { ValueOf } from '../../src/shared/api';
import { answerOf, client } from '../../src/ui/server';

export { closeDialog } from '../../src/ui/server';

const api = client(['importApply', 'importColumnsGet', 'importColumnsSave', 'importSheetSource']);

export type ImportResponse = ValueOf<'importApply'>;

/** What is sent: the whole import JSON (the server validates it and drops what it does not read). */
export function requestOf(plan: PlanImport): { plan: PlanImport } {
  return JSON.parse(JSON.stringify({ plan }));
}

export async function importApply(plan: PlanImport): Promise<ImportResponse> {
  return answerOf(await api.importApply(requestOf(plan)));
}

export type RoleChoice = Record<string, ColumnRole>;

/** The column roles remembered for a table of this shape (src/gas/import-columns.ts), or null. */
export async function rememberedColumns(shape: string): Promise<RoleChoice | null> {
  return answerOf(await api.importColumnsGet({ shape })).columns ?? null;
}

export async function rememberColumns(shape: string, columns: RoleChoice): Promise<unknown> {
  return answerOf(await api.importColumnsSave({ shape, columns: { ...columns } }));
}

/** The displayed text of the sheet «Распознать таблицу на этом листе» was chosen on. */
export async function importSheetSource(sheet: string): Promise<{ sheet: string; values: string[][] }> {
  return answerOf(await api.importSheetSource({ sheet }));
}
