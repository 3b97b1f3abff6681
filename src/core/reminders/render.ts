import { formatRu } from '../dates/calendar';
import { problemLine, unknownProblems } from '../people/problem-words';
import { type DisplayGroup, displayGroup, GROUP_ORDER } from './groups';
import { countEn, countRu } from './plural';
import { subjectOf } from './subject';
import type { Digest, DigestItem } from './types';

export interface RenderContext {
  /** Link to the spreadsheet. */
  sheetUrl: string;
  /** Link to an activity's row (the adapter finds the row by ID), or null. */
  rowUrl: (activityId: string) => string | null;
  lang: 'ru' | 'en';
  /**
   * The signed link «Отметить выполненным» of one of the recipient's own items, and of their whole
   * list («Мои мероприятия»), and their calendar feed («Мои сроки в календаре», once per e-mail);
   * absent when the web app is not deployed (src/gas/links.ts).
   */
  links?: { mark: (i: DigestItem) => string; list: string; feed?: string } | null;
}

/** Items the recipient is responsible for: the ones a link may mark (not escalations, not «нет адресата»). */
const OWN = new Set<DigestItem['kind']>(['overdue', 'due', 'soon', 'start']);

export interface RenderedDigest {
  subject: string;
  htmlBody: string;
  body: string;
}

const GROUPS: Record<DisplayGroup, { ru: string; en: string; color: string }> = {
  escalation: { ru: 'Просрочено у исполнителей', en: 'Overdue with others', color: '#8e0000' },
  overdue: { ru: 'Просрочено', en: 'Overdue', color: '#c62828' },
  due: { ru: 'Сегодня', en: 'Due today', color: '#e65100' },
  'no-recipient': { ru: 'Нет адресата', en: 'Nobody to remind', color: '#6a1b9a' },
  soon: { ru: 'Скоро', en: 'Coming up', color: '#1565c0' },
  start: { ru: 'Начинается', en: 'Starting', color: '#2e7d32' },
  weekly: { ru: 'Сводка за неделю', en: 'Weekly summary', color: '#37474f' },
};

/** Every piece of user text goes through this before it touches HTML. */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A link in the mail's blue, its address and text escaped. */
const link = (href: string, text: string) =>
  `<a href="${escapeHtml(href)}" style="color:#1a73e8">${escapeHtml(text)}</a>`;
/** A paragraph of the mail's last lines, a link in it. */
const linkLine = (html: string) => `<p style="margin:8px 0">${html}</p>`;

/** A link target only when it is a web address; anything else (javascript:, data:) is dropped. */
function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const u = url.trim();
  return /^https?:\/\//i.test(u) ? u : null;
}

export function whenText(i: Pick<DigestItem, 'daysLeft' | 'start' | 'end'>, lang: 'ru' | 'en'): string {
  if (i.daysLeft === null)
    return i.start ? (lang === 'en' ? `from ${formatRu(i.start)}` : `с ${formatRu(i.start)}`) : '';
  const n = i.daysLeft;
  const date = formatRu(i.end);
  if (lang === 'en') {
    if (n === 0) return `due today, ${date}`;
    if (n > 0) return `due in ${countEn(n, 'day', 'days')}, ${date}`;
    return `overdue by ${countEn(-n, 'day', 'days')} (due ${date})`;
  }
  if (n === 0) return `срок сегодня, ${date}`;
  if (n === 1) return `срок завтра, ${date}`;
  if (n > 0) return `срок через ${countRu(n, ['день', 'дня', 'дней'])}, ${date}`;
  return `просрочено на ${countRu(-n, ['день', 'дня', 'дней'])} (срок ${date})`;
}

function rangeText(i: DigestItem): string {
  if (i.start && i.end && i.start !== i.end) return `${formatRu(i.start)} – ${formatRu(i.end)}`;
  return formatRu(i.end ?? i.start);
}

/** Plain-text lines of one item (also the content of its HTML block, escaped there). */
export function itemFacts(i: DigestItem, lang: 'ru' | 'en'): { title: string; lines: string[] } {
  const title = `${i.number ? `${i.number} ` : ''}${i.title}`;
  const lines: string[] = [];
  const when = whenText(i, lang);
  const periods = [i.period, ...(i.otherPeriods ?? [])].filter((p) => p !== 'once' && p !== '*');
  const period = periods.length
    ? lang === 'en'
      ? ` (period ${periods.join(', ')})`
      : ` (период ${periods.join(', ')})`
    : '';
  if (when) lines.push(`${when}${period}`);
  if (i.kind === 'start' && i.start) lines.push(lang === 'en' ? `runs ${rangeText(i)}` : `выполняется ${rangeText(i)}`);
  if (i.deadlineText)
    lines.push(lang === 'en' ? `deadline in the plan: «${i.deadlineText}»` : `срок в плане: «${i.deadlineText}»`);
  if (i.kind === 'no-recipient') {
    const who = i.responsible?.trim();
    // Each part with its own reason, worded as in «Проверить список…»: «подходят несколько» is not «нет в списке».
    const problems = i.problems?.length ? i.problems : who ? unknownProblems([who]) : [];
    if (who)
      lines.push(
        lang === 'en' ? `responsible in the plan: «${who}»` : `ответственный в плане: «${who}»`,
        ...problems.map((p) => problemLine(p, lang, true)),
      );
    else
      lines.push(
        lang === 'en'
          ? 'no responsible in the plan; please assign someone'
          : 'в плане не указан ответственный; назначьте исполнителя',
      );
  } else if ((i.kind === 'escalation' || i.kind === 'weekly') && i.responsible) {
    lines.push(lang === 'en' ? `responsible: ${i.responsible}` : `ответственные: ${i.responsible}`);
  }
  return { title, lines };
}

function groups(d: Digest): { kind: DisplayGroup; items: DigestItem[] }[] {
  return GROUP_ORDER.map((kind) => ({ kind, items: d.items.filter((i) => displayGroup(i) === kind) })).filter(
    (g) => g.items.length,
  );
}

function weeklyLines(d: Digest, lang: 'ru' | 'en'): string[] {
  const w = d.weekly;
  if (!w) return [];
  if (lang === 'en')
    return [
      `Week of ${formatRu(w.weekOf)}: ${w.open} open, ${w.overdue} overdue, ${w.dueThisWeek} due within 7 days, ${w.noRecipient} with nobody to remind.`,
    ];
  return [
    `Неделя с ${formatRu(w.weekOf)}: открыто ${w.open}, просрочено ${w.overdue}, срок в ближайшие 7 дней — ${w.dueThisWeek}, без адресата — ${w.noRecipient}.`,
  ];
}

export function renderDigest(d: Digest, ctx: RenderContext): RenderedDigest {
  const lang = ctx.lang;
  const subject = subjectOf(d.items, lang);
  const sheet = safeUrl(ctx.sheetUrl);
  const greeting = lang === 'en' ? `Hello, ${d.name}!` : `Здравствуйте, ${d.name}!`;
  const intro =
    lang === 'en'
      ? `Reminders for ${formatRu(d.date)} from the plan-schedule:`
      : `Напоминания плана-графика на ${formatRu(d.date)}:`;
  const footer =
    lang === 'en'
      ? 'Mark activities done in the sidebar of the spreadsheet (Extensions → План-график).'
      : 'Отметить выполнение можно в боковой панели таблицы (Расширения → План-график).';
  const openSheet = lang === 'en' ? 'Open the plan' : 'Открыть план-график';
  const openRow = lang === 'en' ? 'open row' : 'открыть строку';
  const markDone = lang === 'en' ? 'Mark done' : 'Отметить выполненным';
  const myList = lang === 'en' ? 'My activities' : 'Мои мероприятия';
  const markUrl = (i: DigestItem) => (ctx.links && OWN.has(i.kind) ? safeUrl(ctx.links.mark(i)) : null);
  const list = safeUrl(ctx.links?.list);
  const feed = safeUrl(ctx.links?.feed);
  const feedTitle = lang === 'en' ? 'My deadlines in my calendar' : 'Мои сроки в календаре';
  const feedHint =
    lang === 'en'
      ? 'add this address to your calendar «by URL» (Google Calendar: From URL)'
      : 'добавьте этот адрес в календарь «по URL» (Google Календарь: «Добавить по URL»)';

  // Plain text.
  const text: string[] = [greeting, '', intro];
  for (const line of weeklyLines(d, lang)) text.push('', line);
  for (const g of groups(d)) {
    text.push('', `${GROUPS[g.kind][lang].toUpperCase()} (${g.items.length})`);
    for (const i of g.items) {
      const f = itemFacts(i, lang);
      text.push(`• ${f.title}`);
      for (const l of f.lines) text.push(`  ${l}`);
      const row = safeUrl(ctx.rowUrl(i.activity));
      if (row) text.push(`  ${row}`);
      const mark = markUrl(i);
      if (mark) text.push(`  ${markDone}: ${mark}`);
    }
  }
  text.push('', footer);
  if (list) text.push(`${myList}: ${list}`);
  if (feed) text.push(`${feedTitle} — ${feedHint}: ${feed}`);
  if (sheet) text.push(`${openSheet}: ${sheet}`);

  // HTML: inline styles only (mail clients drop <style>), every user string escaped.
  const e = escapeHtml;
  const html: string[] = [
    '<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.45;color:#202124;max-width:680px">',
    `<p style="margin:0 0 8px">${e(greeting)}</p>`,
    `<p style="margin:0 0 12px">${e(intro)}</p>`,
  ];
  for (const line of weeklyLines(d, lang))
    html.push(`<p style="margin:0 0 12px;padding:8px;background:#eceff1;border-radius:4px">${e(line)}</p>`);
  for (const g of groups(d)) {
    const grp = GROUPS[g.kind];
    html.push(
      `<h3 style="margin:16px 0 6px;font-size:15px;color:${grp.color};border-bottom:2px solid ${grp.color}">${e(grp[lang])} (${g.items.length})</h3>`,
    );
    html.push('<ul style="margin:0;padding-left:20px">');
    for (const i of g.items) {
      const f = itemFacts(i, lang);
      const row = safeUrl(ctx.rowUrl(i.activity));
      const mark = markUrl(i);
      const links = (row ? ` ${link(row, openRow)}` : '') + (mark ? ` · ${link(mark, markDone)}` : '');
      const sub = f.lines.map((l) => `<div style="color:#5f6368;font-size:13px">${e(l)}</div>`).join('');
      html.push(`<li style="margin:0 0 8px"><b>${e(f.title)}</b>${links}${sub}</li>`);
    }
    html.push('</ul>');
  }
  html.push(`<p style="margin:16px 0 4px;color:#5f6368;font-size:12px">${e(footer)}</p>`);
  if (list) html.push(linkLine(link(list, myList)));
  if (feed)
    html.push(linkLine(`${link(feed, feedTitle)} <span style="color:#5f6368;font-size:12px">— ${e(feedHint)}</span>`));
  if (sheet)
    html.push(
      linkLine(
        `<a href="${e(sheet)}" style="display:inline-block;padding:8px 14px;background:#1a73e8;color:#ffffff;text-decoration:none;border-radius:4px">${e(openSheet)}</a>`,
      ),
    );
  html.push('</div>');
  return { subject, htmlBody: html.join('\n'), body: text.join('\n') };
}
