/**
 * The status of the last reminder run, kept in one document property: bounded by size, so a run
 * with thousands of failures or deferrals cannot overflow it (9 KB a value) and lose it. Counts
 * are kept in full; lists are cut to their first entries.
 */
import * as z from 'zod/mini';
import { fitJson } from '../limits/property-size';

export interface RunStatus {
  lastRun: string;
  today: string;
  result: 'ok' | 'partial' | 'error' | 'off' | 'refused';
  emails: number;
  deferred: number;
  /** The first failures (to, error); `failedCount` counts them all. */
  failed: { to: string; error: string }[];
  failedCount: number;
  message: string;
  warnings: string[];
}

/** Failures listed in the status (all are counted). */
export const STATUS_FAILURES_SHOWN = 20;

export function statusJson(s: RunStatus): string {
  return fitJson({ ...s, failed: s.failed.slice(0, STATUS_FAILURES_SHOWN), failedCount: s.failedCount });
}

/** What is read back: only `lastRun` is required; a missing or bad field reads as its default. */
const StoredStatus = z.object({
  lastRun: z.string(),
  today: z.catch(z.string(), ''),
  result: z.catch(z.enum(['ok', 'partial', 'error', 'off', 'refused']), 'error'),
  emails: z.catch(z.number(), 0),
  deferred: z.catch(z.number(), 0),
  failed: z.catch(z.array(z.object({ to: z.string(), error: z.string() })), []),
  failedCount: z.catch(z.optional(z.number()), undefined),
  message: z.catch(z.string(), ''),
  warnings: z.catch(z.array(z.string()), []),
});

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

export function parseStatus(raw: string | null | undefined): RunStatus | null {
  if (!raw) return null;
  const r = StoredStatus.safeParse(parseJson(raw));
  if (!r.success) return null;
  return { ...r.data, failedCount: r.data.failedCount ?? r.data.failed.length };
}

/** The note a refused trigger leaves (src/gas/access.ts), or null. */
const RefusedNote = z.object({
  entry: z.optional(z.string()),
  at: z.optional(z.string()),
  message: z.optional(z.string()),
});

export function parseRefusedNote(raw: string | null | undefined): z.output<typeof RefusedNote> | null {
  if (!raw) return null;
  const r = RefusedNote.safeParse(parseJson(raw));
  return r.success ? r.data : null;
}
