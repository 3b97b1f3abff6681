/**
 * The department's reminders to its organisations (issue 18, part 4), sent by the department's run
 * right after a completed roll-up: `sendOrganisationReminders(rollup, options)`. Planning, the
 * quota and the wording are core (src/core/rollup/org-reminders*.ts, over the school's planner);
 * this reads the ledger once, sends with MailApp, and writes the ledger once.
 *
 * Call budget: [1 Spreadsheets.get when the run gives no `info`] + 1 Values.batchGet of the Журнал
 * (none while there is no Журнал) + 1 MailApp.getRemainingDailyQuota (none when nothing is due) +
 * 1 MailApp.sendEmail per e-mail + 1 Spreadsheets.batchUpdate of the ledger (none when nothing went
 * out; tried once more if it fails). MailApp only (not the Gmail service and its restricted scope): sending needs only
 * `script.send_mail`, and the quota is MailApp's (getRemainingDailyQuota).
 *
 * Where the ledger lives: the department spreadsheet's own «Журнал» tab, as rows of their own
 * field (`ORG_LEDGER_FIELD`), one row per e-mail with its keys one a line — not document
 * properties. The properties of the department's project are per document, 9 KB a value and
 * 500 KB in all (developers.google.com/apps-script/guides/services/quotas, "Properties value
 * size", "Properties total storage"): 300 organisations' keys outgrow them within weeks, where an
 * append-only tab does not, and the tab is what the school's ledger already is (journal-tab.ts,
 * journal-requests.ts: the same layout, the same append, recreated when deleted), so the
 * department reads in «Что произошло» who was reminded when. The department's spreadsheet is a
 * plan-grafik workbook (its План is the municipal plan): if the school add-on runs there too, its
 * ledger reads only its own field (`напоминание`), and an append (appendCells) never overwrites
 * another project's rows, so the two projects' locks need not be shared.
 *
 * One write at the end, not one per e-mail as the school's run does (the brief's batch): the
 * price is that an execution killed between the sends and the write sends those e-mails again on
 * the next run. `sendUntil` keeps that from the 6-minute limit: no e-mail is started after it, the
 * rest wait for the next run (counted as deferred), and the write still happens.
 */
import type { IsoDate } from '../../core/dates/calendar';
import { type Language, sayIn } from '../../core/language';
import { isValidEmail } from '../../core/people/email';
import { type Delivery, deliver } from '../../core/reminders/deliver';
import {
  type Department,
  fitOrgQuota,
  type OrgSchedule,
  orgLedger,
  orgLedgerRows,
  planOrgReminders,
  type SentOrgMail,
  type SkippedOrganisation,
  type SummaryState,
} from '../../core/rollup/org-reminders';
import {
  type RenderedMail,
  renderDepartmentSummary,
  renderOrgDigest,
  renderQuotaNotice,
} from '../../core/rollup/org-reminders-render';
import type { Rollup } from '../../core/rollup/rollup';
import { isOldJournal, journalAppendRequests } from '../../core/sheet/journal-requests';
import { journalFromValues } from '../../core/sheet/journal-tab';
import { JOURNAL_SHEET_NAME } from '../../core/workbook/schema';
import { batchUpdate, freshSheetId, readSpreadsheet, readTabs, type SpreadsheetInfo } from '../sheets-api';

export interface OrgMailOptions {
  /** Today in the department spreadsheet's zone. */
  today: IsoDate;
  /** The department spreadsheet's zone: the Журнал's «Время». */
  timeZone: string;
  /** The department's document language. */
  language: Language;
  department: Department;
  /** The department's spreadsheet: its Журнал holds the ledger. */
  spreadsheetId: string;
  /** Its tabs as the run read them already (readSpreadsheet): saves the Spreadsheets.get. */
  info?: SpreadsheetInfo;
  schedule?: Partial<OrgSchedule>;
  /** Who sends (the Журнал's «Пользователь»); the effective user when not given. */
  sender?: string;
  /** Epoch milliseconds after which no e-mail is started: the rest wait for the next run. */
  sendUntil?: number;
}

export interface OrgMailResult {
  /** E-mails that went out (digests, the weekly summary, the quota notice). */
  sent: number;
  /** Organisations with something due and no digest: no coordinator's address, or told today already. */
  skipped: number;
  skippedOrganisations: { name: string; reason: SkippedOrganisation['reason'] }[];
  /** Sends that failed (the rest still went); planned again on the next run. */
  failed: number;
  failures: { to: string; error: string }[];
  /** E-mails the daily quota left for the next run (the summary counts as one). */
  overQuota: number;
  overQuotaTo: string[];
  /** Not started because `sendUntil` came: planned again on the next run. */
  deferred: number;
  /** The weekly summary: sent, or why not. */
  summary: SummaryState | 'sent' | 'over-quota' | 'failed' | 'deferred';
  /** The ledger could not be written (twice): what went out today goes again on the next run. */
  ledgerError: string | null;
  /** One line for the run's status, in the document's language. */
  message: string;
}

interface Outgoing {
  to: string;
  mail: SentOrgMail;
  rendered: RenderedMail;
}

function send(m: Outgoing, department: Department): void {
  const r = m.rendered;
  const message: GoogleAppsScript.Mail.MailAdvancedParameters = {
    to: m.to,
    subject: r.subject,
    body: r.body,
    htmlBody: r.htmlBody,
    name: department.name.trim() || 'План-график',
  };
  // The organisations answer the department, not the account that runs the roll-up.
  if (isValidEmail(department.email)) message.replyTo = department.email.trim();
  MailApp.sendEmail(message);
}

/** Appends the rows in one batch (creating the Журнал when there is none); tried twice. */
function writeLedger(info: SpreadsheetInfo, journal: unknown[][], sent: SentOrgMail[], o: OrgMailOptions) {
  if (!sent.length) return null;
  const tab = info.sheets.find((s) => s.title === JOURNAL_SHEET_NAME);
  const user = o.sender ?? Session.getEffectiveUser().getEmail();
  const rows = orgLedgerRows(sent, user, new Date().toISOString());
  const upgrade = !!tab && isOldJournal({ header: journal[0] ?? null, columns: tab.columns });
  const requests = journalAppendRequests(tab?.sheetId ?? null, freshSheetId(info, 700_101), rows, o.timeZone, upgrade);
  for (let attempt = 1; ; attempt++) {
    try {
      batchUpdate(info.id, requests);
      return null;
    } catch (e) {
      if (attempt >= 2) return e instanceof Error ? e.message : String(e);
    }
  }
}

/**
 * Sends today's reminders of a roll-up: each late organisation's digest, the department's weekly
 * summary, and — when the quota falls short — a notice to the department. Throws only when the
 * ledger cannot be read (sending without it would repeat e-mails); every other failure is in the
 * result.
 */
export function sendOrganisationReminders(rollup: Rollup, o: OrgMailOptions): OrgMailResult {
  const info = o.info ?? readSpreadsheet(o.spreadsheetId).info;
  const hasJournal = info.sheets.some((s) => s.title === JOURNAL_SHEET_NAME);
  const journal = hasJournal ? (readTabs(info.id, [JOURNAL_SHEET_NAME])[JOURNAL_SHEET_NAME] ?? []) : [];
  const ledger = orgLedger(journalFromValues(journal));
  const { today, language: lang, department } = o;
  const plan = planOrgReminders({ rollup, today, ledger, department, language: lang, schedule: o.schedule });
  const due = plan.digests.length > 0 || plan.summary !== null;
  const run = fitOrgQuota(plan, due ? MailApp.getRemainingDailyQuota() : 0, ledger, today, department);
  const mails: Outgoing[] = [
    ...(run.summary
      ? [{ to: run.summary.to, mail: run.summary, rendered: renderDepartmentSummary(run.summary, lang) }]
      : []),
    ...run.digests.map((d) => ({ to: d.to, mail: d, rendered: renderOrgDigest(d, department, lang) })),
    ...(run.notice ? [{ to: run.notice.to, mail: run.notice, rendered: renderQuotaNotice(run.notice, lang) }] : []),
  ];
  const out: Delivery = { emails: 0, failed: [], deferred: 0, deferredTo: [] };
  const sent: SentOrgMail[] = [];
  const late = () => o.sendUntil !== undefined && Date.now() > o.sendUntil;
  deliver(
    mails,
    (m) => send(m, department),
    out,
    (m) => sent.push(m.mail),
    late,
  );
  const ledgerError = writeLedger(info, journal, sent, o);

  const summaryTo = run.summary?.to;
  const summary: OrgMailResult['summary'] = run.summaryOverQuota
    ? 'over-quota'
    : !run.summary
      ? plan.summaryState
      : sent.includes(run.summary)
        ? 'sent'
        : out.deferredTo.includes(summaryTo!)
          ? 'deferred'
          : 'failed';
  const overQuotaTo = [
    ...(run.summaryOverQuota && plan.summary ? [plan.summary.to] : []),
    ...run.overQuota.map((d) => d.to),
  ];
  const say = sayIn(lang);
  const message =
    say(
      `Напоминания организациям: отправлено писем — ${out.emails}; отложено из-за дневной квоты — ${overQuotaTo.length}; ` +
        `отложено до следующего запуска — ${out.deferred}; ошибок — ${out.failed.length}; пропущено организаций — ${plan.skipped.length}.`,
      `Reminders to organisations: ${out.emails} e-mails sent; ${overQuotaTo.length} left by the daily quota; ` +
        `${out.deferred} left for the next run; ${out.failed.length} failed; ${plan.skipped.length} organisations skipped.`,
    ) +
    (ledgerError
      ? say(
          ` Журнал не записан (${ledgerError}): эти письма уйдут ещё раз при следующем запуске.`,
          ` The Журнал was not written (${ledgerError}): these e-mails will go again on the next run.`,
        )
      : '');
  return {
    sent: out.emails,
    skipped: plan.skipped.length,
    skippedOrganisations: plan.skipped.map((s) => ({ name: s.organisation.name, reason: s.reason })),
    failed: out.failed.length,
    failures: out.failed,
    overQuota: overQuotaTo.length,
    overQuotaTo,
    deferred: out.deferred,
    summary,
    ledgerError,
    message,
  };
}
