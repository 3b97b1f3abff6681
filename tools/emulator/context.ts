/**
 * The state one emulator shares among its services: clock, users, counter, the current
 * "execution" (for lock ownership), and call-depth so that only outermost calls are counted.
 */
import { CallCounter, EXECUTION_LIMIT_MS } from './counter';

/**
 * Google's text when an execution runs past its limit (the executions dashboard and the failure
 * e-mail show it as the error; e.g. github.com/GioBonvi/GoogleContactsEventsNotifier/issues/155,
 * ttsukagoshi/mail-merge-for-gmail#163, benlcollins/apps_script#1).
 */
export const EXCEEDED_MESSAGE = 'Exceeded maximum execution time';

/** One running execution: when it started on the modelled clock, and whether it was killed. */
export interface RunningExecution {
  id: number;
  startMs: number;
  timedOut: boolean;
}

export interface UserIdentity {
  email: string;
  effectiveUser: string;
}

export class EmuContext {
  readonly calls = new CallCounter();
  private clockMs: number;
  spreadsheetTimeZone: string;
  scriptTimeZone: string;
  locale: string;
  user: UserIdentity;
  /** Id of the running execution; runAs starts a new one. */
  execution = 1;
  private nextExecution = 2;
  depth = 0;
  /** False while a time-driven trigger runs: there is no user interface to show anything in. */
  uiAvailable = true;
  /** Auth mode of the running execution (simple onOpen in an add-on before install: NONE). */
  authMode: 'NONE' | 'LIMITED' | 'FULL' = 'FULL';
  /**
   * Id of the spreadsheet the execution runs in (SpreadsheetApp.getActive(), document properties,
   * the document a trigger is created for). The emulator can hold several spreadsheets.
   */
  activeDocument = '';
  /**
   * 'addon' (default): the project runs as an editor add-on and Google's add-on trigger limits hold;
   * 'bound': a script bound to one spreadsheet (no such limits).
   */
  scriptKind: 'addon' | 'bound' = 'addon';
  /** True while a time-driven trigger runs outside any document (EmulatorOptions.addonTimeTriggers). */
  detached = false;
  /**
   * True while the web app runs (doGet/doPost, or google.script.run from its page): no active
   * spreadsheet, no document lock, no Ui (Emulator.webGet / webRun).
   */
  webApp = false;
  /** `ScriptApp.getService().getUrl()`: null until the web app is deployed ("otherwise returns null"). */
  webAppUrl: string | null = null;
  /** The developer (Cloud) project the running code belongs to: who sees PROJECT-visible metadata. */
  project = 'plan-grafik';

  constructor(opts: {
    now: number;
    spreadsheetTimeZone: string;
    scriptTimeZone: string;
    locale: string;
    user: UserIdentity;
  }) {
    this.clockMs = opts.now;
    this.spreadsheetTimeZone = opts.spreadsheetTimeZone;
    this.scriptTimeZone = opts.scriptTimeZone;
    this.locale = opts.locale;
    this.user = opts.user;
  }

  /**
   * The execution limit the kill enforces (EXECUTION_LIMIT_MS); Infinity turns the kill off
   * (EmulatorOptions.executionLimit: false — for a bench measuring how long a naive script would run).
   */
  executionLimitMs = EXECUTION_LIMIT_MS;
  /** Executions running now, innermost last (a test's runAs inside a menu run nests). */
  readonly running: RunningExecution[] = [];
  /** `calls.spentMs` when the outermost execution started (or the clock was last set in one). */
  private spentBase = 0;
  /**
   * Whether the clock keeps an execution's modelled time once it ends (EmulatorOptions.keepExecutionTime).
   * Default false: outside executions the clock is where tests put it (setNow, advance, sleeps), as
   * before executions were timed; the call latency of past executions is kept in `rewoundMs` so
   * that the per-minute quotas still see the minutes those executions took.
   */
  keepExecutionTime = false;
  private rewoundMs = 0;

  /**
   * The clock. Inside an execution it runs on by the modelled latency of every call made since the
   * execution started (counter.ts), so `Date.now() - start` in a script sees time pass as in Apps
   * Script; outside executions (a test calling a handler directly) it stands still.
   */
  nowMs(): number {
    return this.clockMs + (this.running.length ? this.calls.spentMs - this.spentBase : 0);
  }
  setNow(ms: number): void {
    this.clockMs = ms;
    this.spentBase = this.calls.spentMs;
  }
  advance(ms: number): void {
    this.clockMs += ms;
  }

  /** Starts execution `id` at the current modelled time. */
  beginExecution(id: number): RunningExecution {
    if (!this.running.length) this.spentBase = this.calls.spentMs;
    const run = { id, startMs: this.nowMs(), timedOut: false };
    this.running.push(run);
    return run;
  }
  /**
   * Ends `run`. When the outermost one ends, the clock keeps the time it took (keepExecutionTime)
   * or goes back to the clock without its calls' latency (sleeps and lock waits stay).
   */
  endExecution(run: RunningExecution): void {
    const now = this.nowMs();
    const i = this.running.lastIndexOf(run);
    if (i >= 0) this.running.splice(i, 1);
    if (this.running.length) return;
    if (this.keepExecutionTime) this.clockMs = now;
    else this.rewoundMs += now - this.clockMs;
  }
  /** A clock that never loses the time executions took: what the per-minute quotas count by. */
  quotaNowMs(): number {
    return this.nowMs() + this.rewoundMs;
  }
  /** Modelled ms `run` has taken so far. */
  elapsedMs(run: RunningExecution): number {
    return this.nowMs() - run.startMs;
  }

  /**
   * Before each counted service call: past the limit the call throws as Apps Script's kill does,
   * and so does every later call of that execution (a script catching the error is still dead).
   */
  beforeCall(): void {
    const run = this.running[this.running.length - 1];
    if (!run) return;
    if (!run.timedOut && this.elapsedMs(run) > this.executionLimitMs) run.timedOut = true;
    if (run.timedOut) throw new Error(EXCEEDED_MESSAGE);
  }
  /** A counted call: the kill check, then the counter (with a surcharge, see OTHER_SPREADSHEET_MS). */
  recordCall(service: string, method: string, extraMs = 0): void {
    this.beforeCall();
    this.calls.record(service, method, extraMs);
  }
  /** A surcharge on the counted call being made (only when it is the outermost one). */
  surcharge(ms: number): void {
    if (this.depth === 1) this.calls.charge(ms);
  }
  /** The spreadsheet the execution runs in, or null (detached trigger, web app). */
  runsIn(): string | null {
    return this.detached || this.webApp ? null : this.activeDocument;
  }

  newExecution(): number {
    return this.nextExecution++;
  }
}

type Ctor = { prototype: object; name: string };

/**
 * Wraps the public methods of an emulated class so each outermost call is counted as
 * `service` / `Class.method`. `only` limits counting to some methods (builders: just build()),
 * `skip` excludes some (plain getters on local objects). Instances must carry `ctx: EmuContext`.
 */
export function counted(
  cls: Ctor,
  service: string,
  opts: { only?: string[]; skip?: string[]; name?: string } = {},
): void {
  const proto = cls.prototype as Record<string, unknown>;
  const label = opts.name ?? cls.name;
  for (const key of Object.getOwnPropertyNames(proto)) {
    if (key === 'constructor' || key.startsWith('_')) continue;
    const desc = Object.getOwnPropertyDescriptor(proto, key);
    if (!desc || typeof desc.value !== 'function') continue;
    const original = desc.value as (...a: unknown[]) => unknown;
    const count = opts.only ? opts.only.includes(key) : !opts.skip?.includes(key);
    Object.defineProperty(proto, key, {
      ...desc,
      value: function (this: { ctx: EmuContext }, ...args: unknown[]) {
        const ctx = this.ctx;
        if (count && ctx && ctx.depth === 0) ctx.recordCall(service, `${label}.${key}`);
        if (ctx) ctx.depth++;
        try {
          return original.apply(this, args);
        } finally {
          if (ctx) ctx.depth--;
        }
      },
    });
  }
}

/** A service call made from outside any counted method (e.g. `emu.userEdit` firing onEdit) starts at depth 0. */
export function atTopLevel<T>(ctx: EmuContext, fn: () => T): T {
  const saved = ctx.depth;
  ctx.depth = 0;
  try {
    return fn();
  } finally {
    ctx.depth = saved;
  }
}
