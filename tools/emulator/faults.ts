/**
 * Faults and interleavings between two service calls, for tests: run another person's action
 * (a sort, an inserted row) just before the Nth call of a method, fail one call, or kill the
 * execution the way Apps Script's 6-minute limit does. The hook sits on the call counter, which
 * sees every outermost call a script makes before the call runs; nothing else in the emulator
 * changes.
 *
 *   const f = faults(emu);
 *   f.before('Spreadsheets.batchUpdate', 1, () => sheet.getRange(...).sort(...)); // a person sorts
 *   f.fail('Spreadsheets.batchUpdate', 2);           // the 2nd write throws once
 *   f.killAfter('MailApp.sendEmail', 3);             // dies right after the 3rd e-mail went out
 *   f.clear();
 */
import type { Emulator } from './index';

/** What a script sees when Apps Script stops it (quotas page, "Script runtime"). */
export const KILLED_MESSAGE = 'Exceeded maximum execution time';

interface Rule {
  method: string;
  /** 1-based: the rule applies to this call of `method` counted from when the rule was added. */
  nth: number;
  seen: number;
  kind: 'before' | 'fail' | 'kill-before' | 'kill-after';
  action?: () => void;
  message?: string;
  done: boolean;
}

export interface Faults {
  /** Runs `action` (as another person, uncounted) just before the `nth` call of `method`. */
  before(method: string, nth: number, action: () => void): Faults;
  /** The `nth` call of `method` throws `message` instead of running (once). */
  fail(method: string, nth: number, message?: string): Faults;
  /** The execution dies at the `nth` call of `method`: that call and every later one throw. */
  killBefore(method: string, nth: number): Faults;
  /** The `nth` call of `method` runs; the execution dies at its next call of any method. */
  killAfter(method: string, nth: number): Faults;
  /** Kills so far (each ends one execution; the next execution runs normally). */
  readonly kills: number;
  /** Calls of `method` seen since the hook was installed (for choosing `nth`). */
  count(method: string): number;
  /** Removes every rule not yet spent. */
  clear(): void;
}

/**
 * A killed execution stays dead for the rest of that execution only (a later trigger or menu
 * click is a new execution, as in Apps Script): the kill is tied to `emu.ctx.execution`.
 */
export function faults(emu: Emulator): Faults {
  const counter = emu.ctx.calls;
  const original = counter.record.bind(counter);
  const rules: Rule[] = [];
  const seen = new Map<string, number>();
  let dead: number | null = null;
  let dying: number | null = null;
  let kills = 0;
  let inAction = false;

  const die = (): never => {
    if (dead !== emu.ctx.execution) kills++;
    dead = emu.ctx.execution;
    dying = null;
    throw new Error(KILLED_MESSAGE);
  };

  counter.record = (service: string, method: string, extraMs = 0) => {
    // The injected action is another person's, not the script's: it is neither counted nor hooked.
    if (inAction) return;
    if (dead === emu.ctx.execution || dying === emu.ctx.execution) die();
    seen.set(method, (seen.get(method) ?? 0) + 1);
    // Every rule counts this call before any of them acts (one may throw).
    const due = rules.filter((r) => !r.done && r.method === method && ++r.seen === r.nth);
    for (const r of due) {
      r.done = true;
      if (r.kind === 'before' && r.action) {
        inAction = true;
        try {
          emu.runAs({ email: 'someone.else@example.org' }, r.action);
        } finally {
          inAction = false;
        }
      } else if (r.kind === 'fail') throw new Error(r.message);
      else if (r.kind === 'kill-before') die();
      else if (r.kind === 'kill-after') dying = emu.ctx.execution;
    }
    original(service, method, extraMs);
  };

  const add = (rule: Omit<Rule, 'seen' | 'done'>): Faults => {
    rules.push({ ...rule, seen: 0, done: false });
    return api;
  };
  const api: Faults = {
    before: (method, nth, action) => add({ method, nth, kind: 'before', action }),
    fail: (method, nth, message) =>
      add({ method, nth, kind: 'fail', message: message ?? `Service error: ${method} (injected)` }),
    killBefore: (method, nth) => add({ method, nth, kind: 'kill-before' }),
    killAfter: (method, nth) => add({ method, nth, kind: 'kill-after' }),
    get kills() {
      return kills;
    },
    count: (method) => seen.get(method) ?? 0,
    clear() {
      rules.length = 0;
    },
  };
  return api;
}

type Requests = GoogleAppsScript.Sheets.Schema.Request[];

/**
 * Every `Spreadsheets.batchUpdate` whose requests match `predicate` fails with `message` (the API
 * refuses a batch as a whole: nothing of it is applied). Returns a function that stops it.
 */
export function failBatches(emu: Emulator, predicate: (requests: Requests) => boolean, message: string): () => void {
  const api = emu.globals.Sheets.Spreadsheets as GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection;
  const original = api.batchUpdate;
  api.batchUpdate = function (this: unknown, resource, id, ...rest) {
    if (predicate((resource as { requests?: Requests }).requests ?? []))
      throw new Error(`API call to sheets.spreadsheets.batchUpdate failed with error: ${message}`);
    return (original as (...a: unknown[]) => GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetResponse).call(
      this,
      resource,
      id,
      ...rest,
    );
  } as typeof api.batchUpdate;
  return () => {
    api.batchUpdate = original;
  };
}
