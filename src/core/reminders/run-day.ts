import { deliver } from './deliver';
import { ledgerKey, type PlanDayInput, planDay } from './plan-day';
import { applyQuota } from './quota';
import type { Digest } from './types';

export interface RunDayInput extends PlanDayInput {
  /** The remaining daily mail quota (getRemainingDailyQuota) at the start of the run. */
  remainingQuota: number;
  /** Sends one e-mail; may throw (that digest counts as failed and is planned again next run). */
  send: (d: Digest) => void;
  /**
   * Called right after each successful send with the keys to record: the adapter appends them to
   * the ledger at once, or with the next append the Sheets write quota allows (write-window.ts), so
   * a run killed half way (6-minute limit) repeats at most the e-mails whose rows it had not written
   * yet. If this throws, the run stops at once: sending on without recording would send twice later.
   */
  onSent?: (keys: string[], d: Digest) => void;
  /**
   * Asked before each send; true stops the run there (time nearly up, the ledger cannot be
   * written): the digests not sent are left for the next run, counted as deferred, not failed.
   */
  stop?: () => boolean;
}

export interface RunDayResult {
  /** Ledger keys to record (only of digests whose send succeeded). */
  sent: string[];
  /** Digests left for the next run by the quota. */
  deferred: number;
  /** Their recipients (for the log and the owner's notice). */
  deferredTo: string[];
  failed: { to: string; error: string }[];
  /** For the owner, once per day (record `noticeKey` after telling them); null when nothing to say. */
  notice: string | null;
  noticeKey: string | null;
  /** How many e-mails went out. */
  emails: number;
}

/** Plan, fit into the quota, send; returns what to record. Pure except for the injected `send`. */
export function runDay(input: RunDayInput): RunDayResult {
  const result: RunDayResult = {
    sent: [],
    deferred: 0,
    deferredTo: [],
    failed: [],
    notice: null,
    noticeKey: null,
    emails: 0,
  };
  if (!input.settings.enabled) return result;
  const { send, deferred, notice } = applyQuota(planDay(input), input.remainingQuota, input.settings.language);
  result.deferred = deferred.length;
  result.deferredTo = deferred.map((d) => d.to);
  if (notice) {
    const key = ledgerKey('*', '*', 'quota', '*', input.today);
    if (!input.ledger.has(key)) {
      result.notice = notice;
      result.noticeKey = key;
    }
  }
  deliver(
    send,
    input.send,
    result,
    (d) => {
      for (const k of d.keys) result.sent.push(k);
      input.onSent?.(d.keys, d);
    },
    input.stop,
  );
  return result;
}
