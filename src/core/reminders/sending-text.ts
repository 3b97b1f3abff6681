/**
 * What turning reminders on, taking sending over and «Состояние напоминаний» say, in the document's
 * language. Pure: the adapter (src/gas/sending.ts) gathers the facts — the sender, this account, its
 * triggers, the last run, the mail quota — and shows these lines. Menu items and tab names stay
 * Russian in both languages: the menu is built before the settings can be read (README, «One
 * language per document»).
 */
import { formatInstantRu, formatRu, isoInZone } from '../dates/calendar';
import { type Language, sayIn } from '../language';
import type { Sender } from './sender';
import type { ReminderSettings } from './settings';
import type { RunStatus } from './status';

export const TAKE_OVER_ITEM = 'Отправлять напоминания от моего имени…';
const TAKE_OVER = `«Напоминания → ${TAKE_OVER_ITEM}»`;

type Say = (ru: string, en: string) => string;

export const schedule = (s: ReminderSettings, tz: string, say: Say) =>
  say(
    `каждый день около ${s.hour}:00 (${tz}), ${s.weekdaysOnly ? 'по рабочим дням' : 'ежедневно'}`,
    `every day at about ${s.hour}:00 (${tz}), ${s.weekdaysOnly ? 'on working days' : 'weekends included'}`,
  );

const since = (s: Sender, tz: string) => formatRu(isoInZone(new Date(s.since), tz));

/** «Включить» while another coordinator's daily trigger serves the spreadsheet: it sends again from now on. */
export const onWithOtherSender = (
  settings: ReminderSettings,
  tz: string,
  sender: string,
  me: string,
  lang: Language,
) => {
  const say = sayIn(lang);
  return say(
    `Напоминания включены: ${schedule(settings, tz, say)}. Их отправляет ${sender} — письма уходят с этого адреса, его ежедневным триггером.\nЧтобы письма уходили с вашего адреса (${me}), выберите ${TAKE_OVER}.`,
    `Reminders are on: ${schedule(settings, tz, say)}. ${sender} sends them — the letters go out from that address, by its daily trigger.\nTo send them from your address (${me}), choose ${TAKE_OVER} (the menu is in Russian).`,
  );
};

/** What «Отправлять напоминания от моего имени…» asks before doing it. */
export const takeOverQuestion = (sender: string, me: string, lang: Language) =>
  sayIn(lang)(
    `Сейчас напоминания отправляет ${sender}: письма уходят с его адреса. Отправлять их с вашего адреса (${me})?\n\n` +
      `Триггеры ${sender} нельзя удалить из вашей учётной записи. При следующем запуске они увидят, что отправитель ` +
      'сменился, и удалят себя сами — писем с его адреса больше не будет, правки в плане по-прежнему попадут в «Журнал» один раз.',
    `${sender} sends the reminders now: the letters go out from that address. Send them from your address (${me})?\n\n` +
      `The triggers of ${sender} cannot be deleted from your account. On their next run they see that the sender has ` +
      'changed and delete themselves — no more letters from that address; edits of the plan still reach the «Журнал» once.',
  );

/** The answer after taking sending over: `already` when this account was the sender. */
export function takeOverDone(
  settings: ReminderSettings,
  tz: string,
  me: string,
  already: boolean,
  lang: Language,
): string {
  const say = sayIn(lang);
  if (already)
    return say(
      `Напоминания уже отправляются с вашего адреса (${me}).`,
      `Reminders go out from your address (${me}) already.`,
    );
  return settings.enabled
    ? say(
        `Готово: напоминания отправляются с вашего адреса (${me}), ${schedule(settings, tz, say)}.`,
        `Done: reminders go out from your address (${me}), ${schedule(settings, tz, say)}.`,
      )
    : say(
        `Готово: триггеры таблицы теперь ваши (${me}). Напоминания выключены — включите их, когда нужно.`,
        `Done: the spreadsheet's triggers are yours now (${me}). Reminders are off — turn them on when you need them.`,
      );
}

/** After the settings are saved: the sender the new list left out, or a new hour the sender's trigger takes later. */
export const senderLeftText = (sender: string, me: string, lang: Language) =>
  sayIn(lang)(
    `${sender} больше не координатор: напоминания теперь отправляются с вашего адреса (${me}).`,
    `${sender} is no longer a coordinator: reminders go out from your address (${me}) now.`,
  );
export const hourLaterText = (sender: string, lang: Language) =>
  sayIn(lang)(
    `Новый час отправки начнёт действовать после ближайшего запуска у отправителя (${sender}).`,
    `The new hour takes effect after the sender's (${sender}) next run.`,
  );

/** What «Состояние напоминаний» is told by the adapter. */
export interface StatusFacts {
  settings: ReminderSettings;
  warnings: readonly string[];
  tz: string;
  sender: Sender | null;
  me: string;
  /** This account has its daily trigger here (after a repair, if one was made). */
  daily: boolean;
  /** The sender's own daily trigger was missing and has just been made again. */
  repaired: boolean;
  run: RunStatus | null;
  quota: number;
  links: boolean;
  /** The note when Сотрудники is missing, else null. */
  noStaff: string | null;
}

/** «Состояние напоминаний»: the lines of the alert. */
export function statusLines(f: StatusFacts, lang: Language): string[] {
  const say = sayIn(lang);
  const { settings, sender, me, tz, run } = f;
  const repaired = say(
    'Ваш ежедневный триггер отсутствовал — создан заново.',
    'Your daily trigger was missing — it has been made again.',
  );
  const trigger = f.daily
    ? say(`есть (около ${sender?.hour ?? settings.hour}:00)`, `yes (at about ${sender?.hour ?? settings.hour}:00)`)
    : say('нет', 'none');
  const who = !sender
    ? say(
        'Отправитель не назначен: тот, кто включит напоминания, будет отправлять их со своего адреса.',
        'No sender yet: whoever turns reminders on sends them from their own address.',
      )
    : sender.email === me
      ? say(
          `Отправитель: вы (${me}), с ${since(sender, tz)}. Ваш ежедневный триггер: ${trigger}.`,
          `Sender: you (${me}), since ${since(sender, tz)}. Your daily trigger: ${trigger}.`,
        )
      : say(
          `Отправитель: ${sender.email}, с ${since(sender, tz)} — письма уходят с его адреса, его триггеры видны только ему. Взять отправку на себя: ${TAKE_OVER}.`,
          `Sender: ${sender.email}, since ${since(sender, tz)} — the letters go out from that address, and only that account sees its triggers. To take sending over: ${TAKE_OVER}.`,
        );
  const failed = run?.failed.map((x) => `${x.to}: ${x.error}`).join('; ');
  return [
    say('Напоминания: ', 'Reminders: ') +
      (settings.enabled ? say('включены, ', 'on, ') + schedule(settings, tz, say) : say('выключены', 'off')) +
      '.',
    who,
    ...(f.repaired ? [repaired] : []),
    run
      ? `${say('Последний запуск', 'Last run')}: ${formatInstantRu(run.lastRun, tz)} (${run.today ? formatRu(run.today) : '—'}) — ${run.message}`
      : say('Запусков ещё не было.', 'No run yet.'),
    ...(failed ? [`${say('Ошибки', 'Errors')}: ${failed}`] : []),
    say(
      `Осталось писем на сегодня с вашего адреса (квота): ${f.quota}.`,
      `Letters left for today from your address (quota): ${f.quota}.`,
    ),
    f.links
      ? say('Ссылки «Отметить выполненным» в письмах: включены.', 'The «Mark as done» links in the letters: on.')
      : say(
          'Ссылок «Отметить выполненным» в письмах нет: веб-приложение не развёрнуто (README, «Ссылки в письмах»).',
          'No «Mark as done» links in the letters: the web app is not deployed (see the README).',
        ),
    ...(f.noStaff ? [f.noStaff] : []),
    ...(f.warnings.length ? [`${say('Настройки', 'Settings')}: ${f.warnings.join('; ')}`] : []),
  ];
}
