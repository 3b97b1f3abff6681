/**
 * Column roles remembered per table shape: the next import of a table of the same shape (the same
 * header texts, or the same width without a header) starts from the user's last choice. Stored as
 * one JSON value (a document property), bounded: at most MAX_SHAPES shapes, the most recent first,
 * and at most MAX_BYTES characters (a property holds 9 KB), oldest shapes dropped to fit.
 */
import * as z from 'zod/mini';
import { COLUMN_ROLES, type ColumnRole } from '../plan/columns';
import { parseStored } from '../stored-json';

/** A choice as it crosses google.script.run and sits in document properties: index (as text) → role. */
export const ColumnChoiceSchema = z
  .record(z.string().check(z.regex(/^\d{1,3}$/)), z.enum(COLUMN_ROLES as [ColumnRole, ...ColumnRole[]]))
  .check(z.refine((r) => Object.keys(r).length <= 60, { message: 'не больше 60 столбцов' }));

/** The shape of a table (PlanImport.shape): bounded, so that a stored choice stays small. */
export const ShapeSchema = z.string().check(z.minLength(1), z.maxLength(2_000));

export const MAX_SHAPES = 20;
export const MAX_BYTES = 8_000;

const Stored = z.object({
  v: z.number().check(z.refine((v) => v === 1)), // zod's literal kind would cost the bundle ~0.3 KB
  shapes: z.array(z.object({ shape: ShapeSchema, columns: ColumnChoiceSchema })),
});

type Entry = { shape: string; columns: Record<string, ColumnRole> };

/** What is stored, or nothing when the value is missing or not ours (a broken value is ignored, never thrown). */
function entries(stored: string | null | undefined): Entry[] {
  return parseStored(Stored, stored)?.shapes ?? [];
}

export function recallColumns(stored: string | null | undefined, shape: string): Record<string, ColumnRole> | null {
  return entries(stored).find((e) => e.shape === shape)?.columns ?? null;
}

/** The stored value with this shape's choice first (an empty choice forgets the shape). */
export function rememberColumns(
  stored: string | null | undefined,
  shape: string,
  columns: Record<string, ColumnRole>,
): string {
  const rest = entries(stored).filter((e) => e.shape !== shape);
  const shapes = Object.keys(columns).length ? [{ shape, columns }, ...rest] : rest;
  let kept = shapes.slice(0, MAX_SHAPES);
  let json = JSON.stringify({ v: 1, shapes: kept });
  while (json.length > MAX_BYTES && kept.length > 0) {
    kept = kept.slice(0, -1);
    json = JSON.stringify({ v: 1, shapes: kept });
  }
  return json;
}
