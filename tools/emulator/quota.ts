/**
 * The Sheets API's per-minute request quotas, as the advanced Sheets service meets them.
 *
 * developers.google.com/sheets/api/limits ("Usage limits", current): read requests 300 per minute
 * per project and 60 per minute per user per project; write requests the same. "Read requests are
 * calls to any method that retrieves data from a spreadsheet, such as get … Write requests are
 * calls to any method that changes a spreadsheet, such as update, clear" — "per-minute quotas, and
 * they're refilled every minute"; beyond them the API answers 429. (Older docs gave 100 per 100 s
 * per user and 500 per 100 s per project, quota group 'ReadGroup' — gspread #583.)
 *
 * The error text, as clients report it: "Quota exceeded for quota metric 'Read requests' and limit
 * 'Read requests per minute per user' of service 'sheets.googleapis.com' for consumer
 * 'project_number:…'." (github.com/AutomaApp/automa/issues/1877, obot-platform/obot#104); the
 * project-wide one says limit 'Read requests per minute' (benborgers/opensheet#22, r-lib/gargle#160).
 * Apps Script prefixes "API call to sheets.spreadsheets.<method> failed with error: ".
 *
 * Modelled over the last 60 s of modelled time (a sliding window: never more lenient than a
 * refill on the minute). Only inside an execution (Emulator.runAs, runMenuItem, triggers, the web
 * app): outside one the emulator's clock stands still, so no minute would ever pass. A refused
 * request is not counted against the quota.
 */

export const SHEETS_PER_USER_PER_MINUTE = 60;
export const SHEETS_PER_PROJECT_PER_MINUTE = 300;
/** The consumer a quota error names (the Apps Script project's default Cloud project). */
export const QUOTA_CONSUMER = 'project_number:000000000000';
const MINUTE = 60_000;

export type QuotaMetric = 'Read requests' | 'Write requests';

export class SheetsQuota {
  /** Times (modelled ms) of the requests accepted, per metric and user ('' = the whole project). */
  private seen = new Map<string, number[]>();

  private recent(key: string, now: number): number[] {
    const list = (this.seen.get(key) ?? []).filter((t) => t > now - MINUTE);
    this.seen.set(key, list);
    return list;
  }

  /** Accepts a request of `metric` by `user` at `now`, or returns the quota error's text. */
  take(metric: QuotaMetric, user: string, now: number): string | null {
    const mine = this.recent(`${metric}|${user}`, now);
    const all = this.recent(`${metric}|`, now);
    const limit =
      mine.length >= SHEETS_PER_USER_PER_MINUTE
        ? `${metric} per minute per user`
        : all.length >= SHEETS_PER_PROJECT_PER_MINUTE
          ? `${metric} per minute`
          : null;
    if (limit)
      return `Quota exceeded for quota metric '${metric}' and limit '${limit}' of service 'sheets.googleapis.com' for consumer '${QUOTA_CONSUMER}'.`;
    mine.push(now);
    all.push(now);
    return null;
  }
}
