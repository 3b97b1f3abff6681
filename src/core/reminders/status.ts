/**
 * The status of the last reminder run, kept in one document property: bounded by size, so a run
 * with thousands of failures or deferrals cannot overflow it (9 KB a value) and lose it. Counts
 * are kept in full; lists are cut to their first entries.
 */
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

export function parseStatus(raw: string | null | undefined): RunStatus | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<RunStatus>;
    if (!v || typeof v.lastRun !== 'string') return null;
    const failed = Array.isArray(v.failed) ? v.failed : [];
    return {
      lastRun: v.lastRun,
      today: String(v.today ?? ''),
      result: v.result ?? 'error',
      emails: Number(v.emails ?? 0),
      deferred: Number(v.deferred ?? 0),
      failed,
      failedCount: Number(v.failedCount ?? failed.length),
      message: String(v.message ?? ''),
      warnings: Array.isArray(v.warnings) ? v.warnings.map(String) : [],
    };
  } catch {
    return null;
  }
}
