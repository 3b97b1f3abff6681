/**
 * The state one emulator shares among its services: clock, users, counter, the current
 * "execution" (for lock ownership), and call-depth so that only outermost calls are counted.
 */
import { CallCounter } from './counter';

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

  nowMs(): number {
    return this.clockMs;
  }
  setNow(ms: number): void {
    this.clockMs = ms;
  }
  advance(ms: number): void {
    this.clockMs += ms;
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
        if (count && ctx && ctx.depth === 0) ctx.calls.record(service, `${label}.${key}`);
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
