/**
 * Counting service calls. Every call the add-on makes to an emulated service is one entry,
 * keyed by service ("SpreadsheetApp", "Sheets", "MailApp", …) and by `Class.method`
 * ("Range.getValues"). Calls an emulated method makes internally (setValue → setValues) are not
 * counted again: only the outermost call made by script code is a round trip.
 *
 * Modelled time (issue 18). Each call costs its service's latency (CALL_LATENCY_MS), and a call
 * that opens, creates, shares or reads through the API ANOTHER spreadsheet than the execution's
 * costs OTHER_SPREADSHEET_MS more (figure and sources below). Inside an execution (Emulator.runAs,
 * runMenuItem, triggers, webRun/webGet) the clock scripts see runs on by that time (context.ts), the
 * call after EXECUTION_LIMIT_MS throws "Exceeded maximum execution time" and the execution is
 * recorded as timed out (Emulator.executions); the Sheets API's per-minute quotas apply
 * (quota.ts: 60 read / 60 write requests per minute per user, 300 per project). Outside an
 * execution the clock stands still and neither the kill nor the quotas apply; once an execution
 * ends the clock goes back to where the test had it unless EmulatorOptions.keepExecutionTime.
 */

/**
 * Milliseconds one service call is assumed to cost, for `executionMs`. Google gives no figure;
 * its "Best practices" guide (developers.google.com/apps-script/guides/support/best-practices,
 * "Minimize calls to other services") shows a per-cell loop taking ~70 s for a 100×100 grid of
 * setBackground calls against ~1 s batched, i.e. several ms to tens of ms per call. We take 50 ms
 * for a spreadsheet/advanced-service call (measured order of magnitude of a real round trip)
 * and 1 ms for in-process services (Utilities, Logger, Session).
 */
export const CALL_LATENCY_MS: Record<string, number> = {
  SpreadsheetApp: 50,
  Sheets: 80,
  Ui: 50,
  HtmlService: 5,
  ContentService: 5,
  PropertiesService: 30,
  CacheService: 20,
  LockService: 30,
  MailApp: 200,
  ScriptApp: 100,
  Session: 1,
  Utilities: 1,
  Logger: 1,
  Charts: 1,
};
export const DEFAULT_LATENCY_MS = 10;

/**
 * What a call that reaches ANOTHER spreadsheet costs on top of its service's latency: opening it
 * (`SpreadsheetApp.openById/openByUrl`), creating one (`SpreadsheetApp.create`), sharing it
 * (`Spreadsheet.addEditor`, a Drive permission), and every advanced-service call
 * (`Sheets.Spreadsheets.get/batchUpdate`, `…Values.*`) whose spreadsheetId is not the spreadsheet
 * the execution runs in. Calls on the active spreadsheet already have its document loaded; another
 * one must be loaded (and its access checked) by Google on each such request.
 *
 * Google publishes no latency figure. What is known:
 * - Apps Script's best-practices guide (developers.google.com/apps-script/guides/support/best-practices,
 *   "Minimize calls to other services") says calls to other services are orders of magnitude slower
 *   than JavaScript, without a number.
 * - Third-party reports for a whole open-and-read of one small spreadsheet through the Sheets API:
 *   "< 2 seconds total", another user 5–10 s (github.com/burnash/gspread/issues/673); 4 s to
 *   30–35 s for a 2,000-row read (gspread #585).
 * We take 1,500 ms, an assumption in the low half of that range (under 2 s … 5–10 s): a
 * 300-organisation roll-up that reads each plan with one batchGet then spends 300 × 1.58 s ≈ 8 min
 * on the reads alone, more than one 6-minute execution, and must continue in a later one (a
 * cursor and a time-driven trigger) — as such roll-ups do in Apps Script. At 1.58 s a call, one
 * user's reads stay under the Sheets API's 60 per minute (quota.ts); faster calls do not.
 */
export const OTHER_SPREADSHEET_MS = 1500;

/** The 6-minute execution limit (quotas page, "Script runtime"). */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;

export interface CallSnapshot {
  total: number;
  byService: Record<string, number>;
  byMethod: Record<string, number>;
}

export class CallCounter {
  total = 0;
  private methods = new Map<string, number>();
  private services = new Map<string, number>();
  /** Ordered log of calls (service, method), for debugging a count. */
  log: Array<{ service: string; method: string }> = [];
  private latency = 0;
  /** Modelled ms of every call ever made (reset() leaves it): what moves the execution clock. */
  spentMs = 0;

  /** One call; `extraMs` is a surcharge on top of the service's latency (OTHER_SPREADSHEET_MS). */
  record(service: string, method: string, extraMs = 0): void {
    this.total++;
    this.methods.set(method, (this.methods.get(method) ?? 0) + 1);
    this.services.set(service, (this.services.get(service) ?? 0) + 1);
    this.log.push({ service, method });
    this.charge((CALL_LATENCY_MS[service] ?? DEFAULT_LATENCY_MS) + extraMs);
  }

  /** Modelled time spent without a new call (a surcharge on the call being made). */
  charge(ms: number): void {
    this.latency += ms;
    this.spentMs += ms;
  }

  byService(): Record<string, number> {
    return Object.fromEntries(this.services);
  }

  byMethod(): Record<string, number> {
    return Object.fromEntries(this.methods);
  }

  /** Calls that reach the spreadsheet: SpreadsheetApp and the advanced Sheets service. */
  spreadsheet(): number {
    return (this.services.get('SpreadsheetApp') ?? 0) + (this.services.get('Sheets') ?? 0);
  }

  count(method: string): number {
    return this.methods.get(method) ?? 0;
  }

  /** Modelled execution time of the calls so far (see CALL_LATENCY_MS). */
  get executionMs(): number {
    return this.latency;
  }

  reset(): void {
    this.total = 0;
    this.methods.clear();
    this.services.clear();
    this.log = [];
    this.latency = 0;
  }

  snapshot(): CallSnapshot {
    return { total: this.total, byService: this.byService(), byMethod: this.byMethod() };
  }
}
