/**
 * «Ссылки в письмах…» (the coordinator's menu item): whether the web app is deployed, the exact
 * steps when it is not (README, «Ссылки в письмах», says them at length), and the state of the
 * links when it is. The web app runs as whoever deploys it, so it serves a school only from the
 * script bound to its spreadsheet, never from a published add-on.
 */
import { type Language, sayIn } from '../language';
import { LINK_DAYS } from './link';

export interface LinksState {
  /** The web app's address (the adapter asks the script service, src/gas/links.ts): null when not deployed. */
  url: string | null;
  /** Whether a secret exists yet (the first digest with links creates it). */
  signed: boolean;
}

export function linksStatusText(s: LinksState, lang: Language): string {
  const say = sayIn(lang);
  if (!s.url)
    return say(
      `Ссылок в письмах нет: веб-приложение не развёрнуто. Чтобы сотрудники отмечали выполнение из письма без входа в Google: «Расширения → Apps Script» → «Начать развертывание → Новое развертывание» → шестерёнка → «Веб-приложение»; «Запуск от имени»: «Я», «Кто имеет доступ»: «Все» (по ссылке видны и отмечаются только мероприятия её получателя) → «Развернуть». Дополнение из Marketplace ссылок не даёт: его веб-приложение работало бы от имени издателя.`,
      `No links in the e-mails: the web app is not deployed. To let staff mark done from the e-mail without a Google account: Extensions → Apps Script → Deploy → New deployment → gear → Web app; Execute as: Me, Who has access: Anyone (a link shows and marks only its recipient's activities) → Deploy. A Marketplace add-on gives no links: its web app would run as its publisher.`,
    );
  return say(
    `Ссылки в письмах включены: ${s.url}\nОтметки — ${LINK_DAYS} дней, календарь — до отзыва («Отозвать все ссылки из писем…»).${s.signed ? '' : '\nСсылок ещё не отправляли.'}`,
    `Links in the e-mails are on: ${s.url}\nMarking: ${LINK_DAYS} days, the calendar: until revoked (Отозвать все ссылки из писем…).${s.signed ? '' : '\nNo link has been sent yet.'}`,
  );
}
