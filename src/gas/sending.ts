/**
 * Turning reminders on and off, taking sending over, and what «Состояние напоминаний» says — with
 * one sender per spreadsheet (core/reminders/sender.ts, triggers.ts). The mail goes out from the
 * sender's account, by the sender's daily trigger; another coordinator sees who sends and can take
 * it over explicitly; nobody ever gets a second daily trigger or a second edit trigger.
 */

import { isPrivileged } from '../core/access/roles';
import { formatInstantRu, formatRu, isoInZone } from '../core/dates/calendar';
import { type Language, sayIn } from '../core/language';
import type { Sender } from '../core/reminders/sender';
import type { ReminderSettings } from '../core/reminders/settings';
import { STAFF_SHEET_NAME } from '../core/workbook/schema';
import { guard, refuseOutsideDocument } from './access';
import { type DocContext, documentState } from './doc-state';
import { webAppUrl } from './links';
import { TAKE_OVER_ITEM } from './menu';
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

const schedule = (s: ReminderSettings, tz: string, say = sayIn('ru')) =>
  say(
    `каждый день около ${s.hour}:00 (${tz}), ${s.weekdaysOnly ? 'по рабочим дням' : 'ежедневно'}`,
    `every day at about ${s.hour}:00 (${tz}), ${s.weekdaysOnly ? 'on working days' : 'weekends included'}`,
  );

const since = (s: Sender, tz: string) => formatRu(isoInZone(new Date(s.since), tz));

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
    return {
      message:
        `Напоминания включены: ${schedule(settings, tz)}. Их отправляет ${sender.email} — письма уходят с этого адреса, ` +
        `его ежедневным триггером.\nЧтобы письма уходили с вашего адреса (${me}), выберите «Напоминания → ${TAKE_OVER_ITEM}».${note}`,
    };
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
export function takeOverQuestion(state: DocContext): string | null {
  const sender = readSender(state.props);
  const me = runningAccount();
  if (!sender || sender.email === me) return null;
  return (
    `Сейчас напоминания отправляет ${sender.email}: письма уходят с его адреса. Отправлять их с вашего адреса (${me})?\n\n` +
    `Триггеры ${sender.email} нельзя удалить из вашей учётной записи. При следующем запуске они увидят, что отправитель ` +
    'сменился, и удалят себя сами — писем с его адреса больше не будет, правки в плане по-прежнему попадут в «Журнал» один раз.'
  );
}

/**
 * Makes this account the sender: its triggers serve the spreadsheet from now on; recorded in the
 * Журнал. Only a coordinator or the owner gets here (the guard, src/core/access/entry-points.ts).
 */
export function takeOverSending(state: DocContext): Outcome {
  const doc = state.props;
  const me = runningAccount();
  const { settings } = loadSettings(doc);
  const sender = readSender(doc);
  const info = state.info;
  installSenderTriggers(state, settings.enabled ? settings.hour : null, sender);
  if (sender?.email === me) return { message: `Напоминания уже отправляются с вашего адреса (${me}).` };
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
  return {
    message: settings.enabled
      ? `Готово: напоминания отправляются с вашего адреса (${me}), ${schedule(settings, info.timeZone)}.`
      : `Готово: триггеры таблицы теперь ваши (${me}). Напоминания выключены — включите их, когда нужно.`,
  };
}

/** Settings saved from the dialog: the sender's daily trigger follows the hour. */
export function afterSettingsSaved(state: DocContext, settings: ReminderSettings, owner: string | null): string[] {
  const sender = readSender(state.props);
  const me = runningAccount();
  // A sender the new list leaves out may no longer send (their trigger would be refused): whoever
  // saved the list — a coordinator or the owner — sends from now on.
  const senderLeft =
    !!sender && sender.email !== me && !isPrivileged(sender.email, { owner, coordinators: settings.coordinators });
  if (!sender || sender.email === me || senderLeft) {
    installSenderTriggers(state, settings.enabled ? settings.hour : null, sender);
    return senderLeft
      ? [`${sender.email} больше не координатор: напоминания теперь отправляются с вашего адреса (${me}).`]
      : [];
  }
  return settings.enabled && sender.hour !== null && sender.hour !== settings.hour
    ? [`Новый час отправки начнёт действовать после ближайшего запуска у отправителя (${sender.email}).`]
    : [];
}

/** «Состояние напоминаний»: the lines of the alert. Recreates this account's trigger if the sender lost it. */
export function reminderStatusLines(doc: DocContext): string[] {
  const { settings, warnings } = loadSettings(doc.props);
  const state = triggerState(doc);
  const tz = doc.info.timeZone;
  const { sender, me } = state;
  const mineToSend = !sender || sender.email === me;
  let repaired = '';
  if (settings.enabled && mineToSend && !state.daily) {
    installSenderTriggers(doc, settings.hour, sender);
    repaired = 'Ваш ежедневный триггер отсутствовал — создан заново.';
  }
  const who = !sender
    ? 'Отправитель не назначен: тот, кто включит напоминания, будет отправлять их со своего адреса.'
    : sender.email === me
      ? `Отправитель: вы (${me}), с ${since(sender, tz)}. Ваш ежедневный триггер: ${state.daily || repaired ? `есть (около ${sender.hour ?? settings.hour}:00)` : 'нет'}.`
      : `Отправитель: ${sender.email}, с ${since(sender, tz)} — письма уходят с его адреса, его триггеры видны только ему. ` +
        `Взять отправку на себя: «Напоминания → ${TAKE_OVER_ITEM}».`;
  const s = readStatus(doc.props);
  const quota = MailApp.getRemainingDailyQuota();
  return [
    `Напоминания: ${settings.enabled ? `включены, ${schedule(settings, tz)}` : 'выключены'}.`,
    who,
    ...(repaired ? [repaired] : []),
    s
      ? `Последний запуск: ${formatInstantRu(s.lastRun, tz)} (${s.today ? formatRu(s.today) : '—'}) — ${s.message}`
      : 'Запусков ещё не было.',
    ...(s?.failed.length ? [`Ошибки: ${s.failed.map((f) => `${f.to}: ${f.error}`).join('; ')}`] : []),
    `Осталось писем на сегодня с вашего адреса (квота): ${quota}.`,
    webAppUrl()
      ? 'Ссылки «Отметить выполненным» в письмах: включены.'
      : 'Ссылок «Отметить выполненным» в письмах нет: веб-приложение не развёрнуто (README, «Ссылки в письмах»).',
    ...(doc.info.sheets.some((t) => t.title === STAFF_SHEET_NAME) ? [] : [NO_STAFF_NOTE.ru]),
    ...(warnings.length ? [`Настройки: ${warnings.join('; ')}`] : []),
  ];
}
