/** What a refused caller is told: Russian first, English second, never a stack trace. */
import type { Level } from './entry-points';
import type { Caller } from './roles';

export interface Refusal {
  code: 'forbidden';
  ru: string;
  en: string;
}

/** How a coordinator gets their rights: the address Google reports (the sidebar's «Кто вы?» says it too). */
export const SIGN_IN = {
  ru: 'войдите в Google под адресом из списка координаторов',
  en: 'sign in with the address on the coordinator list',
};

function who(caller: Caller): { ru: string; en: string } {
  if (!caller.email)
    return {
      ru: `Google не сообщил, под каким адресом вы вошли, поэтому права координатора проверить нельзя: ${SIGN_IN.ru} (если вошли в несколько аккаунтов — откройте таблицу в окне, где вход выполнен только под ним).`,
      en: `Google did not tell us which account you are signed in with, so coordinator rights cannot be checked: ${SIGN_IN.en}.`,
    };
  return { ru: `Вы вошли как ${caller.email}.`, en: `You are signed in as ${caller.email}.` };
}

export function refusal(level: Level, caller: Caller, owner: string | null, action: string): Refusal {
  const w = who(caller);
  if (level === 'owner')
    return {
      code: 'forbidden',
      ru: `${action}: это может только владелец таблицы${owner ? ` (${owner})` : ''}. ${w.ru}`,
      en: `Only the owner of the spreadsheet${owner ? ` (${owner})` : ''} can do this. ${w.en}`,
    };
  return {
    code: 'forbidden',
    ru: `${action}: это может только координатор или владелец таблицы${owner ? ` (${owner})` : ''}. Координаторов назначает владелец в «Напоминания → Настройки…». ${w.ru}`,
    en: `Only a coordinator or the owner of the spreadsheet can do this; the owner names coordinators in the reminder settings. ${w.en}`,
  };
}

/** A trigger runs as its installer: one installed by someone who is no longer a coordinator stops. */
export function installerRefusal(installer: string, action: string): Refusal {
  return {
    code: 'forbidden',
    ru: `${action} не выполнено: триггер установил(а) ${installer || 'неизвестный пользователь'}, а он(а) больше не координатор этой таблицы. Координатор может заново включить напоминания из меню.`,
    en: `${action} was not run: the trigger was installed by ${installer || 'an unknown user'}, who is no longer a coordinator.`,
  };
}
