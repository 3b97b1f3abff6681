/**
 * «Свод → Напоминания организациям…»: the daily roll-up with reminders (src/core/rollup/daily.ts)
 * turned on or off, and the reminders sent after a completed roll-up. Turning it on asks for the
 * department's address (the project asks for no userinfo scope) and keeps the one hourly trigger
 * (continuation.ts), which then starts each day's roll-up; turning it off removes the trigger
 * unless a roll-up is still being read.
 */
import { UserError } from '../../core/errors';
import { isValidEmail } from '../../core/people/email';
import { DAILY_HOUR, DAILY_KEY, type DailySetting, serialiseDaily } from '../../core/rollup/daily';
import type { Rollup } from '../../core/rollup/rollup';
import { parseStore } from '../../core/rollup/store';
import type { SheetsRequest } from '../../core/sheet/requests';
import { batchUpdate } from '../sheets-api';
import { ensureContinuation, stopContinuation } from './continuation';
import type { Department } from './department';
import { sendOrganisationReminders } from './mail';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The hour of an instant on the department's wall clock. */
export function hourInZone(instant: Date, timeZone: string): number {
  const h = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hour12: false }).format(instant);
  return Number(h) % 24;
}

/** The setting written: the entry updated when there is one, else created. */
export function dailyRequest(d: Department, s: DailySetting): SheetsRequest {
  if (d.daily)
    return {
      updateDeveloperMetadata: {
        dataFilters: [{ developerMetadataLookup: { metadataId: d.daily.metadataId } }],
        developerMetadata: { metadataValue: serialiseDaily(s) },
        fields: 'metadataValue',
      },
    };
  return {
    createDeveloperMetadata: {
      developerMetadata: {
        metadataKey: DAILY_KEY,
        metadataValue: serialiseDaily(s),
        location: { spreadsheet: true },
        visibility: 'PROJECT',
      },
    },
  };
}

/** Reminders after a completed roll-up, when the daily roll-up is on: one line for the run's message. */
export function remindAfterRollup(ss: Spreadsheet, d: Department, r: Rollup, today: string, until: number): string {
  const s = d.daily?.setting;
  if (!s) return '';
  const out = sendOrganisationReminders(r, {
    today,
    timeZone: d.info.timeZone,
    language: 'ru',
    // The spreadsheet's name signs the e-mails («Отдел образования г. Орска — план МКДО»).
    department: { name: ss.getName(), email: s.email },
    spreadsheetId: d.info.id,
    info: d.info,
    sender: s.email,
    sendUntil: until,
  });
  return out.message;
}

function ask(ui: GoogleAppsScript.Base.Ui, title: string, d: Department): void {
  const s = d.daily?.setting;
  if (s) {
    const a = ui.alert(
      title,
      `Ежедневный свод с напоминаниями организациям включён (сводка — на ${s.email}). Выключить?\n\nThe daily roll-up with reminders is on. Turn it off?`,
      ui.ButtonSet.YES_NO,
    );
    if (a !== ui.Button.YES) return;
    batchUpdate(d.info.id, [
      { deleteDeveloperMetadata: { dataFilter: { developerMetadataLookup: { metadataId: d.daily!.metadataId } } } },
    ]);
    const reading = !!parseStore(d.store).cursor;
    if (!reading) stopContinuation(SpreadsheetApp.getActive());
    ui.alert(
      title,
      `Выключено: свод обновляется только по «Обновить свод»${reading ? ' (начатый свод дочитается)' : ''}.\n\nTurned off.`,
      ui.ButtonSet.OK,
    );
    return;
  }
  const p = ui.prompt(
    title,
    `Каждый день с ${DAILY_HOUR}:00 свод будет обновляться сам, координаторам организаций с просроченными мероприятиями уйдёт по письму в день (не чаще, чем по графику эскалации), а по понедельникам — сводка отделу.\n\nАдрес отдела для сводки и ответов организаций:\n\nEvery day the roll-up refreshes itself and the late organisations get one e-mail; the department gets a weekly summary. The department's address:`,
    ui.ButtonSet.OK_CANCEL,
  );
  if (p.getSelectedButton() !== ui.Button.OK) return;
  const email = p.getResponseText().trim();
  if (!isValidEmail(email))
    throw new UserError(
      'rollup-daily-email',
      `«${email}» — не адрес электронной почты. Ничего не включено.`,
      `"${email}" is not an e-mail address. Nothing was turned on.`,
    );
  batchUpdate(d.info.id, [dailyRequest(d, { email, lastDone: null })]);
  ensureContinuation(SpreadsheetApp.getActive());
  ui.alert(
    title,
    `Включено: первый свод и письма — при ближайшем запуске после ${DAILY_HOUR}:00 (не позже чем через час); сводка — на ${email}.\n\nTurned on: the first roll-up and e-mails within the hour after ${DAILY_HOUR}:00.`,
    ui.ButtonSet.OK,
  );
}

export { ask as askDaily };
