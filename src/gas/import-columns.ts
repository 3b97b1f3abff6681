/**
 * google.script.run from the import dialog: the column roles the user chose in the preview,
 * remembered in the document's state (src/gas/doc-state.ts) for the next import of a table of the same shape. Requests
 * are checked with zod; a bad one gets a Russian message. The pure part (what is kept, how it is
 * bounded) is src/core/import/remembered-columns.ts.
 */
import * as z from 'zod/mini';
import { ColumnChoiceSchema, recallColumns, rememberColumns, ShapeSchema } from '../core/import/remembered-columns';
import type { ColumnRole } from '../core/plan/columns';
import { KEYS } from '../core/workbook/schema';
import type { Access } from './access';
import { readDocumentState } from './doc-state';
import { withDocumentLock } from './lock';

export const IMPORT_COLUMNS_KEY = KEYS.importColumns;

export const ColumnsGetRequest = z.object({ shape: ShapeSchema });
export const ColumnsSaveRequest = z.object({ shape: ShapeSchema, columns: ColumnChoiceSchema });

/** The remembered choice for a table of this shape, or null. */
export function importColumnsGet(
  { shape }: z.output<typeof ColumnsGetRequest>,
  access: Access,
): { columns: Record<string, ColumnRole> | null } {
  return { columns: recallColumns(access.doc[IMPORT_COLUMNS_KEY] ?? null, shape) };
}

/**
 * Remember the choice (an empty one forgets the shape). Read-modify-write: under the document
 * lock, on the state read again there (another coordinator may have saved meanwhile).
 */
export function importColumnsSave(
  { shape, columns }: z.output<typeof ColumnsSaveRequest>,
  access: Access,
): { saved: boolean } {
  return withDocumentLock(() => {
    const state = readDocumentState(access.state.id);
    state.set(IMPORT_COLUMNS_KEY, rememberColumns(state.props[IMPORT_COLUMNS_KEY] ?? null, shape, columns));
    return { saved: true };
  });
}
