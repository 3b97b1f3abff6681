/**
 * Counting service calls. Every call the add-on makes to an emulated service is one entry,
 * keyed by service ("SpreadsheetApp", "Sheets", "MailApp", …) and by `Class.method`
 * ("Range.getValues"). Calls an emulated method makes internally (setValue → setValues) are not
 * counted again: only the outermost call made by script code is a round trip.
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

  record(service: string, method: string): void {
    this.total++;
    this.methods.set(method, (this.methods.get(method) ?? 0) + 1);
    this.services.set(service, (this.services.get(service) ?? 0) + 1);
    this.log.push({ service, method });
    this.latency += CALL_LATENCY_MS[service] ?? DEFAULT_LATENCY_MS;
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
