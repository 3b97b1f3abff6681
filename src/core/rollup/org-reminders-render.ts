/**
 * The department's e-mails (org-reminders.ts) as a subject, a plain-text body and an HTML body,
 * both drawn from the same blocks, so they never say different things. Every piece of text goes
 * through the school's `escapeHtml` before it touches HTML (titles, names, errors are user text);
 * the lines of an activity are the school's (`itemFacts`, `whenText`): «просрочено на 5 дней
 * (срок 10.03.2023)», «срок в плане: «…»», «ответственные: …». Russian, or English when the
 * department's document is in English; the roll-up's read errors stay as the roll-up words them.
 */
import { formatRu } from '../dates/calendar';
import { type Language, sayIn } from '../language';
import { countEn, countRu, pluralRu } from '../reminders/plural';
import { NOTICE_NAMES } from '../reminders/quota';
import { escapeHtml, itemFacts, whenText } from '../reminders/render';
import type { Department, DepartmentSummary, OrgDigest, QuotaNotice } from './org-reminders';
import { spreadsheetUrl } from './spreadsheet-id';
import { ROLLUP_TAB_NAMES } from './tabs';

export interface RenderedMail {
  subject: string;
  body: string;
  htmlBody: string;
}

interface Line {
  title: string;
  lines: string[];
}

type Block = { p: string } | { heading: string; color: string; items: Line[] } | { link: string; url: string };

const ACTIVITIES = ['мероприятие', 'мероприятия', 'мероприятий'] as const;
/** A late organisation's activities the summary names; the rest are counted («… и ещё 4»). */
export const SUMMARY_ITEMS = 10;

function compose(blocks: readonly Block[]): { body: string; htmlBody: string } {
  const e = escapeHtml;
  const text: string[] = [];
  const html = [
    '<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.45;color:#202124;max-width:680px">',
  ];
  for (const b of blocks) {
    if ('p' in b) {
      text.push(b.p, '');
      html.push(`<p style="margin:0 0 12px">${e(b.p)}</p>`);
    } else if ('link' in b) {
      text.push(`${b.link}: ${b.url}`, '');
      html.push(
        `<p style="margin:8px 0"><a href="${e(b.url)}" style="display:inline-block;padding:8px 14px;background:#1a73e8;color:#ffffff;text-decoration:none;border-radius:4px">${e(b.link)}</a></p>`,
      );
    } else {
      text.push(b.heading.toUpperCase());
      html.push(
        `<h3 style="margin:16px 0 6px;font-size:15px;color:${b.color};border-bottom:2px solid ${b.color}">${e(b.heading)}</h3>`,
        '<ul style="margin:0;padding-left:20px">',
      );
      for (const it of b.items) {
        text.push(`• ${it.title}`, ...it.lines.map((l) => `  ${l}`));
        const sub = it.lines.map((l) => `<div style="color:#5f6368;font-size:13px">${e(l)}</div>`).join('');
        html.push(`<li style="margin:0 0 8px"><b>${e(it.title)}</b>${sub}</li>`);
      }
      text.push('');
      html.push('</ul>');
    }
  }
  html.push('</div>');
  return { body: text.join('\n').trimEnd(), htmlBody: html.join('\n') };
}

const numbered = (number: string | null, title: string) => `${number ? `${number} ` : ''}${title}`;

/** «План-график: 2 мероприятия муниципального плана просрочены — МБДОУ № 5». */
export function orgDigestSubject(organisation: string, n: number, lang: Language): string {
  if (lang === 'en')
    return `Plan: ${countEn(n, 'municipal activity', 'municipal activities')} overdue — ${organisation}`;
  return `План-график: ${countRu(n, ACTIVITIES)} муниципального плана ${pluralRu(n, ['просрочено', 'просрочены', 'просрочено'])} — ${organisation}`;
}

/** The digest to one organisation's coordinator, signed by the department; replies go to the department. */
export function renderOrgDigest(d: OrgDigest, department: Department, lang: Language): RenderedMail {
  const say = sayIn(lang);
  const dept = department.name.trim() || say('Отдел образования', 'The education department');
  const org = d.organisation;
  const blocks: Block[] = [
    { p: say('Здравствуйте!', 'Hello!') },
    {
      p: say(
        `${dept} напоминает: в плане-графике «${org.name}» просрочены мероприятия муниципального плана (по своду на ${formatRu(d.date)}).`,
        `${dept} reminds you: activities of the municipal plan are overdue in the plan of «${org.name}» (roll-up of ${formatRu(d.date)}).`,
      ),
    },
    {
      heading: `${say('Просрочено', 'Overdue')} (${d.items.length})`,
      color: '#8e0000',
      items: d.items.map((i) => itemFacts(i, lang)),
    },
  ];
  if (d.overdue > d.items.length)
    blocks.push({
      p: say(
        `Всего просрочено в плане: ${d.overdue}; об остальных отдел уже напоминал.`,
        `${d.overdue} overdue in all; you were reminded of the others before.`,
      ),
    });
  blocks.push({
    p: say(
      'Отметьте выполнение в своём плане-графике (вкладка «План»): отдел увидит отметку при следующем своде. Если мероприятие выполнено или срок перенесён — ответьте на это письмо.',
      'Mark them done in your plan (the «План» tab): the department sees it in its next roll-up. If an activity is done or its deadline moved, reply to this e-mail.',
    ),
  });
  if (org.spreadsheetId)
    blocks.push({ link: say('Открыть план организации', 'Open your plan'), url: spreadsheetUrl(org.spreadsheetId) });
  return { subject: d.subject, ...compose(blocks) };
}

function summarySubject(s: DepartmentSummary, lang: Language): string {
  const n = s.late.length;
  const unread = s.unreadable.length;
  if (lang === 'en')
    return `Plan: weekly roll-up — ${n ? `overdue in ${n} of ${s.total} organisations` : 'nothing overdue'}${unread ? `, ${unread} not read` : ''}`;
  const late = n
    ? `просрочено в ${n} ${pluralRu(n, ['организации', 'организациях', 'организациях'])} из ${s.total}`
    : 'просроченных мероприятий нет';
  return `План-график: свод за неделю — ${late}${unread ? `, не прочитано: ${unread}` : ''}`;
}

/** The department's weekly summary: who is late with what, whose plan could not be read, who cannot be told. */
export function renderDepartmentSummary(s: DepartmentSummary, lang: Language): RenderedMail {
  const say = sayIn(lang);
  const activities = s.late.reduce((n, l) => n + l.items.length, 0);
  const blocks: Block[] = [
    { p: say('Здравствуйте!', 'Hello!') },
    {
      p: say(
        `Свод на ${formatRu(s.date)} (неделя с ${formatRu(s.weekOf)}): прочитано организаций — ${s.read} из ${s.total}; просрочено в ${s.late.length}, всего просроченных мероприятий — ${activities}.`,
        `Roll-up of ${formatRu(s.date)} (week of ${formatRu(s.weekOf)}): ${s.read} of ${s.total} organisations read; overdue in ${s.late.length}, ${countEn(activities, 'overdue activity', 'overdue activities')} in all.`,
      ),
    },
  ];
  if (s.late.length)
    blocks.push({
      heading: `${say('Просрочено в организациях', 'Overdue in organisations')} (${s.late.length})`,
      color: '#c62828',
      items: s.late.map(({ organisation: o, items }) => ({
        title: `${o.name} — ${lang === 'en' ? countEn(items.length, 'activity', 'activities') : countRu(items.length, ACTIVITIES)}`,
        lines: [
          ...items.slice(0, SUMMARY_ITEMS).map((x) => {
            const period = x.periodKey ? say(` (период ${x.periodKey})`, ` (period ${x.periodKey})`) : '';
            const when = whenText({ daysLeft: -x.daysLate, start: null, end: x.due }, lang);
            return `${numbered(x.activity.number, x.activity.title)}: ${when}${period}`;
          }),
          ...(items.length > SUMMARY_ITEMS
            ? [say(`… и ещё ${items.length - SUMMARY_ITEMS}`, `… and ${items.length - SUMMARY_ITEMS} more`)]
            : []),
          `${say('координатор', 'coordinator')}: ${o.email || '—'}`,
        ],
      })),
    });
  if (s.unreadable.length)
    blocks.push({
      heading: `${say('Не удалось прочитать', 'Could not be read')} (${s.unreadable.length})`,
      color: '#6a1b9a',
      items: s.unreadable.map((u) => ({ title: u.organisation.name, lines: [u.error] })),
    });
  if (s.noEmail.length)
    blocks.push({
      heading: `${say('Некому напомнить', 'Nobody to remind')} (${s.noEmail.length})`,
      color: '#e65100',
      items: s.noEmail.map((o) => ({
        title: o.name,
        lines: [
          o.email
            ? say(
                `«${o.email}» (строка ${o.row} вкладки «Организации») — не адрес: напоминания не отправлены`,
                `«${o.email}» (row ${o.row} of «Организации») is not an address: no reminders sent`,
              )
            : say(
                `нет адреса координатора (строка ${o.row} вкладки «Организации»): напоминания не отправлены`,
                `no coordinator's address (row ${o.row} of «Организации»): no reminders sent`,
              ),
        ],
      })),
    });
  if (!s.late.length && !s.unreadable.length)
    blocks.push({
      p: say('Просроченных мероприятий нет, все таблицы прочитаны.', 'Nothing is overdue; every plan was read.'),
    });
  blocks.push({
    p: say(
      `Подробности — во вкладках «${ROLLUP_TAB_NAMES.organisations}» и «${ROLLUP_TAB_NAMES.overdue}».`,
      `The details are in the tabs «${ROLLUP_TAB_NAMES.organisations}» and «${ROLLUP_TAB_NAMES.overdue}».`,
    ),
  });
  return { subject: summarySubject(s, lang), ...compose(blocks) };
}

/** The first few names, then how many more. */
function namesOf(names: readonly string[], lang: Language): string {
  const shown = names.slice(0, NOTICE_NAMES).join(', ');
  const more = names.length - NOTICE_NAMES;
  return more > 0 ? `${shown} ${sayIn(lang)(`и ещё ${more}`, `and ${more} more`)}` : shown;
}

/** The department told that the daily quota left reminders for the next run. */
export function renderQuotaNotice(n: QuotaNotice, lang: Language): RenderedMail {
  const say = sayIn(lang);
  const def = n.deferred.length;
  const names = def ? ` (${namesOf(n.deferred, lang)})` : '';
  const summary = n.summaryDeferred ? say(' Еженедельный свод тоже отложен.', ' The weekly summary waits too.') : '';
  const p = say(
    `Дневная квота писем исчерпана: организациям отправлено ${n.sent} из ${n.planned}, ${countRu(def, ['письмо отложено', 'письма отложены', 'писем отложено'])} до следующего запуска${names}.${summary}`,
    `The daily e-mail quota ran out: ${n.sent} of ${n.planned} reminders to organisations sent, ${countEn(def, 'e-mail', 'e-mails')} left for the next run${names}.${summary}`,
  );
  return {
    subject: say(
      'План-график: не все напоминания организациям отправлены',
      'Plan: not all reminders to organisations were sent',
    ),
    ...compose([{ p }]),
  };
}
