/**
 * «Ссылки в письмах…» (the coordinator's menu item): whether the web app is deployed, the exact
 * steps when it is not (README, «Ссылки в письмах»), and the state of the links when it is. The web
 * app runs as whoever deploys it, so it serves a school only from the script bound to its
 * spreadsheet, never from a published add-on.
 */
import { type Language, sayIn } from '../language';
import { LINK_DAYS } from './link';

export interface LinksState {
  /** ScriptApp.getService().getUrl(): null when not deployed. */
  url: string | null;
  /** Whether a secret exists yet (the first digest with links creates it). */
  signed: boolean;
}

export function linksStatusText(s: LinksState, lang: Language): string {
  const say = sayIn(lang);
  if (!s.url)
    return say(
      `Ссылок в письмах нет: веб-приложение не развёрнуто. Чтобы сотрудники отмечали выполнение из письма без входа в Google:
1. «Расширения → Apps Script» этой таблицы.
2. «Начать развертывание → Новое развертывание» → шестерёнка → «Веб-приложение».
3. «Запуск от имени»: «Я»; «Кто имеет доступ»: «Все» — страницу откроет любой, у кого есть ссылка, но увидит и отметит только мероприятия того, кому она выдана.
4. «Развернуть», разрешить доступ. Следующие письма придут со ссылками.
Дополнение из Marketplace ссылок не даёт: его веб-приложение работало бы от имени издателя.`,
      `The e-mails carry no links: the web app is not deployed. For staff to mark done from the e-mail without a Google account:
1. Extensions → Apps Script of this spreadsheet.
2. Deploy → New deployment → gear → Web app.
3. Execute as: Me; Who has access: Anyone — anyone with a link opens the page, but sees and marks only the activities of the person it was made for.
4. Deploy, allow access. The next e-mails carry links.
An add-on from the Marketplace gives no links: its web app would run as its publisher.`,
    );
  return [
    say(`Ссылки в письмах включены: ${s.url}`, `Links in the e-mails are on: ${s.url}`),
    say(
      `«Отметить выполненным» и «Мои мероприятия» действуют ${LINK_DAYS} дней, «Мои сроки в календаре» — до отзыва.`,
      `«Отметить выполненным» and «Мои мероприятия» work ${LINK_DAYS} days, «Мои сроки в календаре» until revoked.`,
    ),
    s.signed
      ? say(
          'Письмо попало к постороннему? «Напоминания → Отозвать все ссылки из писем…».',
          'An e-mail reached a stranger? Напоминания → Отозвать все ссылки из писем….',
        )
      : say('Ссылок ещё не отправляли.', 'No link has been sent yet.'),
  ].join('\n');
}
