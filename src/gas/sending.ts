/**
 * Turning reminders on and off, taking sending over, and what «Состояние напоминаний» says — with
 * one sender per spreadsheet (core/reminders/sender.ts, triggers.ts). The mail goes out from the
 * sender's account, by the sender's daily trigger; another coordinator sees who sends and can take
 * it over explicitly; nobody ever gets a second daily trigger or a second edit trigger.
 */

import { isPrivileged } from '../core/access/roles';
import { type Language, sayIn } from '../core/language';
import {
  hourLaterText,
  onWithOtherSender,
  takeOverQuestion as question,
  schedule,
  senderLeftText,
  statusLines,
  takeOverDone,
} from '../core/reminders/sending-text';
import type { ReminderSettings } from '../core/reminders/settings';
import { STAFF_SHEET_NAME } from '../core/workbook/schema';
import { guard, refuseOutsideDocument } from './access';
import { type DocContext, documentState } from './doc-state';
import { webAppUrl } from './links';
import { loadSettings, readStatus, runReminders, saveSettings } from './reminders';
import { batchUpdate } from './sheets-api';
import {
  DAILY_FUNCTION,
  installSenderTriggers,
  readSender,
  recordSender,
  registeredSpreadsheet,
  removeMyTriggers,
  runningAccount,
  senderTriggerActs,
  triggerState,
} from './triggers';
import { journalRequests, NO_STAFF_NOTE } from './workbook';

/**
 * The one daily trigger: all scheduled work of this spreadsheet, done by the sender's trigger only.
 * A published add-on's time-driven trigger may run with no active document (triggers.ts): it finds
 * its spreadsheet from `e.triggerUid` in the registry and opens it by ID; its state is read by ID
 * (doc-state.ts), so the run is the same as in the document. The web app has no active spreadsheet
 * either — but it exists only once deployed (a bound script, whose trigger has its document): a
 * call with no document while the web app is deployed is its page's, and is refused.
 */
export function runDailyTrigger(e?: { triggerUid?: string }): void {
  const active = SpreadsheetApp.getActive();
  if (!active && webAppUrl()) refuseOutsideDocument('onDailyReminders');
  const ss = active ?? registeredSpreadsheet(e?.triggerUid);
  if (!ss) return;
  const state = documentState(ss);
  const sender = senderTriggerActs(state, DAILY_FUNCTION);
  if (!sender) return;
  // The sender's trigger, run as the sender: who must still be a coordinator (the guard).
  const access = guard('onDailyReminders', undefined, state, active ? undefined : 'by-id');
  if (!access) return;
  // Someone changed the hour in the settings (perhaps another coordinator): the sender's own
  // trigger moves to it, from the next day.
  const { settings } = loadSettings(state.props);
  if (settings.enabled && sender.hour !== settings.hour) installSenderTriggers(state, settings.hour, sender);
  runReminders(new Date(), access);
}

export interface Outcome {
  /** For the alert: in the document's language where the caller gives it (turnRemindersOn), else Russian. */
  message: string;
}

/** «Включить напоминания». */
export function turnRemindersOn(state: DocContext, lang: Language = 'ru'): Outcome {
  const say = sayIn(lang);
  const doc = state.props;
  const { settings, warnings } = loadSettings(doc);
  const sender = readSender(doc);
  const me = runningAccount();
  const tz = state.info.timeZone;
  const note = warnings.length ? `\n\n${say('Внимание', 'Note')}: ${warnings.join('; ')}` : '';
  saveSettings(state, { ...settings, enabled: true });
  if (sender && sender.email !== me && sender.hour !== null) {
    // Another coordinator's daily trigger serves this spreadsheet: it sends again from now on.
    return { message: onWithOtherSender(settings, tz, sender.email, me, lang) + note };
  }
  const before = sender?.email === me && sender.hour !== null && settings.enabled;
  installSenderTriggers(state, settings.hour, sender);
  const from =
    sender && sender.email !== me
      ? say(
          `\nТриггеры таблицы были у ${sender.email} (без ежедневной рассылки); теперь они ваши, его триггер правок отключится сам.`,
          `\nThe spreadsheet's triggers were ${sender.email}'s (with no daily mailing); now they are yours, and that edit trigger turns itself off.`,
        )
      : '';
  const on = before
    ? say('Напоминания уже были включены', 'Reminders were on already')
    : say('Напоминания включены', 'Reminders are on');
  return {
    message:
      `${on}: ${schedule(settings, tz, say)}. ` +
      say(
        `Письма уходят с вашего адреса (${me}). Google запускает триггер в случайную минуту этого часа.`,
        `The letters go out from your address (${me}). Google runs the trigger at a random minute of that hour.`,
      ) +
      from +
      note,
  };
}

/** «Выключить напоминания»: the alert in the document's language where the caller gives it. */
export function turnRemindersOff(state: DocContext, lang: Language = 'ru'): Outcome {
  const say = sayIn(lang);
  const doc = state.props;
  const { settings } = loadSettings(doc);
  const sender = readSender(doc);
  const me = runningAccount();
  saveSettings(state, { ...settings, enabled: false });
  const removed = removeMyTriggers(state, DAILY_FUNCTION);
  const off = say('Напоминания выключены', 'Reminders are off');
  if (sender && sender.email !== me) {
    return {
      message: say(
        `${off}. Ежедневный триггер ${sender.email} остаётся в его учётной записи (удалить чужой триггер нельзя), но писем не отправляет, пока напоминания выключены.`,
        `${off}. The daily trigger of ${sender.email} stays in that account (no one else can delete it), but sends nothing while reminders are off.`,
      ),
    };
  }
  if (sender) recordSender(state, { ...sender, hour: null });
  return {
    message:
      removed || settings.enabled
        ? `${off}${say(', ежедневный триггер удалён', ', the daily trigger is deleted')}.`
        : say('Напоминания уже были выключены.', 'Reminders were off already.'),
  };
}

/** What «Отправлять напоминания от моего имени…» asks before doing it; null when there is nothing to take over. */
export function takeOverQuestion(state: DocContext, lang: Language = 'ru'): string | null {
  const sender = readSender(state.props);
  const me = runningAccount();
  return !sender || sender.email === me ? null : question(sender.email, me, lang);
}

/**
 * Makes this account the sender: its triggers serve the spreadsheet from now on; recorded in the
 * Журнал. Only a coordinator or the owner gets here (the guard, src/core/access/entry-points.ts).
 */
export function takeOverSending(state: DocContext, lang: Language = 'ru'): Outcome {
  const doc = state.props;
  const me = runningAccount();
  const { settings } = loadSettings(doc);
  const sender = readSender(doc);
  const info = state.info;
  installSenderTriggers(state, settings.enabled ? settings.hour : null, sender);
  if (sender?.email === me) return { message: takeOverDone(settings, info.timeZone, me, true, lang) };
  batchUpdate(
    info.id,
    journalRequests(info, [
      {
        time: new Date().toISOString(),
        user: me,
        activityId: '',
        field: 'отправитель напоминаний',
        oldValue: sender?.email ?? '',
        newValue: me,
      },
    ]),
  );
  return { message: takeOverDone(settings, info.timeZone, me, false, lang) };
}

/** Settings saved from the dialog: the sender's daily trigger follows the hour. */
export function afterSettingsSaved(state: DocContext, settings: ReminderSettings, owner: string | null): string[] {
  const lang = settings.language;
  const sender = readSender(state.props);
  const me = runningAccount();
  // A sender the new list leaves out may no longer send (their trigger would be refused): whoever
  // saved the list — a coordinator or the owner — sends from now on.
  const senderLeft =
    !!sender && sender.email !== me && !isPrivileged(sender.email, { owner, coordinators: settings.coordinators });
  if (!sender || sender.email === me || senderLeft) {
    installSenderTriggers(state, settings.enabled ? settings.hour : null, sender);
    return senderLeft ? [senderLeftText(sender.email, me, lang)] : [];
  }
  return settings.enabled && sender.hour !== null && sender.hour !== settings.hour
    ? [hourLaterText(sender.email, lang)]
    : [];
}

/** «Состояние напоминаний»: the lines of the alert. Recreates this account's trigger if the sender lost it. */
export function reminderStatusLines(doc: DocContext, lang: Language = 'ru'): string[] {
  const { settings, warnings } = loadSettings(doc.props);
  const state = triggerState(doc);
  const { sender, me } = state;
  const repaired = settings.enabled && (!sender || sender.email === me) && !state.daily;
  if (repaired) installSenderTriggers(doc, settings.hour, sender);
  return statusLines(
    {
      settings,
      warnings,
      tz: doc.info.timeZone,
      sender,
      me,
      daily: state.daily || repaired,
      repaired,
      run: readStatus(doc.props),
      quota: MailApp.getRemainingDailyQuota(),
      links: !!webAppUrl(),
      noStaff: doc.info.sheets.some((t) => t.title === STAFF_SHEET_NAME) ? null : NO_STAFF_NOTE[lang],
    },
    lang,
  );
}
