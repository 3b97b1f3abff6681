/**
 * The add-on's installable triggers in one spreadsheet, and the sender whose account runs them
 * (core/reminders/sender.ts). Works the same as an editor add-on and as a bound script:
 *
 * - Triggers are found per document and per account with ScriptApp.getUserTriggers(ss)
 *   (reference/script/script-app#getUserTriggers(Spreadsheet)); getProjectTriggers() would list the
 *   add-on's triggers of every document the user has.
 * - An add-on may have one trigger of each type per user per document, and a time-driven one fires
 *   at most hourly (developers.google.com/workspace/add-ons/concepts/editor-triggers): so there is
 *   one daily trigger, and it dispatches all scheduled work (reminders, weekly summary, report
 *   refresh, its own upkeep), and one edit trigger.
 * - No account can delete another account's trigger (guides/triggers/installable: "a given account
 *   cannot see triggers installed from a second account"): a trigger that finds another sender
 *   recorded deletes itself and does nothing.
 */
import { ENTRY_POINTS } from '../core/access/entry-points';
import { parseSender, SENDER_KEY, type Sender, triggerDuty } from '../core/reminders/sender';
import { documentProps, type Props } from './props';

export const DAILY_FUNCTION = 'onDailyReminders';
export const EDIT_FUNCTION = 'onPlanEdit';

type Trigger = GoogleAppsScript.Script.Trigger;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The account this execution runs as: the user at a menu, the trigger's owner in a trigger. */
export function runningAccount(): string {
  return (Session.getEffectiveUser().getEmail() || '').toLowerCase();
}

export function readSender(doc: Props = documentProps()): Sender | null {
  return parseSender(doc[SENDER_KEY]);
}

export function recordSender(s: Sender): void {
  PropertiesService.getDocumentProperties().setProperty(SENDER_KEY, JSON.stringify(s));
}

/** This account's triggers of this spreadsheet running `fn`. */
function mine(all: readonly Trigger[], fn: string): Trigger[] {
  return all.filter((t) => t.getHandlerFunction() === fn);
}

export interface TriggerState {
  sender: Sender | null;
  me: string;
  /** This account's daily trigger in this spreadsheet exists. */
  daily: boolean;
  /** This account's edit trigger in this spreadsheet exists. */
  edit: boolean;
}

/** Who sends and which of this account's triggers exist here (one getUserTriggers call). */
export function triggerState(ss: Spreadsheet, doc: Props = documentProps()): TriggerState {
  const all = ScriptApp.getUserTriggers(ss);
  return {
    sender: readSender(doc),
    me: runningAccount(),
    daily: mine(all, DAILY_FUNCTION).length > 0,
    edit: mine(all, EDIT_FUNCTION).length > 0,
  };
}

/**
 * Makes this account the sender and gives it its triggers here: the edit trigger always, the daily
 * one at `dailyHour` (spreadsheet zone) when reminders are on, none when `dailyHour` is null. A
 * daily trigger of another hour is replaced. Never a second trigger of a kind. Returns whether the
 * daily trigger had to be created.
 */
export function installSenderTriggers(
  ss: Spreadsheet,
  dailyHour: number | null,
  timeZone: string,
  prev: Sender | null = readSender(),
): boolean {
  const all = ScriptApp.getUserTriggers(ss);
  const me = runningAccount();
  const sameHour = prev && triggerDuty(prev, me) === 'serve' && prev.hour === dailyHour;
  let created = false;
  const daily = mine(all, DAILY_FUNCTION);
  if (dailyHour === null || !sameHour) for (const t of daily) ScriptApp.deleteTrigger(t);
  if (dailyHour !== null && (!sameHour || !daily.length)) {
    ScriptApp.newTrigger(DAILY_FUNCTION).timeBased().everyDays(1).atHour(dailyHour).inTimezone(timeZone).create();
    created = true;
  }
  if (!mine(all, EDIT_FUNCTION).length) ScriptApp.newTrigger(EDIT_FUNCTION).forSpreadsheet(ss).onEdit().create();
  const since = prev && triggerDuty(prev, me) === 'serve' ? prev.since : new Date().toISOString();
  recordSender({ email: me, since, hour: dailyHour });
  return created;
}

/** Deletes this account's triggers of `fn` here (all kinds when omitted); returns how many. */
export function removeMyTriggers(ss: Spreadsheet, fn?: string): number {
  const ts = ScriptApp.getUserTriggers(ss).filter((t) => !fn || t.getHandlerFunction() === fn);
  for (const t of ts) ScriptApp.deleteTrigger(t);
  return ts.length;
}

/**
 * At import: the edit trigger that fills «Дата выполнения» and journals status edits. Installed
 * for the sender only — another coordinator importing must not add a second edit trigger (each
 * edit would be journalled twice). With no sender recorded yet, the importer becomes the sender.
 * Returns whether this account's edit trigger serves the document.
 */
export function ensureEditTrigger(ss: Spreadsheet): boolean {
  const sender = readSender();
  if (triggerDuty(sender, runningAccount()) === 'retire') return false;
  const all = ScriptApp.getUserTriggers(ss);
  if (!mine(all, EDIT_FUNCTION).length) ScriptApp.newTrigger(EDIT_FUNCTION).forSpreadsheet(ss).onEdit().create();
  if (!sender) recordSender({ email: runningAccount(), since: new Date().toISOString(), hour: null });
  return true;
}

/**
 * The first thing every trigger run does: should this account's trigger act in this document?
 * The sender's does; with none recorded this one adopts the document; any other account's trigger
 * deletes itself (it cannot delete the sender's, and the sender's does the work) and does nothing.
 * Returns the sender record when the trigger acts, null when it retired.
 */
export function senderTriggerActs(ss: Spreadsheet, fn: string, doc: Props): Sender | null {
  const sender = readSender(doc);
  const me = runningAccount();
  const duty = triggerDuty(sender, me);
  if (duty === 'retire') {
    removeMyTriggers(ss, fn);
    // The execution log is read by people: the trigger by its name in words, not its function's.
    const label = (ENTRY_POINTS as Record<string, { label?: string }>)[fn]?.label ?? 'триггер';
    console.info(
      `План-график: напоминания в этой таблице отправляет ${sender?.email}; ваш триггер «${label}» (${me}) удалён.`,
    );
    return null;
  }
  if (sender && duty === 'serve') return sender;
  const adopted = { email: me, since: new Date().toISOString(), hour: null };
  recordSender(adopted);
  return adopted;
}
