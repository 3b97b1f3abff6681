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

/**
 * What is read back: only `lastRun` is required; a missing or bad field reads as its default.
 * Each field on its own (not `z.catch`: it pulls all of zod's utilities, some 10 KB, into the
 * server bundle — as src/gas/plan-meta.ts found).
 */
const or =
  <T>(schema: z.ZodMiniType<T>, fallback: T) =>
  (v: unknown): T => {
    const r = schema.safeParse(v);
    return r.success ? r.data : fallback;
  };
const FIELDS = {
  today: or(z.string(), ''),
  result: or<RunStatus['result']>(z.enum(['ok', 'partial', 'error', 'off', 'refused']), 'error'),
  emails: or(z.number(), 0),
  deferred: or(z.number(), 0),
  failed: or(z.array(z.object({ to: z.string(), error: z.string() })), []),
  failedCount: or<number | undefined>(z.optional(z.number()), undefined),
  message: or(z.string(), ''),
  warnings: or(z.array(z.string()), []),
};

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

export function parseStatus(raw: string | null | undefined): RunStatus | null {
  if (!raw) return null;
  const v = parseJson(raw);
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  if (typeof o.lastRun !== 'string') return null;
  const failed = FIELDS.failed(o.failed);
  return {
    lastRun: o.lastRun,
    today: FIELDS.today(o.today),
    result: FIELDS.result(o.result),
    emails: FIELDS.emails(o.emails),
    deferred: FIELDS.deferred(o.deferred),
    failed,
    failedCount: FIELDS.failedCount(o.failedCount) ?? failed.length,
    message: FIELDS.message(o.message),
    warnings: FIELDS.warnings(o.warnings),
  };
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
