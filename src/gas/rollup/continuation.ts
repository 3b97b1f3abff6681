/**
 * The roll-up's continuation: the department project's ONE time-driven trigger in a document (an
 * add-on may have one trigger of each kind per user per document, and a time-driven one fires at
 * most once an hour — developers.google.com/workspace/add-ons/concepts/editor-triggers; also
 * guides/triggers/installable: "add-ons can use a time-driven trigger once per hour at most"). It
 * is made when a roll-up is left unfinished and deleted when the roll-up completes, so it never
 * stays behind firing every hour. Being the department project's own, it takes nothing from the
 * school add-on's daily reminder trigger.
 *
 * A published add-on's time-driven run may have no active document (src/gas/triggers.ts, on
 * detached add-on triggers): the trigger's spreadsheet is registered in its owner's user properties,
 * trigger UID → spreadsheet ID, and the run opens it by ID.
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const CONTINUE_FUNCTION = 'rollupContinue';
const registryKey = (uid: string) => `rollup.trigger.${uid}`;

const ours = (ss: Spreadsheet) =>
  ScriptApp.getUserTriggers(ss).filter((t) => t.getHandlerFunction() === CONTINUE_FUNCTION);

/** The continuation is there (made now if it was not); returns whether it was made now. */
export function ensureContinuation(ss: Spreadsheet): boolean {
  if (ours(ss).length) return false;
  const t = ScriptApp.newTrigger(CONTINUE_FUNCTION).timeBased().everyHours(1).create();
  PropertiesService.getUserProperties().setProperty(registryKey(t.getUniqueId()), ss.getId());
  return true;
}

/** The roll-up is complete: this account's continuation here goes, with its registry entry. */
export function stopContinuation(ss: Spreadsheet): number {
  const ts = ours(ss);
  if (!ts.length) return 0;
  const store = PropertiesService.getUserProperties();
  for (const t of ts) {
    store.deleteProperty(registryKey(t.getUniqueId()));
    ScriptApp.deleteTrigger(t);
  }
  return ts.length;
}

/**
 * The spreadsheet a continuation run serves: the active one, else the registered one. A trigger
 * whose spreadsheet is gone deletes itself and says so in the execution log — it never fails
 * every hour, silently.
 */
export function continuationSpreadsheet(triggerUid: string | undefined): Spreadsheet | null {
  const active = SpreadsheetApp.getActive();
  if (active) return active;
  const store = PropertiesService.getUserProperties();
  const id = triggerUid ? store.getProperty(registryKey(triggerUid)) : null;
  if (id) {
    try {
      return SpreadsheetApp.openById(id);
    } catch (e) {
      console.warn(`План-график: Свод — таблица ${id} не открывается (${e}).`);
    }
  }
  for (const t of ScriptApp.getProjectTriggers()) if (t.getUniqueId() === triggerUid) ScriptApp.deleteTrigger(t);
  if (triggerUid) store.deleteProperty(registryKey(triggerUid));
  console.warn('План-график: Свод — продолжение свода остановлено: его таблица не найдена. Триггер удалён.');
  return null;
}
