/**
 * The reminder run (daily trigger) and its menu actions. Cost of a run: the workbook read in one
 * batch (4 calls), then per e-mail its send and its ledger rows appended to the Журнал right after
 * it, then the report tabs in a batch of their own. The appends are paced under the Sheets API's
 * 60 write requests per minute per user (src/core/reminders/write-window.ts): the first 20 of a
 * minute go one per e-mail, beyond that one every 2 s carries the rows of the e-mails sent since
 * (≤ 49 a minute, the rest of the 60 left for the reports' batch and the status). So a run killed
 * half way (the 6-minute limit) repeats at most the e-mails whose rows it had not written yet: one
 * in a run of up to 20 e-mails, in a larger one the e-mails of the last 2 s at most (~10 at 200 ms
 * a send); the rows still waiting are written before the reports (waiting ≤ 2 s, counted in
 * SEND_BUDGET_MS). A failed report write never touches the ledger. The ledger is the Журнал tab: a
 * rerun sends nothing new.
 */

import { type Language, sayIn } from '../core/language';
import { signFeed, signLink } from '../core/links/link';
import type { Hmac } from '../core/links/seal';
import { namesByEmail } from '../core/people/display-name';
import type { StaffMember } from '../core/people/types';
import { defaultAudience } from '../core/reminders/coordinators';
import { testLetter } from '../core/reminders/menu-text';
import { planDay } from '../core/reminders/plan-day';
import { recipientsFromStaff } from '../core/reminders/recipients';
import { type RenderContext, renderDigest } from '../core/reminders/render';
import { runDay } from '../core/reminders/run-day';
import { parseSettings, type ReminderSettings, serializeSettings } from '../core/reminders/settings';
import { parseRefusedNote, parseStatus, type RunStatus, statusJson } from '../core/reminders/status';
import type { Digest, RecipientsOf } from '../core/reminders/types';
import { writeWait } from '../core/reminders/write-window';
import { isOldJournal, journalAppendRequests } from '../core/sheet/journal-requests';
import { type JournalRow, LEDGER_FIELD, ledgerFromJournal, ledgerWords } from '../core/sheet/journal-tab';
import { JOURNAL_SHEET_NAME, KEYS } from '../core/workbook/schema';
import type { Access } from './access';
import type { DocState } from './doc-state';
import { feedUrl, linkHmac, linkUrl, webAppUrl } from './links';
import { withDocumentLock } from './lock';
import { readPlanMeta } from './plan-meta';
import type { Props } from './props';
import { reportRequests, rowUrlFor } from './reports';
import { batchUpdate, freshSheetId } from './sheets-api';
import { DAILY_FUNCTION } from './triggers';
import { loadWorkbook, type Workbook } from './workbook';

export type { RunStatus };

export const SETTINGS_KEY = KEYS.settings;
export const STATUS_KEY = KEYS.status;
/** Stop sending well before Apps Script's 6-minute limit; what is left goes out on the next run. */
export const SEND_BUDGET_MS = 4.5 * 60 * 1000;

export function loadSettings(doc: Props): { settings: ReminderSettings; warnings: string[] } {
  return parseSettings(doc[SETTINGS_KEY] ?? null);
}

export function saveSettings(state: DocState, s: ReminderSettings): void {
  state.set(SETTINGS_KEY, serializeSettings(s));
}

/** Settings with no coordinators named fall back to the head and coordinating roles of Сотрудники. */
export function withAudience(settings: ReminderSettings, staff: readonly StaffMember[] | null): ReminderSettings {
  if (settings.coordinators.length || !staff) return settings;
  const d = defaultAudience(staff);
  return { ...settings, coordinators: d.coordinators, head: settings.head ?? d.head };
}

export function recipientsOf(wb: Workbook): RecipientsOf {
  return recipientsFromStaff(wb.staff ?? []);
}

/** The last run's status; a refusal of the trigger (its installer is no longer a coordinator) newer than it wins. */
export function readStatus(doc: Props): RunStatus | null {
  const s = parseStatus(doc[STATUS_KEY]);
  const r = parseRefusedNote(doc[KEYS.refused]);
  if (r?.entry === DAILY_FUNCTION && r.at && (!s || r.at > s.lastRun))
    return {
      lastRun: r.at,
      today: '',
      result: 'refused',
      emails: 0,
      deferred: 0,
      failed: [],
      failedCount: 0,
      message: r.message ?? '',
      warnings: [],
    };
  return s;
}

/** What a digest's links are signed with: the web app's URL and the HMAC; null when it is not deployed. */
type Signer = { base: string; hmac: Hmac } | null;

function signer(base: string | null = webAppUrl()): Signer {
  return base ? { base, hmac: linkHmac(true)! } : null;
}

/** The signed links of the e-mail to `to` (render.ts, RenderContext.links). */
function linksOf(wb: Workbook, s: Signer, to: string): RenderContext['links'] {
  if (!s) return null;
  const url = (activity: string, period: string) =>
    linkUrl(s.base, signLink({ person: to, activity, period, spreadsheet: wb.info.id }, Date.now(), s.hmac));
  return {
    mark: (i) => url(i.activity, /^\d/.test(i.period) ? i.period : ''),
    list: url('', ''),
    feed: feedUrl(s.base, signFeed(to, wb.info.id, s.hmac)),
  };
}

/** `rowUrl`: the run's one index of the plan's rows (built per e-mail, it cost the plan's size each). */
function send(d: Digest, wb: Workbook, settings: ReminderSettings, s: Signer, rowUrl: RenderContext['rowUrl']): void {
  const r = renderDigest(d, {
    sheetUrl: wb.url,
    rowUrl,
    lang: settings.language,
    links: linksOf(wb, s, d.to),
  });
  const message: GoogleAppsScript.Mail.MailAdvancedParameters = {
    to: d.to,
    subject: r.subject,
    body: r.body,
    htmlBody: r.htmlBody,
    name: settings.senderName,
  };
  if (settings.replyTo) message.replyTo = settings.replyTo;
  MailApp.sendEmail(message);
}

/**
 * Appends ledger rows to the Журнал (never with the reports), paced under the Sheets API's
 * per-minute write quota (write-window.ts): each e-mail's rows at once while the window allows,
 * else they wait and go with the next append it allows; `flush` writes what still waits before
 * the reports. A write that fails is tried once more; if that fails too, `broken` stops the run:
 * sending on without recording would send twice later. A missing Журнал tab is created by the first write.
 */
function ledgerWriter(wb: Workbook, sender: string, lang: Language) {
  const tab = wb.info.sheets.find((s) => s.title === JOURNAL_SHEET_NAME);
  let sheetId = tab?.sheetId ?? null;
  // An old Журнал is upgraded in the batch of the first ledger row, once.
  let upgrade = !!tab && isOldJournal({ header: wb.journalHeader, columns: tab.columns });
  const state = { broken: null as string | null, unrecorded: [] as string[] };
  const who = namesByEmail(wb.staff)(sender);
  // The rows not written yet and their recipients; the times (Date.now) of the appends made.
  let rows: JournalRow[] = [];
  let to: string[] = [];
  const times: number[] = [];
  /** How long until the next append may go (write-window.ts): what waiting rows may wait. */
  const wait = (): number => writeWait(times, Date.now());
  // Each attempt waits its turn, a retry too (it counts against the quota as any write).
  const write = (): void => {
    const id = sheetId ?? freshSheetId(wb.info, 700_001);
    const requests = journalAppendRequests(sheetId, id, rows, wb.info.timeZone, upgrade);
    for (let retry = 0; ; retry++) {
      const w = wait();
      if (w) Utilities.sleep(w);
      times.push(Date.now());
      try {
        batchUpdate(wb.info.id, requests);
        sheetId = id;
        upgrade = false;
        break;
      } catch (e) {
        if (retry) {
          state.broken = e instanceof Error ? e.message : String(e);
          state.unrecorded.push(...to);
          break;
        }
      }
    }
    rows = [];
    to = [];
  };
  const append = (keys: readonly string[], d: Pick<Digest, 'to' | 'name' | 'items'>): void => {
    if (state.broken) {
      state.unrecorded.push(d.to);
      return;
    }
    const byKey = new Map(d.items.map((i) => [i.key, i]));
    for (const key of keys) {
      const item = byKey.get(key);
      rows.push({
        time: new Date().toISOString(),
        user: sender,
        activityId: key.split('|')[0],
        field: LEDGER_FIELD,
        oldValue: '',
        newValue: key,
        who,
        number: item?.number ?? null,
        title: item?.title ?? null,
        what: ledgerWords(key, d.name, lang),
      });
    }
    to.push(d.to);
    if (!wait()) write();
  };
  // The rows still waiting, before the reports (once broken none wait: they went to `unrecorded`).
  const flush = (): void => {
    if (to.length) write();
  };
  return { state, append, wait, flush };
}

/**
 * The daily run, as the trigger's installer (the guard checked they are still a coordinator).
 * Never throws for bad settings or data: it records what happened in the status.
 */
export function runReminders(now: Date, access: Access): RunStatus {
  const state = access.state;
  const doc = state.props;
  const { settings, warnings } = loadSettings(doc);
  const say = sayIn(settings.language);
  const finish = (s: RunStatus): RunStatus => {
    state.set(STATUS_KEY, statusJson(s));
    return s;
  };
  if (!settings.enabled)
    return finish({
      lastRun: now.toISOString(),
      today: '',
      result: 'off',
      emails: 0,
      deferred: 0,
      failed: [],
      failedCount: 0,
      message: say('Напоминания выключены.', 'Reminders are off.'),
      warnings,
    });
  // Asked once: the links of the e-mails and the kind of the writers' lock both follow it.
  const url = webAppUrl();
  return withDocumentLock(
    () => {
      const wb = loadWorkbook(['plan', 'staff', 'journal'], now, state);
      const started = Date.now();
      const sender = access.caller.email || Session.getEffectiveUser().getEmail();
      const ledger = ledgerWriter(wb, sender, settings.language);
      const links = signer(url);
      const rowUrl = rowUrlFor(wb);
      let result: ReturnType<typeof runDay> | null = null;
      if (wb.plan) {
        result = runDay({
          activities: wb.plan.activities,
          recipientsOf: recipientsOf(wb),
          settings: withAudience(settings, wb.staff),
          today: wb.today,
          ledger: ledgerFromJournal(wb.journal ?? []),
          horizonYear: readPlanMeta(doc).horizonYear,
          nameOf: namesByEmail(wb.staff),
          // One e-mail of the quota is kept for telling the owner when reminders had to be deferred.
          remainingQuota: Math.max(0, MailApp.getRemainingDailyQuota() - 1),
          send: (d) => send(d, wb, settings, links, rowUrl),
          onSent: (keys, d) => ledger.append(keys, d),
          // The rows that may wait for the quota's window are written within the budget too.
          stop: () => !!ledger.state.broken || Date.now() - started + ledger.wait() > SEND_BUDGET_MS,
        });
        // The owner is told once a day by e-mail when the quota leaves room; the status always says it.
        if (
          result.notice &&
          result.noticeKey &&
          sender &&
          !ledger.state.broken &&
          MailApp.getRemainingDailyQuota() > 0
        ) {
          MailApp.sendEmail(
            sender,
            say('План-график: не все напоминания отправлены', 'План-график: not every reminder was sent'),
            result.notice,
          );
          ledger.append([result.noticeKey], { to: sender, name: namesByEmail(wb.staff)(sender), items: [] });
        }
        ledger.flush();
        if (ledger.state.broken)
          warnings.push(
            say(
              `Журнал не записывается (${ledger.state.broken}): рассылка остановлена. Письма без записи в журнале (${ledger.state.unrecorded.join(', ')}) уйдут ещё раз при следующем запуске, остальные — тоже при нём.`,
              `The «Журнал» cannot be written (${ledger.state.broken}): the mailing stopped. The letters with no «Журнал» row (${ledger.state.unrecorded.join(', ')}) go out again on the next run, and so do the rest.`,
            ),
          );
      }
      const failed = result?.failed ?? [];
      // `warnings` is shared: a report failure noted below is in this status too.
      const done: RunStatus = {
        lastRun: now.toISOString(),
        today: wb.today,
        result: !wb.plan
          ? 'error'
          : result && (failed.length || result.deferred || ledger.state.broken)
            ? 'partial'
            : 'ok',
        emails: result?.emails ?? 0,
        deferred: result?.deferred ?? 0,
        failed,
        failedCount: failed.length,
        message: !wb.plan
          ? say('Нет вкладки «План»: напоминать не о чем.', 'No «План» tab: nothing to remind of.')
          : say('Отправлено писем: ', 'E-mails sent: ') +
            `${result?.emails ?? 0}; ${say('отложено', 'deferred')}: ${result?.deferred ?? 0}; ${say('ошибок', 'errors')}: ${failed.length}.${result?.notice ? ` ${result.notice}` : ''}`,
        warnings,
      };
      if (wb.plan) {
        // The report tabs, after the ledger and apart from it: their failure costs only the reports.
        // The status rides in their batch; when that fails it is written alone, with the reason.
        const change = { [STATUS_KEY]: statusJson(done) };
        // (The run reads no state after this: `state.applied` is not needed.)
        try {
          batchUpdate(wb.info.id, [
            ...reportRequests(wb, readPlanMeta(doc), settings.language).requests,
            ...state.requests(change),
          ]);
          return done;
        } catch (e) {
          warnings.push(
            `${say('Отчёты не обновлены', 'Reports not refreshed')}: ${e instanceof Error ? e.message : String(e)}`,
          );
        }
      }
      return finish(done);
    },
    undefined,
    url,
    access.documentLock,
  );
}

/** What would be sent on `date` (no e-mail goes out, nothing is recorded). */
export function previewReminders(
  date: string,
  state: DocState,
  wb: Workbook = loadWorkbook(['plan', 'staff', 'journal'], new Date(), state),
): { to: string; subject: string; htmlBody: string; body: string; items: number }[] {
  const { settings } = loadSettings(state.props);
  if (!wb.plan) return [];
  const digests = planDay({
    activities: wb.plan.activities,
    recipientsOf: recipientsOf(wb),
    settings: { ...withAudience(settings, wb.staff), enabled: true },
    today: date,
    ledger: ledgerFromJournal(wb.journal ?? []),
    horizonYear: readPlanMeta(state.props).horizonYear,
    nameOf: namesByEmail(wb.staff),
  });
  const links = signer();
  return digests.map((d) => {
    const r = renderDigest(d, {
      sheetUrl: wb.url,
      rowUrl: rowUrlFor(wb),
      lang: settings.language,
      links: linksOf(wb, links, d.to),
    });
    return { to: d.to, subject: r.subject, htmlBody: r.htmlBody, body: r.body, items: d.items.length };
  });
}

/**
 * «Пробное письмо»: today's digest for `me` (or the first one) marked as a test, else a plain note
 * — "today" in the spreadsheet's zone (between 00:00 and 05:00 in Yekaterinburg it is still
 * yesterday in UTC), from the one read the preview uses.
 */
export function sendTestLetter(me: string, state: DocState): void {
  const wb = loadWorkbook(['plan', 'staff', 'journal'], new Date(), state);
  const lang = loadSettings(state.props).settings.language;
  MailApp.sendEmail(testLetter(me, wb.today, previewReminders(wb.today, state, wb), lang));
}
