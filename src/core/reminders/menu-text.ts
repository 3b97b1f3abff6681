/**
 * What the reminder menu items say: the date a coordinator types for «Предпросмотр рассылки», the
 * preview's alert, and the test letter when nothing is due today. Pure: the menu (src/main.ts)
 * only shows these.
 */
import { formatRu, type IsoDate, isoFromParts } from '../dates/calendar';

export const PREVIEW_PROMPT = 'Дата рассылки (дд.мм.гггг):';
export const PREVIEW_BAD_DATE = 'Дата не распознана: введите её как дд.мм.гггг, например 15.03.2021.';

/** «15.03.2021» (spaces around allowed) → 2021-03-15; a day that does not exist is null. */
export function parseRuDate(text: string): IsoDate | null {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
  return m ? isoFromParts(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

export function previewAlert(
  date: IsoDate,
  mails: readonly { to: string; subject: string }[],
): { title: string; text: string } {
  return {
    title: `Рассылка на ${formatRu(date)}: писем ${mails.length}`,
    text: mails.length
      ? mails.map((x) => `• ${x.to}: ${x.subject}`).join('\n')
      : 'В этот день писем не будет: напоминать не о чем.',
  };
}

/** The test letter: the day's own digest for `me` (or the first one), marked as a test; else a plain note. */
export function testLetter(
  me: string,
  today: IsoDate,
  mails: readonly { to: string; subject: string; body: string; htmlBody: string }[],
): { to: string; subject: string; body: string; htmlBody?: string } {
  const mine = mails.find((m) => m.to === me) ?? mails[0];
  if (mine) return { to: me, subject: `[проба] ${mine.subject}`, body: mine.body, htmlBody: mine.htmlBody };
  return {
    to: me,
    subject: 'План-график: пробное письмо',
    body: `Это пробное письмо надстройки «План-график». Напоминания будут приходить с этого адреса. (${formatRu(today)})`,
  };
}

export const testSentText = (me: string) => `Пробное письмо отправлено на ${me}.`;
