/**
 * What is stored as JSON (a document or script property, a signed link's body) is read through
 * one check: a value that is missing, not JSON or not of the schema's shape is null — never
 * trusted, never thrown.
 */
import type * as z from 'zod/mini';

export function parseStored<T>(schema: z.ZodMiniType<T>, raw: string | null | undefined): T | null {
  if (!raw) return null;
  try {
    const r = schema.safeParse(JSON.parse(raw));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}
