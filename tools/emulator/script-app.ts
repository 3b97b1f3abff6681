/**
 * ScriptApp: installable triggers. Reference: developers.google.com/apps-script/reference/script/script-app
 * and guides/triggers/installable ("installable triggers run as the account that created them";
 * "a given account cannot see triggers installed from a second account"; a script may have at most
 * 20 triggers per user — guides/services/quotas, "Triggers").
 *
 * Triggers are kept per project with their owner and the spreadsheet they were created in (a
 * time-driven one too: an add-on's triggers belong to a document). getProjectTriggers() shows the
 * current user's triggers of every document; getUserTriggers(ss) those of one document
 * (reference/script/script-app#getUserTriggers(Spreadsheet): "installable triggers owned by the
 * user in the given spreadsheet, for this script or add-on only").
 *
 * As an editor add-on (scriptKind 'addon', the default), Google's add-on limits hold
 * (developers.google.com/workspace/add-ons/concepts/editor-triggers, "Installable triggers in
 * add-ons"): one trigger of each event type per user per document; a trigger only for the file the
 * add-on runs in; a time-driven trigger at most once an hour (also guides/triggers/installable:
 * "an add-on can use a time-driven trigger once per hour at most"). The refusals' wording is from
 * memory of the real messages.
 */
import { counted, type EmuContext } from './context';
import * as E from './enums';

export interface TriggerRecord {
  id: string;
  functionName: string;
  /** EventType name: CLOCK, ON_EDIT, ON_OPEN, ON_CHANGE, ON_FORM_SUBMIT */
  type: string;
  source: 'CLOCK' | 'SPREADSHEETS';
  sourceId: string;
  owner: string;
  everyDays?: number;
  everyHours?: number;
  everyMinutes?: number;
  everyWeeks?: number;
  onWeekDay?: string;
  atHour?: number;
  nearMinute?: number;
  timezone?: string;
  at?: Date;
}

export const MAX_TRIGGERS_PER_USER = 20;

type T = GoogleAppsScript.Script.Trigger;

export class TriggerImpl implements T {
  constructor(readonly rec: TriggerRecord) {}
  getEventType(): GoogleAppsScript.Script.EventType {
    return this.rec.type as unknown as GoogleAppsScript.Script.EventType;
  }
  getHandlerFunction(): string {
    return this.rec.functionName;
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return this.rec.source as unknown as GoogleAppsScript.Script.TriggerSource;
  }
  getTriggerSourceId(): string {
    return this.rec.sourceId;
  }
  getUniqueId(): string {
    return this.rec.id;
  }
}

const KIND_WORDS: Record<string, string> = {
  CLOCK: 'time-based',
  ON_EDIT: 'edit',
  ON_OPEN: 'open',
  ON_CHANGE: 'change',
  ON_FORM_SUBMIT: 'form submit',
};

export class TriggerStore {
  list: TriggerRecord[] = [];
  private next = 1;
  add(ctx: EmuContext, rec: Omit<TriggerRecord, 'id' | 'owner'>): T {
    if (ctx.authMode !== 'FULL') {
      throw new Error(
        'You do not have permission to call ScriptApp.newTrigger. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
      );
    }
    const owner = ctx.user.effectiveUser;
    if (this.list.filter((t) => t.owner === owner).length >= MAX_TRIGGERS_PER_USER) {
      throw new Error(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    }
    if (ctx.scriptKind === 'addon') {
      if (rec.everyMinutes) {
        throw new Error('Add-ons cannot create time-based triggers that run more often than once per hour.');
      }
      if (this.list.some((t) => t.owner === owner && t.sourceId === rec.sourceId && t.type === rec.type)) {
        throw new Error(
          `This add-on has created too many ${KIND_WORDS[rec.type] ?? rec.type} triggers in this document for this Google user account.`,
        );
      }
    }
    const full: TriggerRecord = { ...rec, id: String(8_000_000_000 + this.next++), owner };
    this.list.push(full);
    return new TriggerImpl(full);
  }
}

type CTB = GoogleAppsScript.Script.ClockTriggerBuilder;

export class ClockTriggerBuilderImpl
  implements
    Pick<
      CTB,
      | 'after'
      | 'at'
      | 'atHour'
      | 'create'
      | 'everyDays'
      | 'everyHours'
      | 'everyMinutes'
      | 'everyWeeks'
      | 'inTimezone'
      | 'nearMinute'
      | 'onWeekDay'
    >
{
  private rec: Omit<TriggerRecord, 'id' | 'owner'>;
  constructor(
    readonly ctx: EmuContext,
    private store: TriggerStore,
    fn: string,
  ) {
    // The document the trigger is made in: it is listed by getUserTriggers(that document).
    this.rec = { functionName: fn, type: 'CLOCK', source: 'CLOCK', sourceId: ctx.activeDocument };
  }
  private get b(): CTB {
    return this as unknown as CTB;
  }
  after(durationMilliseconds: number): CTB {
    this.rec.at = new Date(this.ctx.nowMs() + durationMilliseconds);
    return this.b;
  }
  at(date: GoogleAppsScript.Base.Date): CTB {
    this.rec.at = new Date((date as Date).getTime());
    return this.b;
  }
  atHour(hour: number): CTB {
    if (hour < 0 || hour > 23) throw new Error('Invalid argument: hour');
    this.rec.atHour = hour;
    return this.b;
  }
  everyDays(n: number): CTB {
    this.rec.everyDays = n;
    return this.b;
  }
  everyHours(n: number): CTB {
    // Only 1, 2, 4, 6, 8 or 12 hours are accepted (ClockTriggerBuilder.everyHours).
    if (![1, 2, 4, 6, 8, 12].includes(n)) throw new Error('The value provided must be 1, 2, 4, 6, 8 or 12.');
    this.rec.everyHours = n;
    return this.b;
  }
  everyMinutes(n: number): CTB {
    if (![1, 5, 10, 15, 30].includes(n)) throw new Error('The value provided must be 1, 5, 10, 15 or 30.');
    this.rec.everyMinutes = n;
    return this.b;
  }
  everyWeeks(n: number): CTB {
    this.rec.everyWeeks = n;
    return this.b;
  }
  inTimezone(timezone: string): CTB {
    this.rec.timezone = timezone;
    return this.b;
  }
  nearMinute(minute: number): CTB {
    this.rec.nearMinute = minute;
    return this.b;
  }
  onWeekDay(day: GoogleAppsScript.Base.Weekday): CTB {
    this.rec.onWeekDay = String(day);
    return this.b;
  }
  create(): T {
    const r = this.rec;
    if (!r.at && !r.everyDays && !r.everyHours && !r.everyMinutes && !r.everyWeeks) {
      throw new Error('The trigger must have a recurrence or a time (everyDays, everyHours, at, …).');
    }
    if (r.atHour !== undefined && !r.everyDays && !r.everyWeeks) {
      throw new Error('atHour() is only valid with everyDays() or everyWeeks().');
    }
    return this.store.add(this.ctx, { ...r, timezone: r.timezone ?? this.ctx.scriptTimeZone });
  }
}
counted(ClockTriggerBuilderImpl, 'ScriptApp', { only: ['create'], name: 'ClockTriggerBuilder' });

type STB = GoogleAppsScript.Script.SpreadsheetTriggerBuilder;

export class SpreadsheetTriggerBuilderImpl implements STB {
  private type = '';
  constructor(
    readonly ctx: EmuContext,
    private store: TriggerStore,
    private fn: string,
    private sourceId: string,
  ) {}
  private set(t: string): STB {
    this.type = t;
    return this;
  }
  onChange(): STB {
    return this.set('ON_CHANGE');
  }
  onEdit(): STB {
    return this.set('ON_EDIT');
  }
  onFormSubmit(): STB {
    return this.set('ON_FORM_SUBMIT');
  }
  onOpen(): STB {
    return this.set('ON_OPEN');
  }
  create(): T {
    if (!this.type) throw new Error('The trigger must have an event type (onEdit, onOpen, …).');
    return this.store.add(this.ctx, {
      functionName: this.fn,
      type: this.type,
      source: 'SPREADSHEETS',
      sourceId: this.sourceId,
    });
  }
}
counted(SpreadsheetTriggerBuilderImpl, 'ScriptApp', { only: ['create'], name: 'SpreadsheetTriggerBuilder' });

export class TriggerBuilderImpl
  implements Pick<GoogleAppsScript.Script.TriggerBuilder, 'forSpreadsheet' | 'timeBased'>
{
  constructor(
    readonly ctx: EmuContext,
    private store: TriggerStore,
    private fn: string,
    private documentExists: (id: string) => boolean,
  ) {}
  forSpreadsheet(sheet: unknown): STB {
    const id = typeof sheet === 'string' ? sheet : (sheet as GoogleAppsScript.Spreadsheet.Spreadsheet).getId();
    if (!this.documentExists(id)) throw new Error(`Spreadsheet ${id} not found.`);
    if (this.ctx.scriptKind === 'addon' && id !== this.ctx.activeDocument) {
      throw new Error('Add-ons can only create triggers for the file in which the add-on is used.');
    }
    return new SpreadsheetTriggerBuilderImpl(this.ctx, this.store, this.fn, id);
  }
  timeBased(): CTB {
    return new ClockTriggerBuilderImpl(this.ctx, this.store, this.fn) as unknown as CTB;
  }
}

export class ScriptAppImpl
  implements
    Pick<
      GoogleAppsScript.Script.ScriptApp,
      | 'deleteTrigger'
      | 'getOAuthToken'
      | 'getProjectTriggers'
      | 'getScriptId'
      | 'getService'
      | 'getUserTriggers'
      | 'newTrigger'
    >
{
  readonly AuthMode = E.AuthMode as unknown as typeof GoogleAppsScript.Script.AuthMode;
  readonly EventType = E.EventType as unknown as typeof GoogleAppsScript.Script.EventType;
  readonly TriggerSource = E.TriggerSource as unknown as typeof GoogleAppsScript.Script.TriggerSource;
  readonly WeekDay = E.WeekDay as unknown as typeof GoogleAppsScript.Base.Weekday;
  constructor(
    readonly ctx: EmuContext,
    readonly store: TriggerStore,
    private documentExists: (id: string) => boolean,
  ) {}
  deleteTrigger(trigger: T): void {
    const id = trigger.getUniqueId();
    const rec = this.store.list.find((t) => t.id === id);
    // A user cannot delete another user's trigger.
    if (!rec || rec.owner !== this.ctx.user.effectiveUser)
      throw new Error('Trigger not found or not owned by the current user.');
    this.store.list = this.store.list.filter((t) => t.id !== id);
  }
  getOAuthToken(): string {
    return `ya29.emulator-token-for-${this.ctx.user.effectiveUser}`;
  }
  getProjectTriggers(): T[] {
    return this.store.list.filter((t) => t.owner === this.ctx.user.effectiveUser).map((t) => new TriggerImpl(t));
  }
  getScriptId(): string {
    return 'emulated-script-id';
  }
  getService(): GoogleAppsScript.Script.Service {
    // reference/script/service: getUrl "Returns the URL of the web app, if it has been deployed;
    // otherwise returns null"; isEnabled "true if the script is accessible as a web app".
    const url = this.ctx.webAppUrl;
    return { getUrl: () => url, isEnabled: () => url !== null } as unknown as GoogleAppsScript.Script.Service;
  }
  getUserTriggers(document: unknown): T[] {
    const id = (document as { getId(): string }).getId();
    return this.store.list
      .filter((t) => t.owner === this.ctx.user.effectiveUser && t.sourceId === id)
      .map((t) => new TriggerImpl(t));
  }
  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    return new TriggerBuilderImpl(
      this.ctx,
      this.store,
      functionName,
      this.documentExists,
    ) as unknown as GoogleAppsScript.Script.TriggerBuilder;
  }
}
// newTrigger only starts a builder: the builder's create() is the counted call.
counted(ScriptAppImpl, 'ScriptApp', { skip: ['newTrigger'], name: 'ScriptApp' });
