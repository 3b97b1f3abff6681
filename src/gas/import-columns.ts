/**
 * google.script.run from the import dialog: the column roles the user chose in the preview,
 * remembered in document properties for the next import of a table of the same shape. Requests
 * are checked with zod; a bad one gets a Russian message. The pure part (what is kept, how it is
 * bounded) is src/core/import/remembered-columns.ts.
 */
import * as z from 'zod/mini';
import { UserError } from '../core/errors';
import { ColumnChoiceSchema, recallColumns, rememberColumns, ShapeSchema } from '../core/import/remembered-columns';
import type { ColumnRole } from '../core/plan/columns';
import { KEYS } from '../core/workbook/schema';
import { withDocumentLock } from './lock';

export const IMPORT_COLUMNS_KEY = KEYS.importColumns;

const GetRequest = z.object({ shape: ShapeSchema });
const SaveRequest = z.object({ shape: ShapeSchema, columns: ColumnChoiceSchema });

function parse<T>(schema: z.ZodMiniType<T>, raw: unknown, what: string): T {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  const where = r.error.issues.map((i) => i.path.join('.') || 'запрос').join(', ');
  throw new UserError(
    'bad-import-columns',
    `Неверный запрос «${what}»: не подходят поля ${where}. Обновите окно импорта и повторите.`,
    `Bad "${what}" request: fields ${where}. Reload the import dialog and try again.`,
  );
}

/** The remembered choice for a table of this shape, or null. */
export function importColumnsGet(raw: unknown): { columns: Record<string, ColumnRole> | null } {
  const { shape } = parse(GetRequest, raw, 'importColumnsGet');
  const stored = PropertiesService.getDocumentProperties().getProperty(IMPORT_COLUMNS_KEY);
  return { columns: recallColumns(stored, shape) };
}

/** Remember the choice (an empty one forgets the shape). Read-modify-write: under the document lock. */
export function importColumnsSave(raw: unknown): { saved: boolean } {
  const { shape, columns } = parse(SaveRequest, raw, 'importColumnsSave');
  return withDocumentLock(() => {
    const props = PropertiesService.getDocumentProperties();
    props.setProperty(IMPORT_COLUMNS_KEY, rememberColumns(props.getProperty(IMPORT_COLUMNS_KEY), shape, columns));
    return { saved: true };
  });
}
