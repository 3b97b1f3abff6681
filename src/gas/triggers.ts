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
 * - A published add-on's time-driven trigger may run with no active document and no document
 *   properties ("in editor add-ons for Google Docs and Google Sheets, time-based triggers are
 *   normally attached to the script itself", github.com/vtst/google-apps-scripts,
 *   VtstAddonTriggerLib/README.md — that library keeps a document ID per trigger and opens it the
 *   same way): so each daily trigger is registered in its installer's user properties, trigger UID
 *   → spreadsheet ID (core/reminders/trigger-registry.ts), and the run opens its document by ID.
 */
import { ENTRY_POINTS } from '../core/access/entry-points';
import { parseSender, SENDER_KEY, type Sender, triggerDuty } from '../core/reminders/sender';
import { parseRegistryEntry, registryEntry, registryKey, staleEntries } from '../core/reminders/trigger-registry';
import type { DocContext } from './doc-state';
import type { Props } from './props';

export const DAILY_FUNCTION = 'onDailyReminders';
export const EDIT_FUNCTION = 'onPlanEdit';

type Trigger = GoogleAppsScript.Script.Trigger;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The account this execution runs as: the user at a menu, the trigger's owner in a trigger. */
export function runningAccount(): string {
  return (Session.getEffectiveUser().getEmail() || '').toLowerCase();
}

export function readSender(doc: Props): Sender | null {
  return parseSender(doc[SENDER_KEY]);
}

export function recordSender(state: DocContext, s: Sender): void {
  state.set(SENDER_KEY, JSON.stringify(s));
}

/**
 * The registry after `created` was made in this document and `deleted` removed (one user property
 * per daily trigger); entries of this document whose trigger is gone (deleted by hand in the
 * triggers page) are dropped too. Cost: 2 calls to read, 1 per write.
 */
function updateRegistry(
  state: DocContext,
  created: Trigger | null,
  deleted: readonly Trigger[],
  live: readonly Trigger[],
): void {
  const store = PropertiesService.getUserProperties();
  const props = store.getProperties();
  const uid = (t: Trigger) => t.getUniqueId();
  for (const k of new Set([...deleted.map(uid).map(registryKey), ...staleEntries(props, state.id, live.map(uid))]))
    if (k in props) store.deleteProperty(k);
  if (created) store.setProperty(registryKey(created.getUniqueId()), registryEntry(state.id));
}

/** This account's triggers of this spreadsheet running `fn`. */
function mine(all: readonly Trigger[], fn: string): Trigger[] {
  return all.filter((t) => t.getHandlerFunction() === fn);
}

/** This account's edit trigger in `ss`, installed unless `all` (its triggers there) holds one. */
function editTrigger(all: readonly Trigger[], ss: Spreadsheet): void {
  if (!mine(all, EDIT_FUNCTION).length) ScriptApp.newTrigger(EDIT_FUNCTION).forSpreadsheet(ss).onEdit().create();
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
export function triggerState(state: DocContext): TriggerState {
  const all = ScriptApp.getUserTriggers(state.spreadsheet);
  return {
    sender: readSender(state.props),
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
  state: DocContext,
  dailyHour: number | null,
  prev: Sender | null = readSender(state.props),
): boolean {
  const ss = state.spreadsheet;
  const all = ScriptApp.getUserTriggers(ss);
  const me = runningAccount();
  const sameHour = prev && triggerDuty(prev, me) === 'serve' && prev.hour === dailyHour;
  const daily = mine(all, DAILY_FUNCTION);
  const removed = dailyHour === null || !sameHour ? daily : [];
  for (const t of removed) ScriptApp.deleteTrigger(t);
  let created: Trigger | null = null;
  if (dailyHour !== null && (!sameHour || !daily.length))
    created = ScriptApp.newTrigger(DAILY_FUNCTION)
      .timeBased()
      .everyDays(1)
      .atHour(dailyHour)
      .inTimezone(state.info.timeZone)
      .create();
  // The registry is written in the document's context, where the trigger is made: the run may have none.
  if (created || removed.length)
    updateRegistry(
      state,
      created,
      removed,
      all.filter((t) => !removed.includes(t)),
    );
  editTrigger(all, ss);
  const since = prev && triggerDuty(prev, me) === 'serve' ? prev.since : new Date().toISOString();
  recordSender(state, { email: me, since, hour: dailyHour });
  return !!created;
}

/** Deletes this account's triggers of `fn` here (all kinds when omitted), daily ones with their registry entries; returns how many. */
export function removeMyTriggers(state: DocContext, fn?: string): number {
  const all = ScriptApp.getUserTriggers(state.spreadsheet);
  const ts = all.filter((t) => !fn || t.getHandlerFunction() === fn);
  for (const t of ts) ScriptApp.deleteTrigger(t);
  if (mine(ts, DAILY_FUNCTION).length)
    updateRegistry(
      state,
      null,
      ts,
      all.filter((t) => !ts.includes(t)),
    );
  return ts.length;
}

/**
 * At import: the edit trigger that fills «Дата выполнения» and journals status edits. Installed
 * for the sender only — another coordinator importing must not add a second edit trigger (each
 * edit would be journalled twice). With no sender recorded yet, the importer becomes the sender.
 * Returns whether this account's edit trigger serves the document.
 */
export function ensureEditTrigger(state: DocContext): boolean {
  const sender = readSender(state.props);
  if (triggerDuty(sender, runningAccount()) === 'retire') return false;
  const ss = state.spreadsheet;
  const all = ScriptApp.getUserTriggers(ss);
  editTrigger(all, ss);
  if (!sender) recordSender(state, { email: runningAccount(), since: new Date().toISOString(), hour: null });
  return true;
}

/**
 * The first thing every trigger run does: should this account's trigger act in this document?
 * The sender's does; with none recorded this one adopts the document; any other account's trigger
 * deletes itself (it cannot delete the sender's, and the sender's does the work) and does nothing.
 * Returns the sender record when the trigger acts, null when it retired.
 */
export function senderTriggerActs(state: DocContext, fn: string): Sender | null {
  const sender = readSender(state.props);
  const me = runningAccount();
  const duty = triggerDuty(sender, me);
  if (duty === 'retire') {
    removeMyTriggers(state, fn);
    // The execution log is read by people: the trigger by its name in words, not its function's.
    const label = (ENTRY_POINTS as Record<string, { label?: string }>)[fn]?.label ?? 'триггер';
    console.info(
      `План-график: напоминания в этой таблице отправляет ${sender?.email}; ваш триггер «${label}» (${me}) удалён.`,
    );
    return null;
  }
  if (sender && duty === 'serve') return sender;
  const adopted = { email: me, since: new Date().toISOString(), hour: null };
  recordSender(state, adopted);
  return adopted;
}

/**
 * A daily run with no active document: the spreadsheet its trigger serves, from the registry
 * (`e.triggerUid`), opened by ID. When the registry has no entry for it, or the spreadsheet can no
 * longer be opened (deleted, access removed), the run says so in the execution log, deletes its
 * own trigger and its entry, and returns null — it never fails again the next day, silently.
 */
export function registeredSpreadsheet(triggerUid: string | undefined): Spreadsheet | null {
  const store = PropertiesService.getUserProperties();
  const key = registryKey(triggerUid ?? '');
  const entry = parseRegistryEntry(store.getProperty(key));
  let why = `триггера ${triggerUid} нет в реестре`;
  if (entry) {
    try {
      return SpreadsheetApp.openById(entry.spreadsheetId);
    } catch (e) {
      why = `таблица ${entry.spreadsheetId} не открывается: ${e}`;
    }
  }
  const own = ScriptApp.getProjectTriggers().filter((t) => t.getUniqueId() === triggerUid);
  for (const t of own) ScriptApp.deleteTrigger(t);
  store.deleteProperty(key);
  console.warn(`План-график: рассылка остановлена — ${why}. Триггер удалён.`);
  return null;
}
