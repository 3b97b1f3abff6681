/**
 * What the reminder menu items say: the date a coordinator types for «Предпросмотр рассылки», the
 * preview's alert, and the test letter when nothing is due today. Pure: the menu (src/main.ts)
 * only shows these.
 */
import { formatRu, type IsoDate, isoFromParts } from '../dates/calendar';
import { type Language, sayIn } from '../language';

export const PREVIEW_PROMPT = { ru: 'Дата рассылки (дд.мм.гггг):', en: 'Date of the mailing (dd.mm.yyyy):' };
export const PREVIEW_BAD_DATE = {
  ru: 'Дата не распознана: введите её как дд.мм.гггг, например 15.03.2021.',
  en: 'The date is not clear: type it as dd.mm.yyyy, e.g. 15.03.2021.',
};

/** «15.03.2021» (spaces around allowed) → 2021-03-15; a day that does not exist is null. */
export function parseRuDate(text: string): IsoDate | null {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
  return m ? isoFromParts(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

export function previewAlert(
  date: IsoDate,
  mails: readonly { to: string; subject: string }[],
  lang: Language = 'ru',
): { title: string; text: string } {
  const say = sayIn(lang);
  return {
    title: say(
      `Рассылка на ${formatRu(date)}: писем ${mails.length}`,
      `Mailing of ${formatRu(date)}: ${mails.length} e-mails`,
    ),
    text: mails.length
      ? mails.map((x) => `• ${x.to}: ${x.subject}`).join('\n')
      : say('В этот день писем не будет: напоминать не о чем.', 'No e-mails that day: nothing to remind of.'),
  };
}

/** The test letter: the day's own digest for `me` (or the first one), marked as a test; else a plain note. */
export function testLetter(
  me: string,
  today: IsoDate,
  mails: readonly { to: string; subject: string; body: string; htmlBody: string }[],
  lang: Language = 'ru',
): { to: string; subject: string; body: string; htmlBody?: string } {
  const say = sayIn(lang);
  const mine = mails.find((m) => m.to === me) ?? mails[0];
  if (mine)
    return { to: me, subject: `${say('[проба]', '[test]')} ${mine.subject}`, body: mine.body, htmlBody: mine.htmlBody };
  return {
    to: me,
    subject: say('План-график: пробное письмо', 'План-график: a test letter'),
    body: say(
      `Это пробное письмо надстройки «План-график». Напоминания будут приходить с этого адреса. (${formatRu(today)})`,
      `This is a test letter of the «План-график» add-on. Reminders will come from this address. (${formatRu(today)})`,
    ),
  };
}

export const testSentText = (me: string, lang: Language = 'ru') =>
  sayIn(lang)(`Пробное письмо отправлено на ${me}.`, `A test letter was sent to ${me}.`);
