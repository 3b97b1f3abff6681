/**
 * The in-memory Apps Script emulator: one call gives a spreadsheet and every service the add-on
 * uses, all sharing one clock, one set of users and one call counter. See docs/emulator.md.
 *
 *   const emu = createEmulator({ spreadsheetTimeZone: 'Asia/Yekaterinburg' });
 *   emu.install();            // or vm.createContext({ ...emu.globals })
 *   onOpen(); menuCreatePlan();
 *   expect(emu.calls.spreadsheet()).toBeLessThanOrEqual(10);
 */
import { parseA1, toA1 } from './a1';
import { Book, Library, newWorkbook } from './book';
import { ContentServiceImpl, TextOutputImpl } from './content';
import { atTopLevel, EmuContext, EXCEEDED_MESSAGE, type RunningExecution } from './context';
import { type CallCounter, EXECUTION_LIMIT_MS } from './counter';
import * as E from './enums';
import { HtmlOutputImpl, HtmlServiceImpl } from './html';
import { type LockKind, LockServiceImpl, LockTable, lockKey } from './lock';
import { MailAppImpl, MailState, type SentMail } from './mail';
import { cellFor, getCell, type MetadataModel } from './model';
import { makeUser } from './objects';
import { CacheServiceImpl, CacheStores, PropertiesServiceImpl, PropertyStores } from './properties';
import { checkValidation, RangeImpl } from './range';
import { ScriptAppImpl, type TriggerRecord, TriggerStore } from './script-app';
import { scriptDate } from './script-date';
import { type SheetsApiCall, SheetsApiImpl } from './sheets-api';
import { snapshotWorkbook, type WorkbookSnapshot } from './snapshot';
import { type NewBook, SpreadsheetAppImpl, SpreadsheetImpl } from './spreadsheet';
import { checkTimeZone, wallClock } from './tz';
import { UiImpl, UiLog } from './ui';
import { typedValueAt } from './user-actions';
import { LoggerImpl, SessionImpl, UtilitiesImpl } from './utilities';
import { writeValue } from './values';

export { EXCEEDED_MESSAGE } from './context';
export { CALL_LATENCY_MS, CallCounter, EXECUTION_LIMIT_MS, OTHER_SPREADSHEET_MS } from './counter';
export type { SentMail } from './mail';
export type { MetadataModel } from './model';
export { PROPERTY_STORE_LIMIT, PROPERTY_VALUE_LIMIT } from './properties';
export { QUOTA_CONSUMER, SHEETS_PER_PROJECT_PER_MINUTE, SHEETS_PER_USER_PER_MINUTE } from './quota';
export type { TriggerRecord } from './script-app';
export type { SheetsApiCall } from './sheets-api';
export { METADATA_CHARS_LIMIT } from './sheets-api';
export type { SheetSnapshot, WorkbookSnapshot } from './snapshot';
export { dateToSerial, serialToDate } from './tz';
export type { AlertLog, HtmlShown, MenuEntryLog, MenuLog, ToastLog, UiEvent } from './ui';
export { UiLog } from './ui';
export { formatJavaDate } from './utilities';

export interface EmulatorOptions {
  /** Default 'Europe/Moscow'. */
  spreadsheetTimeZone?: string;
  /** The script project's zone (appsscript.json); default 'Europe/Moscow'. */
  scriptTimeZone?: string;
  /** Spreadsheet locale; default 'ru_RU'. */
  locale?: string;
  /** The clock (an instant); default '2021-01-11T09:00:00Z'. */
  now?: Date | string;
  /** E-mail of the user running; '' = blank (personal accounts, other domains). Default: the owner. */
  activeUser?: string;
  /** The account the script runs as; default 'owner@example.org' (also the spreadsheet's owner). */
  effectiveUser?: string;
  /** Remaining daily recipients; default 100 (consumer account). Back in full when the day changes. */
  mailQuota?: number;
  /** HTML files pushed with the project, for HtmlService.createHtmlOutputFromFile(name). */
  files?: Record<string, string>;
  /** Default 'План-график (эмулятор)'. */
  spreadsheetName?: string;
  /**
   * The add-on's name in the Marketplace, or a bound script project's name: the title of the menu
   * `createAddonMenu()` puts under Extensions (reference/base/ui#createAddonMenu). Default 'План-график'.
   */
  addonName?: string;
  /**
   * 'addon' (default): an editor add-on, with Google's add-on trigger limits (one trigger of each
   * type per user per document, time-driven at most hourly); 'bound': a script bound to the file.
   */
  scriptKind?: 'addon' | 'bound';
  /**
   * Where an add-on's time-driven trigger runs: 'document' (default: in the spreadsheet it was
   * created from) or 'detached' (no active spreadsheet, no document properties). Unverified which
   * Google does; an add-on trigger library's author reports the second ("time-based triggers are
   * normally attached to the script itself", github.com/vtst/google-apps-scripts,
   * VtstAddonTriggerLib/README.md), so tests can run both.
   */
  addonTimeTriggers?: 'document' | 'detached';
  /**
   * Whether an execution is killed past EXECUTION_LIMIT_MS of modelled time (default true, as in
   * Apps Script). false only for a bench measuring how long a naive script WOULD run — say why.
   */
  executionLimit?: boolean;
  /**
   * Whether the clock keeps an execution's modelled time after it ends (default false: outside
   * executions the clock stays where the test set it, so existing time comparisons hold). true for
   * a sequence of runs at realistic times (a roll-up continued by triggers: the next run starts
   * after the previous one ended, plus what the test advances).
   */
  keepExecutionTime?: boolean;
  /**
   * Whether the Sheets API's per-minute quotas hold inside executions (quota.ts; default true).
   * false only where a run knowingly models no time between many users' actions — say why.
   */
  sheetsQuota?: boolean;
}

/** How an execution ended, as the Apps Script executions dashboard shows it. */
export type ExecutionStatus = 'completed' | 'failed' | 'timed-out';

/** One execution the emulator ran (runAs, runMenuItem, a trigger, the web app). */
export interface ExecutionRecord {
  id: number;
  /** 'menu' (runMenuItem), 'trigger' (time-driven), 'simple' / 'installable' (onOpen, onEdit), 'web', 'run' (runAs). */
  kind: 'menu' | 'trigger' | 'simple' | 'installable' | 'web' | 'run';
  /** The handler's name; '' for a runAs of an anonymous function. */
  functionName: string;
  /** Active user ('' when blank) and the account it ran as. */
  user: string;
  effectiveUser: string;
  /** The spreadsheet it ran in; null for a detached trigger or the web app. */
  document: string | null;
  startedAt: Date;
  endedAt: Date;
  /** Modelled run time (counter.ts): calls × latency, surcharges, sleeps and lock waits. */
  ms: number;
  /** Service calls it made. */
  calls: number;
  status: ExecutionStatus;
  /** The error's message when it did not complete. */
  error?: string;
}

/** A further spreadsheet in the same emulator (the add-on used in another document). */
export interface SpreadsheetOptions {
  name?: string;
  timeZone?: string;
  locale?: string;
  /** Default: the emulator's owner. */
  owner?: string;
  /** Accounts it is shared with as editors (they can open it even when `restricted`). */
  editors?: string[];
  /**
   * Shared with its owner and `editors` only: anyone else is refused by openById and the Sheets API.
   * Default false: every account of the emulator can open it (shared with the domain).
   */
  restricted?: boolean;
}

/** Functions the emulator can call by name: simple triggers, installable-trigger handlers. */
// biome-ignore lint/suspicious/noExplicitAny: event objects differ per trigger kind; handlers declare their own type
export type Handler = (e?: any) => unknown;
export type Handlers = Record<string, Handler | undefined>;

export interface Globals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  Sheets: GoogleAppsScript.Sheets;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  ContentService: GoogleAppsScript.Content.ContentService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  LockService: GoogleAppsScript.Lock.LockService;
  MailApp: GoogleAppsScript.Mail.MailApp;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Logger: GoogleAppsScript.Base.Logger;
  Charts: { ChartType: typeof E.ChartType };
  console: Pick<Console, 'log' | 'info' | 'warn' | 'error'>;
}

const HELD_BY_OTHER = -1;

export class Emulator {
  readonly ctx: EmuContext;
  /** Every spreadsheet of this emulator, by id. */
  readonly library: Library;
  readonly globals: Globals;
  readonly ui = new UiLog();
  readonly mail: MailState;
  readonly properties: PropertyStores;
  readonly caches: CacheStores;
  readonly locks = new LockTable();
  readonly triggerStore = new TriggerStore();
  readonly logger: LoggerImpl;
  /** Lines written with console.* inside scripts (kept, not printed). */
  readonly logs: string[] = [];
  /** Functions fireTimeTrigger / userEdit / open may call by name (besides those passed in). */
  handlers: Handlers = {};
  /** EmulatorOptions.addonTimeTriggers === 'detached', for an add-on. */
  private detachedTimeTriggers = false;
  /** Resolver set by setHandlers (e.g. names looked up in a vm context holding dist/Code.js). */
  private resolver: ((name: string) => Handler | undefined) | null = null;
  /** The HTML files of the project (as given in the options). */
  readonly files: Record<string, string>;
  private installed: {
    target: Record<string, unknown>;
    previous: Record<string, PropertyDescriptor | undefined>;
  } | null = null;

  constructor(opts: EmulatorOptions = {}) {
    const spreadsheetTimeZone = opts.spreadsheetTimeZone ?? 'Europe/Moscow';
    const scriptTimeZone = opts.scriptTimeZone ?? 'Europe/Moscow';
    checkTimeZone(spreadsheetTimeZone);
    checkTimeZone(scriptTimeZone);
    const owner = opts.effectiveUser ?? 'owner@example.org';
    const now = new Date(opts.now ?? '2021-01-11T09:00:00Z').getTime();
    if (Number.isNaN(now)) throw new Error(`createEmulator: bad "now": ${String(opts.now)}`);
    const locale = opts.locale ?? 'ru_RU';
    this.files = { ...(opts.files ?? {}) };
    this.ctx = new EmuContext({
      now,
      spreadsheetTimeZone,
      scriptTimeZone,
      locale,
      user: { email: opts.activeUser ?? owner, effectiveUser: owner },
    });
    this.ctx.scriptKind = opts.scriptKind ?? 'addon';
    if (opts.executionLimit === false) this.ctx.executionLimitMs = Number.POSITIVE_INFINITY;
    this.ctx.keepExecutionTime = opts.keepExecutionTime === true;
    this.defaults = { timeZone: spreadsheetTimeZone, locale };
    this.detachedTimeTriggers = this.ctx.scriptKind === 'addon' && opts.addonTimeTriggers === 'detached';
    this.properties = new PropertyStores(this.ctx);
    this.caches = new CacheStores(this.ctx);
    this.library = new Library(this.ctx);
    this.owner = owner;
    this.addBook({
      id: '1EmuLatedSpreadsheetId0000000000000000000000',
      name: opts.spreadsheetName ?? 'План-график (эмулятор)',
      timeZone: spreadsheetTimeZone,
      locale,
      owner,
    });
    const uiImpl = new UiImpl(this.ctx, this.ui, opts.addonName ?? 'План-график');
    this.sheetsApi = new SheetsApiImpl(this.ctx, this.library);
    if (opts.sheetsQuota === false) this.sheetsApi.quotaOn = false;
    this.mail = new MailState(this.ctx, opts.mailQuota ?? 100);
    this.logger = new LoggerImpl(this.ctx);
    const record =
      (level: string) =>
      (...a: unknown[]) => {
        this.logs.push(`${level}: ${a.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(' ')}`);
      };
    this.globals = {
      SpreadsheetApp: new SpreadsheetAppImpl(
        this.ctx,
        this.library,
        uiImpl,
        (o: NewBook) =>
          this.library.byId(
            this.addSpreadsheet({
              ...o,
              timeZone: this.defaults.timeZone,
              locale: this.defaults.locale,
            }),
          )!,
      ) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
      Sheets: this.sheetsApi as unknown as GoogleAppsScript.Sheets,
      HtmlService: new HtmlServiceImpl(this.ctx, this.files) as unknown as GoogleAppsScript.HTML.HtmlService,
      ContentService: new ContentServiceImpl(this.ctx) as unknown as GoogleAppsScript.Content.ContentService,
      PropertiesService: new PropertiesServiceImpl(
        this.ctx,
        this.properties,
      ) as unknown as GoogleAppsScript.Properties.PropertiesService,
      CacheService: new CacheServiceImpl(this.ctx, this.caches) as unknown as GoogleAppsScript.Cache.CacheService,
      LockService: new LockServiceImpl(this.ctx, this.locks) as unknown as GoogleAppsScript.Lock.LockService,
      MailApp: new MailAppImpl(this.ctx, this.mail) as unknown as GoogleAppsScript.Mail.MailApp,
      ScriptApp: new ScriptAppImpl(
        this.ctx,
        this.triggerStore,
        (id) => this.library.byId(id) !== undefined,
      ) as unknown as GoogleAppsScript.Script.ScriptApp,
      Session: new SessionImpl(this.ctx) as unknown as GoogleAppsScript.Base.Session,
      Utilities: new UtilitiesImpl(this.ctx) as unknown as GoogleAppsScript.Utilities.Utilities,
      Logger: this.logger as unknown as GoogleAppsScript.Base.Logger,
      Charts: { ChartType: E.ChartType },
      console: { log: record('log'), info: record('info'), warn: record('warn'), error: record('error') },
    };
  }

  private readonly owner: string;
  /** The account's defaults for a new file (SpreadsheetApp.create): the emulator's options. */
  private readonly defaults: { timeZone: string; locale: string };
  private readonly sheetsApi: SheetsApiImpl;
  /** Every execution run so far, oldest first (runAs, runMenuItem, triggers, the web app). */
  readonly executions: ExecutionRecord[] = [];
  /** The executions that did not complete (failed or timed out). */
  get failedExecutions(): ExecutionRecord[] {
    return this.executions.filter((e) => e.status !== 'completed');
  }
  /** The last execution that ended, or undefined. */
  get lastExecution(): ExecutionRecord | undefined {
    return this.executions[this.executions.length - 1];
  }
  /**
   * Every advanced Sheets service call scripts made, in REST terms (method, params, body), in order,
   * once `recordSheetsCalls()` was called (off by default: copying a 10,000-row write costs time).
   */
  get sheetsCalls(): SheetsApiCall[] {
    return this.sheetsApi.log;
  }
  recordSheetsCalls(on = true): void {
    this.sheetsApi.recording = on;
  }

  private addBook(o: {
    id: string;
    name: string;
    timeZone: string;
    locale: string;
    owner: string;
    rows?: number;
    columns?: number;
  }): Book {
    const book = new Book(this.ctx, newWorkbook(o));
    book.spreadsheet = new SpreadsheetImpl(book, this.ui) as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    this.library.add(book);
    return book;
  }

  /** The active spreadsheet's workbook (the one the current execution runs in). */
  get book(): Book {
    return this.library.active;
  }
  get spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.book.spreadsheet;
  }
  /** Ids of every spreadsheet, the first one created first. */
  get documents(): string[] {
    return [...this.library.books.keys()];
  }

  /**
   * Another spreadsheet in which the same add-on (same script, same users) is used. Returns its id;
   * the active spreadsheet does not change (see `useDocument` / `inDocument`).
   */
  addSpreadsheet(opts: SpreadsheetOptions & { rows?: number; columns?: number } = {}): string {
    const timeZone = opts.timeZone ?? this.book.wb.timeZone;
    checkTimeZone(timeZone);
    const n = this.library.books.size + 1;
    const id = `${n}EmuLatedSpreadsheetId${'0'.repeat(22)}`.slice(0, 44);
    const owner = opts.owner ?? this.owner;
    const book = this.addBook({
      id,
      name: opts.name ?? `Таблица ${n} (эмулятор)`,
      timeZone,
      locale: opts.locale ?? this.book.wb.locale,
      owner,
      rows: opts.rows,
      columns: opts.columns,
    });
    book.wb.editors = [...new Set(opts.editors ?? [])].filter((e) => e !== owner);
    if (opts.restricted) book.wb.restricted = true;
    return id;
  }

  /** Spreadsheet `id` is deleted: no one can open it (openById fails, the Sheets API finds nothing). */
  deleteSpreadsheet(id: string): void {
    const b = this.library.byId(id);
    if (!b) throw new Error(`deleteSpreadsheet: no spreadsheet ${id}`);
    if (id === this.ctx.activeDocument) throw new Error('deleteSpreadsheet: not the active spreadsheet');
    b.wb.deleted = true;
  }

  /** Owner, editors and access of spreadsheet `id`, as a test checks a distribution. */
  sharing(id: string): { owner: string; editors: string[]; restricted: boolean; noAccess: string[]; deleted: boolean } {
    const b = this.library.byId(id);
    if (!b) throw new Error(`sharing: no spreadsheet ${id}`);
    const wb = b.wb;
    return {
      owner: wb.owner,
      editors: [...wb.editors],
      restricted: !!wb.restricted,
      noAccess: [...(wb.noAccess ?? [])],
      deleted: !!wb.deleted,
    };
  }

  /**
   * Spreadsheet `id`'s developer metadata as stored (every project's), key → value of the
   * add-on's own (PROJECT-visible, made by the emulated project) with `own`.
   */
  developerMetadata(id = this.ctx.activeDocument): MetadataModel[] {
    const b = this.library.byId(id);
    if (!b) throw new Error(`developerMetadata: no spreadsheet ${id}`);
    return (b.wb.metadata ?? []).map((m) => ({ ...m }));
  }

  /** `email` can no longer open spreadsheet `id` (removed from its sharing; addEditor gives it back). */
  revokeAccess(id: string, email: string): void {
    const b = this.library.byId(id);
    if (!b) throw new Error(`revokeAccess: no spreadsheet ${id}`);
    b.wb.noAccess = [...(b.wb.noAccess ?? []), email];
    b.wb.editors = b.wb.editors.filter((e) => e !== email);
  }

  /** Runs `fn` as code of another developer project (another person's script or API client). */
  asProject<T>(project: string, fn: () => T): T {
    const saved = this.ctx.project;
    this.ctx.project = project;
    try {
      return fn();
    } finally {
      this.ctx.project = saved;
    }
  }

  /** From now on the user works in spreadsheet `id` (menus, sidebar, edits, document properties). */
  useDocument(id: string): void {
    if (!this.library.byId(id)) throw new Error(`useDocument: no spreadsheet ${id}`);
    this.ctx.activeDocument = id;
  }

  /** Runs `fn` with spreadsheet `id` active, then returns to the one active before. */
  inDocument<T>(id: string, fn: () => T): T {
    const saved = this.ctx.activeDocument;
    this.useDocument(id);
    try {
      return fn();
    } finally {
      this.ctx.activeDocument = saved;
    }
  }
  get calls(): CallCounter {
    return this.ctx.calls;
  }
  get outbox(): SentMail[] {
    return this.mail.outbox;
  }
  /**
   * The `Date` a loaded script must get (e.g. `vm.createContext({ ...emu.globals, Date: emu.scriptDate })`):
   * "now" is the emulator's clock, local-time methods follow the script's time zone (script-date.ts).
   */
  get scriptDate(): DateConstructor {
    this.dateClass ??= scriptDate(
      () => this.ctx.nowMs(),
      () => this.ctx.scriptTimeZone,
    );
    return this.dateClass;
  }
  private dateClass: DateConstructor | null = null;

  /** Installed triggers of every user (function name, type, hour, owner…). */
  get triggers(): TriggerRecord[] {
    return this.triggerStore.list;
  }
  /** Modelled run time of the calls counted so far (calls × per-service latency; see counter.ts). */
  get executionMs(): number {
    return this.ctx.calls.executionMs;
  }
  /** Whether the calls so far would fit in Apps Script's 6-minute execution limit. */
  withinExecutionLimit(): boolean {
    return this.executionMs <= EXECUTION_LIMIT_MS;
  }

  // ---- globals ----
  /**
   * Puts the services on `target` (default the global object). With `{ date: true }` its `Date`
   * becomes `scriptDate` too, so code imported straight into a test (src/gas) sees the execution
   * clock in `Date.now()`; uninstall() gives the runner its own Date back.
   */
  install(target: object = globalThis, opts: { date?: boolean } = {}): void {
    if (this.installed) this.uninstall();
    const t = target as Record<string, unknown>;
    const previous: Record<string, PropertyDescriptor | undefined> = {};
    const put: Record<string, unknown> = { ...this.globals, ...(opts.date ? { Date: this.scriptDate } : {}) };
    for (const [k, v] of Object.entries(put)) {
      if (k === 'console' && t === globalThis) continue; // keep the test runner's console
      previous[k] = Object.getOwnPropertyDescriptor(t, k);
      Object.defineProperty(t, k, { value: v, configurable: true, writable: true, enumerable: false });
    }
    this.installed = { target: t, previous };
  }
  uninstall(): void {
    if (!this.installed) return;
    const { target, previous } = this.installed;
    for (const [k, d] of Object.entries(previous)) {
      if (d) Object.defineProperty(target, k, d);
      else delete target[k];
    }
    this.installed = null;
  }

  // ---- clock ----
  setNow(d: Date | string): void {
    const t = new Date(d).getTime();
    if (Number.isNaN(t)) throw new Error(`setNow: bad date ${String(d)}`);
    this.ctx.setNow(t);
  }
  advance(ms: number): void {
    this.ctx.advance(ms);
  }
  now(): Date {
    return new Date(this.ctx.nowMs());
  }

  // ---- users and executions ----
  /**
   * Runs `fn` as a separate execution by another user: own lock ownership, own user properties.
   * Locks it still holds are released when it ends, as when a real execution finishes.
   */
  runAs<T>(user: { email: string; effectiveUser?: string }, fn: () => T): T {
    return this.execute(user, { kind: 'run', functionName: '' }, fn);
  }

  /**
   * One execution: its own id (locks), its user, its modelled clock (context.ts) and the 6-minute
   * kill; recorded in `executions`. An error propagates after it is recorded; an execution killed
   * for time throws EXCEEDED_MESSAGE even if the script caught the call's error.
   */
  private execute<T>(
    user: { email: string; effectiveUser?: string },
    meta: Pick<ExecutionRecord, 'kind' | 'functionName'>,
    fn: () => T,
  ): T {
    const saved = { user: this.ctx.user, execution: this.ctx.execution, depth: this.ctx.depth };
    const exec = this.ctx.newExecution();
    this.ctx.user = {
      email: user.email,
      effectiveUser: user.effectiveUser ?? (user.email || saved.user.effectiveUser),
    };
    this.ctx.execution = exec;
    this.ctx.depth = 0;
    const run: RunningExecution = this.ctx.beginExecution(exec);
    const record: Omit<ExecutionRecord, 'endedAt' | 'ms' | 'status'> = {
      id: exec,
      ...meta,
      user: this.ctx.user.email,
      effectiveUser: this.ctx.user.effectiveUser,
      document: this.ctx.runsIn(),
      startedAt: new Date(run.startMs),
      calls: this.ctx.calls.total,
    };
    const end = (status: ExecutionStatus, error?: string) => {
      this.executions.push({
        ...record,
        endedAt: new Date(this.ctx.nowMs()),
        ms: this.ctx.elapsedMs(run),
        calls: this.ctx.calls.total - record.calls,
        status,
        ...(error === undefined ? {} : { error }),
      });
    };
    try {
      const out = fn();
      if (run.timedOut) {
        end('timed-out', EXCEEDED_MESSAGE);
        throw new Error(EXCEEDED_MESSAGE);
      }
      end('completed');
      return out;
    } catch (e) {
      if (!this.executions.some((x) => x.id === exec))
        end(
          run.timedOut ? 'timed-out' : 'failed',
          run.timedOut ? EXCEEDED_MESSAGE : String((e as Error)?.message ?? e),
        );
      if (run.timedOut && (e as Error)?.message !== EXCEEDED_MESSAGE) throw new Error(EXCEEDED_MESSAGE);
      throw e;
    } finally {
      this.ctx.endExecution(run);
      for (const [k, h] of this.locks.holders) if (h === exec) this.locks.holders.delete(k);
      this.ctx.user = saved.user;
      this.ctx.execution = saved.execution;
      this.ctx.depth = saved.depth;
    }
  }

  /** Modelled ms of the execution running now (0 outside one): what a script's Date.now() - start sees. */
  get runningMs(): number {
    const run = this.ctx.running[this.ctx.running.length - 1];
    return run ? this.ctx.elapsedMs(run) : 0;
  }

  /** Another user (another execution) takes a lock and keeps it until releaseHeldLock(). */
  holdLock(kind: LockKind = 'script', user = 'other@example.org'): void {
    const key = lockKey(kind, user === 'other@example.org' && kind === 'user' ? this.ctx.user.effectiveUser : user);
    if (this.locks.holders.has(key)) throw new Error(`holdLock: the ${kind} lock is already held`);
    this.locks.holders.set(key, HELD_BY_OTHER);
  }
  releaseHeldLock(): void {
    for (const [k, h] of this.locks.holders) if (h === HELD_BY_OTHER) this.locks.holders.delete(k);
  }

  // ---- the web app ----
  /**
   * «Развернуть → Новое развертывание → Веб-приложение», executed as the deploying user (the
   * current effective user): from now on `ScriptApp.getService().getUrl()` gives `url`.
   */
  deployWebApp(url = 'https://script.google.com/macros/s/emulated-script-id/exec'): string {
    this.ctx.webAppUrl = url;
    this.webAppOwner = this.ctx.user.effectiveUser;
    return url;
  }
  private webAppOwner = '';

  /**
   * Runs `fn` as the web app does: executed as the deployer, for an anonymous visitor (active user
   * blank), with no active spreadsheet, no document lock and no Ui. For google.script.run calls
   * from the page; `webGet` for opening its URL.
   */
  webRun<T>(fn: () => T): T {
    if (this.ctx.webAppUrl === null) throw new Error('webRun: the web app is not deployed (deployWebApp)');
    const saved = this.ctx.webApp;
    this.ctx.webApp = true;
    try {
      return this.execute({ email: '', effectiveUser: this.webAppOwner }, { kind: 'web', functionName: '' }, () =>
        atTopLevel(this.ctx, fn),
      );
    } finally {
      this.ctx.webApp = saved;
    }
  }

  /**
   * A GET of the web app's URL with `query`: doGet(e) with the event object as Google passes it
   * (guides/web, "Request parameters": queryString, parameter — first values, parameters — every
   * value, contextPath always '', contentLength -1 for a GET).
   */
  webGet(query: string, handlers?: Handlers): unknown {
    const h = this.handler('doGet', handlers);
    if (!h) throw new Error('Script function not found: doGet');
    const parameters: Record<string, string[]> = {};
    for (const [k, v] of new URLSearchParams(query)) parameters[k] = [...(parameters[k] ?? []), v];
    const parameter = Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, v[0]]));
    const out = this.webRun(() =>
      h({ queryString: query || null, parameter, parameters, contextPath: '', contentLength: -1 }),
    );
    // guides/web: doGet "must return an HtmlOutput … or a TextOutput"; anything else is an error page.
    if (!(out instanceof HtmlOutputImpl || out instanceof TextOutputImpl))
      throw new Error('The script completed but the returned value is not a supported return type.');
    return out;
  }

  /**
   * What a client fetching the web app's URL receives: a TextOutput is served from
   * script.googleusercontent.com after a redirect (reference/content/content-service), with the
   * Content-Type of its MIME type; an HtmlOutput as a text/html page.
   */
  webFetch(query: string, handlers?: Handlers): { contentType: string; body: string; redirected: boolean } {
    const out = this.webGet(query, handlers) as HtmlOutputImpl | TextOutputImpl;
    return out instanceof TextOutputImpl
      ? { contentType: out._contentType(), body: out.getContent(), redirected: true }
      : { contentType: 'text/html; charset=utf-8', body: out.getContent(), redirected: false };
  }

  /** The next `n` e-mails go out; the one after throws (a crash in the middle of a mailing). */
  failMailAfter(n: number): void {
    this.mail.failAfter = n;
  }

  // ---- user actions and triggers ----
  /** Where named handlers come from: a record, or a function (e.g. `(n) => vmContext[n]`). */
  setHandlers(source: Handlers | ((name: string) => Handler | undefined)): void {
    if (typeof source === 'function') this.resolver = source;
    else this.handlers = source;
  }

  private handler(name: string, handlers?: Handlers): Handler | undefined {
    const fromTarget = this.installed?.target[name];
    return (
      handlers?.[name] ??
      this.handlers[name] ??
      this.resolver?.(name) ??
      (typeof fromTarget === 'function' ? (fromTarget as Handler) : undefined)
    );
  }

  private runTrigger<T>(
    opts: {
      email: string;
      effectiveUser: string;
      authMode: 'NONE' | 'LIMITED' | 'FULL';
      ui: boolean;
      kind: ExecutionRecord['kind'];
      functionName: string;
    },
    fn: () => T,
  ): T {
    const saved = { ui: this.ctx.uiAvailable, auth: this.ctx.authMode };
    this.ctx.uiAvailable = opts.ui;
    this.ctx.authMode = opts.authMode;
    try {
      return this.execute(
        { email: opts.email, effectiveUser: opts.effectiveUser },
        { kind: opts.kind, functionName: opts.functionName },
        () => atTopLevel(this.ctx, fn),
      );
    } finally {
      this.ctx.uiAvailable = saved.ui;
      this.ctx.authMode = saved.auth;
    }
  }

  /**
   * A user opens the spreadsheet: simple onOpen(e) runs (authMode LIMITED, or NONE for an add-on
   * not yet enabled in this document), then installable ON_OPEN triggers (FULL, as their owner).
   */
  open(handlers?: Handlers, opts: { authMode?: 'NONE' | 'LIMITED'; user?: string } = {}): void {
    const user = opts.user ?? this.ctx.user.email;
    const authMode = opts.authMode ?? 'LIMITED';
    const simple = this.handler('onOpen', handlers);
    const source = this.spreadsheet;
    if (simple) {
      this.runTrigger(
        {
          email: user,
          effectiveUser: user || this.ctx.user.effectiveUser,
          authMode,
          ui: true,
          kind: 'simple',
          functionName: 'onOpen',
        },
        () => simple({ authMode, source, user: makeUser(user) }),
      );
    }
    for (const t of this.triggerStore.list.filter(
      (x) => x.type === 'ON_OPEN' && x.sourceId === this.ctx.activeDocument,
    )) {
      const fn = this.handler(t.functionName, handlers);
      if (!fn) throw new Error(`Script function not found: ${t.functionName}`);
      this.runTrigger(
        {
          email: user,
          effectiveUser: t.owner,
          authMode: 'FULL',
          ui: true,
          kind: 'installable',
          functionName: t.functionName,
        },
        () => fn({ authMode: 'FULL', source, user: makeUser(user), triggerUid: t.id }),
      );
    }
  }

  /**
   * A user types `value` into a cell: it is stored as typing stores it (ru_RU parsing, '@' kept
   * as text, strict validation refuses it), then simple onEdit(e) runs (LIMITED) and installable
   * ON_EDIT triggers run (FULL, as their owner). Script writes never fire onEdit.
   * Returns false when a strict data-validation rule refused the input (nothing fires then).
   */
  userEdit(sheet: string, a1: string, value: unknown, handlers: Handlers = {}, opts: { user?: string } = {}): boolean {
    const s = this.book.sheetByName(sheet);
    if (!s) throw new Error(`userEdit: no sheet "${sheet}"`);
    const ref = parseA1(a1, s.maxRows, s.maxCols);
    const user = opts.user ?? this.ctx.user.email;
    const before = getCell(s, ref.row, ref.col);
    const oldValue = before?.v;
    // One value for every cell, or a pasted block with one value per cell (user-actions.ts).
    const at = typedValueAt(value, ref);
    try {
      for (let i = 0; i < ref.numRows!; i++)
        for (let j = 0; j < ref.numCols!; j++)
          checkValidation(
            getCell(s, ref.row + i, ref.col + j),
            at(i, j),
            ref.row + i,
            ref.col + j,
            this.book.wb.locale,
          );
    } catch (e) {
      this.ui.alerts.push({ title: 'Ошибка', prompt: (e as Error).message, buttons: 'OK', answer: 'OK' });
      return false;
    }
    const env = this.book.writeEnv();
    for (let i = 0; i < ref.numRows!; i++)
      for (let j = 0; j < ref.numCols!; j++) writeValue(cellFor(s, ref.row + i, ref.col + j), at(i, j), env);
    const after = getCell(s, ref.row, ref.col)?.v;
    const single = ref.numRows === 1 && ref.numCols === 1;
    const asEventValue = (v: unknown) =>
      v === undefined ? undefined : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
    const event = (extra: Record<string, unknown>) => ({
      range: new RangeImpl(
        this.book,
        s.id,
        ref.row,
        ref.col,
        ref.numRows!,
        ref.numCols!,
      ) as unknown as GoogleAppsScript.Spreadsheet.Range,
      source: this.spreadsheet,
      user: makeUser(user),
      ...(single ? { value: asEventValue(after), oldValue: asEventValue(oldValue) } : {}),
      ...extra,
    });
    const simple = this.handler('onEdit', handlers);
    if (simple) {
      this.runTrigger(
        {
          email: user,
          effectiveUser: user || this.ctx.user.effectiveUser,
          authMode: 'LIMITED',
          ui: true,
          kind: 'simple',
          functionName: 'onEdit',
        },
        () => simple(event({ authMode: 'LIMITED' })),
      );
    }
    for (const t of this.triggerStore.list.filter(
      (x) => x.type === 'ON_EDIT' && x.sourceId === this.ctx.activeDocument,
    )) {
      const fn = this.handler(t.functionName, handlers);
      if (!fn) throw new Error(`Script function not found: ${t.functionName}`);
      this.runTrigger(
        {
          email: user,
          effectiveUser: t.owner,
          authMode: 'FULL',
          ui: true,
          kind: 'installable',
          functionName: t.functionName,
        },
        () => fn(event({ authMode: 'FULL', triggerUid: t.id })),
      );
    }
    return true;
  }

  /**
   * Fires time-driven triggers now (all, or those whose handler is `fn`): each runs as its owner,
   * in AuthMode.FULL, without a Ui (getUi() throws), with the real event fields.
   * Returns how many fired. A handler's exception propagates.
   */
  fireTimeTrigger(fn?: string, handlers?: Handlers): number {
    const due = this.triggerStore.list.filter((t) => t.type === 'CLOCK' && (!fn || t.functionName === fn));
    for (const t of due) {
      const h = this.handler(t.functionName, handlers);
      if (!h) throw new Error(`Script function not found: ${t.functionName}`);
      const now = this.ctx.nowMs();
      // Event fields are in UTC, as documented for time-driven events.
      const w = wallClock(now, 'UTC');
      const e = {
        authMode: 'FULL',
        triggerUid: t.id,
        year: w.year,
        month: w.month,
        'day-of-month': w.day,
        'day-of-week': w.weekday === 0 ? 7 : w.weekday,
        hour: w.hour,
        minute: w.minute,
        second: w.second,
        timezone: 'UTC',
      };
      // A time-driven trigger has no active user on a consumer account: blank, as Session shows it.
      // It runs in the document it was created in (an add-on's triggers belong to a document).
      const doc = this.library.byId(t.sourceId) ? t.sourceId : this.ctx.activeDocument;
      const run = () =>
        this.runTrigger(
          {
            email: '',
            effectiveUser: t.owner,
            authMode: 'FULL',
            ui: false,
            kind: 'trigger',
            functionName: t.functionName,
          },
          () => h(e),
        );
      try {
        if (this.detachedTimeTriggers) {
          this.ctx.detached = true;
          try {
            run();
          } finally {
            this.ctx.detached = false;
          }
        } else this.inDocument(doc, run);
      } finally {
        // A one-off trigger is spent once it ran, whether or not its run failed.
        if (t.at) this.triggerStore.list = this.triggerStore.list.filter((x) => x !== t);
      }
    }
    return due.length;
  }

  /** All time-driven triggers at once (the playground's "run the daily trigger"). */
  fireTimeTriggers(handlers?: Handlers): number {
    return this.fireTimeTrigger(undefined, handlers);
  }

  /**
   * Simulates a user pressing a menu item: runs the named function with Ui available, as a new
   * execution of the current user (inside a runAs: as part of that execution).
   */
  runMenuItem(fnName: string, handlers?: Handlers): unknown {
    const h = this.handler(fnName, handlers);
    if (!h) throw new Error(`Script function not found: ${fnName}`);
    if (this.ctx.running.length) return atTopLevel(this.ctx, () => h());
    return this.execute(this.ctx.user, { kind: 'menu', functionName: fnName }, () => atTopLevel(this.ctx, () => h()));
  }

  // ---- data ----
  snapshot(): WorkbookSnapshot {
    return snapshotWorkbook(this.book.wb);
  }

  /** Whole-workbook check used by tests: cells holding a formula (we never want any in user data). */
  formulaCells(): string[] {
    const out: string[] = [];
    for (const s of this.book.wb.sheets) {
      s.cells.forEach((row, i) => {
        row?.forEach((c, j) => {
          if (c?.f !== undefined) out.push(`${s.name}!${toA1(i + 1, j + 1)}`);
        });
      });
    }
    return out;
  }
}

export function createEmulator(opts?: EmulatorOptions): Emulator {
  return new Emulator(opts);
}

/** Remaining-quota numbers as documented (guides/services/quotas). */
export const QUOTAS = {
  mailRecipientsPerDayConsumer: 100,
  mailRecipientsPerDayWorkspace: 1500,
  executionMs: EXECUTION_LIMIT_MS,
  triggerRuntimeMsPerDayConsumer: 90 * 60 * 1000,
  propertyValueBytes: 9 * 1024,
  propertyStoreBytes: 500 * 1024,
  triggersPerUserPerScript: 20,
} as const;
