/**
 * The reminder run (daily trigger) and its menu actions. Cost of a run: 4 spreadsheet reads in one
 * batch, one sendEmail per recipient, one batchUpdate that appends the ledger (and refreshes the
 * report tabs) — whatever the plan's size. The ledger is the Журнал tab: a rerun sends nothing new.
 */
import type { StaffMember } from '../core/people/types';
import { defaultAudience } from '../core/reminders/coordinators';
import { planDay } from '../core/reminders/plan-day';
import { recipientsFromStaff } from '../core/reminders/recipients';
import { renderDigest } from '../core/reminders/render';
import { runDay } from '../core/reminders/run-day';
import { parseSettings, type ReminderSettings, serializeSettings } from '../core/reminders/settings';
import type { Digest, RecipientsOf } from '../core/reminders/types';
import { type JournalRow, LEDGER_FIELD, ledgerFromJournal } from '../core/sheet/journal-tab';
import type { SheetsRequest } from '../core/sheet/requests';
import { withDocumentLock } from './lock';
import { readPlanMeta } from './plan-meta';
import { documentProps, type Props } from './props';
import { reportRequests, rowUrlFor } from './reports';
import { batchUpdate } from './sheets-api';
import { journalRequests, loadWorkbook, type Workbook } from './workbook';

export const SETTINGS_KEY = 'reminders.settings';
export const STATUS_KEY = 'reminders.status';
/** Stop sending well before Apps Script's 6-minute limit; what is left goes out on the next run. */
export const SEND_BUDGET_MS = 4.5 * 60 * 1000;

export function loadSettings(doc: Props = documentProps()): { settings: ReminderSettings; warnings: string[] } {
  return parseSettings(doc[SETTINGS_KEY] ?? null);
}

export function saveSettings(s: ReminderSettings): void {
  PropertiesService.getDocumentProperties().setProperty(SETTINGS_KEY, serializeSettings(s));
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

export interface RunStatus {
  lastRun: string;
  today: string;
  result: 'ok' | 'partial' | 'error' | 'off';
  emails: number;
  deferred: number;
  failed: { to: string; error: string }[];
  message: string;
  warnings: string[];
}

export function readStatus(): RunStatus | null {
  const raw = PropertiesService.getDocumentProperties().getProperty(STATUS_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as RunStatus;
  } catch {
    return null;
  }
}

function writeStatus(s: RunStatus): void {
  PropertiesService.getDocumentProperties().setProperty(STATUS_KEY, JSON.stringify(s));
}

function send(d: Digest, wb: Workbook, settings: ReminderSettings): void {
  const r = renderDigest(d, { sheetUrl: wb.url, rowUrl: rowUrlFor(wb), lang: settings.language });
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

/** The daily run. Never throws for bad settings or data: it records what happened in the status. */
export function runReminders(now: Date = new Date()): RunStatus {
  const doc = documentProps();
  const { settings, warnings } = loadSettings(doc);
  if (!settings.enabled) {
    const s: RunStatus = {
      lastRun: now.toISOString(),
      today: '',
      result: 'off',
      emails: 0,
      deferred: 0,
      failed: [],
      message: 'Напоминания выключены.',
      warnings,
    };
    writeStatus(s);
    return s;
  }
  return withDocumentLock(() => {
    const wb = loadWorkbook(['plan', 'staff', 'journal'], now);
    const requests: SheetsRequest[] = [];
    const journal: JournalRow[] = [];
    const started = Date.now();
    const owner = Session.getEffectiveUser().getEmail();
    let result: ReturnType<typeof runDay> | null = null;
    try {
      if (wb.plan) {
        result = runDay({
          activities: wb.plan.activities,
          recipientsOf: recipientsOf(wb),
          settings: withAudience(settings, wb.staff),
          today: wb.today,
          ledger: ledgerFromJournal(wb.journal ?? []),
          horizonYear: readPlanMeta(doc).horizonYear,
          // One e-mail of the quota is kept for telling the owner when reminders had to be deferred.
          remainingQuota: Math.max(0, MailApp.getRemainingDailyQuota() - 1),
          send: (d) => {
            if (Date.now() - started > SEND_BUDGET_MS) throw new Error('отложено: время выполнения на исходе');
            send(d, wb, settings);
          },
        });
        const time = now.toISOString();
        for (const key of result.sent)
          journal.push({
            time,
            user: owner,
            activityId: key.split('|')[0],
            field: LEDGER_FIELD,
            oldValue: '',
            newValue: key,
          });
        // The owner is told once a day by e-mail when the quota leaves room; the status always says it.
        if (result.notice && result.noticeKey && owner && MailApp.getRemainingDailyQuota() > 0) {
          MailApp.sendEmail(owner, 'План-график: не все напоминания отправлены', result.notice);
          journal.push({
            time,
            user: owner,
            activityId: '',
            field: LEDGER_FIELD,
            oldValue: '',
            newValue: result.noticeKey,
          });
        }
        // The report tabs are refreshed with each run; a failure there must not lose the ledger.
        try {
          requests.push(...reportRequests(wb).requests);
        } catch (e) {
          warnings.push(`Отчёты не обновлены: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
    } finally {
      // Whatever was sent is recorded, even when something after the sends failed.
      requests.unshift(...journalRequests(wb.info, journal));
      if (requests.length) batchUpdate(wb.info.id, requests);
    }
    const status: RunStatus = {
      lastRun: now.toISOString(),
      today: wb.today,
      result: !wb.plan ? 'error' : result && (result.failed.length || result.deferred) ? 'partial' : 'ok',
      emails: result?.emails ?? 0,
      deferred: result?.deferred ?? 0,
      failed: result?.failed ?? [],
      message: !wb.plan
        ? 'Нет вкладки «План»: напоминать не о чем.'
        : `Отправлено писем: ${result?.emails ?? 0}; отложено: ${result?.deferred ?? 0}; ошибок: ${result?.failed.length ?? 0}.${result?.notice ? ` ${result.notice}` : ''}`,
      warnings,
    };
    writeStatus(status);
    return status;
  });
}

/** What would be sent on `date` (no e-mail goes out, nothing is recorded). */
export function previewReminders(
  date: string,
): { to: string; subject: string; htmlBody: string; body: string; items: number }[] {
  const { settings } = loadSettings();
  const wb = loadWorkbook(['plan', 'staff', 'journal']);
  if (!wb.plan) return [];
  const digests = planDay({
    activities: wb.plan.activities,
    recipientsOf: recipientsOf(wb),
    settings: { ...withAudience(settings, wb.staff), enabled: true },
    today: date,
    ledger: ledgerFromJournal(wb.journal ?? []),
    horizonYear: readPlanMeta().horizonYear,
  });
  return digests.map((d) => {
    const r = renderDigest(d, { sheetUrl: wb.url, rowUrl: rowUrlFor(wb), lang: settings.language });
    return { to: d.to, subject: r.subject, htmlBody: r.htmlBody, body: r.body, items: d.items.length };
  });
}
