/**
 * The web app: the page an e-mail link opens, and its two calls. It runs as the coordinator who
 * deployed it, for anyone holding a link, so the link is the only authority: every call checks its
 * signature and expiry again, opens the link's spreadsheet by ID (no spreadsheet is active in a web
 * app), finds the person among the ACTIVE staff and their activities by Сотрудники, exactly as the
 * sidebar does (src/core/sidebar/who.ts), and shows or changes nothing else. Opening the page (a
 * GET — mail scanners follow links) only reads. A mark or undo goes the sidebar's way: the writers'
 * lock, the row by ID and version, decideMark/decideUndo (the one transition), the bound write
 * with its Журнал row («Статус (отмечено из письма)»). Its undo is a signed ticket only the page
 * that made the mark holds: own mark only, never over a later change (decideUndo).
 */
import * as z from 'zod/mini';
import { feedEvents } from '../core/calendar/feed';
import { buildIcs } from '../core/calendar/ics';
import { type Language, sayIn } from '../core/language';
import { checkFeed, checkLink, LINK_REFUSALS, type Link, signFeed } from '../core/links/link';
import { type Hmac, seal, unseal } from '../core/links/seal';
import { escapeHtml } from '../core/reminders/render';
import { parseSettings } from '../core/reminders/settings';
import { type Decision, decideMark, decideUndo, failure, type UndoEntry } from '../core/sidebar/mark';
import { markRefusal } from '../core/sidebar/permissions';
import { UndoEntrySchema } from '../core/sidebar/undo-history';
import { activityVersion } from '../core/sidebar/version';
import { buildCard, buildView, type ViewInput } from '../core/sidebar/view';
import { type Who, whoIs } from '../core/sidebar/who';
import type { TrackedActivity } from '../core/tracking/types';
import type { StateProps } from '../core/workbook/doc-state';
import { KEYS } from '../core/workbook/schema';
import type { Failure } from '../shared/reply';
import type { MarkFailure } from '../shared/sidebar-contract';
import { WEB_META, WebMarkRequest, type WebPageData, type WebResult, WebUndoRequest } from '../shared/webapp-contract';
import { type DocState, readDocumentState } from './doc-state';
import { failureOf, handled } from './endpoint';
import { feedUrl, linkHmac, webAppUrl } from './links';
import { markDates, readPlanMeta } from './plan-meta';
import { findActivity, guarded, outcomeFailure, write } from './sidebar';
import { loadWorkbook, type Part, type Workbook } from './workbook';

export const WEB_MARK_FIELD = 'Статус (отмечено из письма)';
export const WEB_UNDO_FIELD = 'Статус (отмена отметки из письма)';

interface Opened {
  ok: true;
  link: Link;
  hmac: Hmac;
  wb: Workbook;
  doc: StateProps;
  w: Who;
  /** The document's language: the page, its cards and its answers are in it. */
  lang: Language;
}

/** The link checked, its spreadsheet read, its person found active; else why not. */
function openLink(token: unknown, parts: readonly Part[]): Opened | MarkFailure {
  const hmac = linkHmac(false);
  const c = hmac ? checkLink(token, Date.now(), hmac) : ({ ok: false, reason: 'invalid' } as const);
  if (!c.ok || !hmac) return refusal(c.ok ? 'invalid' : c.reason);
  const o = openAs(c.link.person, c.link.spreadsheet, parts);
  return o.ok ? { ...o, link: c.link, hmac } : o;
}

/** The spreadsheet by its ID and `person` among its ACTIVE staff, with staff rights only. */
function openAs(
  person: string,
  spreadsheet: string,
  parts: readonly Part[],
): Omit<Opened, 'link' | 'hmac'> | MarkFailure {
  // The document's state (settings, the plan's meta) of the link's spreadsheet, read by its ID
  // (doc-state.ts: one Spreadsheets.get, no active document needed); its tabs come with it.
  let state: DocState;
  try {
    state = readDocumentState(spreadsheet);
  } catch {
    return refusal('invalid');
  }
  const wb = loadWorkbook(parts, new Date(), state);
  const w = whoIs({
    staff: wb.staff ?? [],
    activities: wb.plan?.activities ?? [],
    // Staff rights only, whatever lists the address is on: a link never carries a coordinator's role.
    caller: { email: person, verified: false },
    role: 'staff',
    authority: { owner: null, coordinators: [] },
    claimed: null,
  });
  if (!w) return refusal('person');
  return {
    ok: true,
    wb,
    doc: state.props,
    w,
    lang: parseSettings(state.props[KEYS.settings] ?? null).settings.language,
  };
}

function refusal(why: keyof typeof LINK_REFUSALS): MarkFailure {
  return failure('forbidden', LINK_REFUSALS[why].ru, LINK_REFUSALS[why].en);
}

function viewInput(o: Opened, undoable: string[] = []): Omit<ViewInput, 'activities'> {
  return {
    mine: o.w.mine,
    today: o.wb.today,
    locale: o.lang,
    me: o.w.me.name,
    people: o.w.people,
    undoable,
    horizonYear: readPlanMeta(o.doc).horizonYear,
    canMark: (a: TrackedActivity) => o.w.mine.has(a.id),
  };
}

function pageData(o: Opened, token: string): WebPageData {
  const activities = o.wb.plan?.activities ?? [];
  const input = viewInput(o);
  const want = o.link.activity;
  const focus = want && o.w.mine.has(want) ? activities.find((a) => a.id === want) : undefined;
  const groups = buildView({ activities, ...input })
    .groups.filter((g) => g.key !== 'done')
    .map((g) => ({ ...g, cards: g.cards.filter((c) => c.id !== want) }))
    .filter((g) => g.cards.length);
  return {
    ok: true,
    token,
    lang: o.lang,
    name: o.w.me.name,
    today: o.wb.today,
    focus: focus ? buildCard(focus, input) : null,
    note:
      want && !focus
        ? sayIn(o.lang)(
            'Мероприятия из письма больше нет среди ваших (его удалили или передали другому).',
            'The activity of the e-mail is no longer yours (it was removed or given to someone else).',
          )
        : null,
    groups,
    feed: feedLink(o.link.person, o.link.spreadsheet, o.hmac),
  };
}

function feedLink(person: string, spreadsheet: string, hmac: Hmac): string | null {
  const base = webAppUrl();
  return base ? feedUrl(base, signFeed(person, spreadsheet, hmac)) : null;
}

/** doGet: the calendar feed (`?f=`), else the page of a link or the page saying why not. Reads only. */
export function webPage(
  e: GoogleAppsScript.Events.DoGet | undefined,
): GoogleAppsScript.HTML.HtmlOutput | GoogleAppsScript.Content.TextOutput {
  if (e?.parameter?.f !== undefined) return calendarFeed(e.parameter.f);
  const token = e?.parameter?.t ?? '';
  let data: WebPageData;
  try {
    const o = openLink(token, ['plan', 'staff']);
    data = o.ok ? pageData(o, token) : { ok: false, message: o.message, en: o.en };
  } catch (err) {
    const f: Failure = failureOf(err);
    data = { ok: false, message: f.message, en: f.en };
  }
  return (
    HtmlService.createHtmlOutputFromFile('webapp')
      .append(`<meta name="${WEB_META}" content="${escapeHtml(JSON.stringify(data))}">`)
      .setTitle(`План-график: ${data.ok && data.lang === 'en' ? 'my activities' : 'мои мероприятия'}`)
      // "Meta tags included directly in an Apps Script HTML file are ignored" (HtmlOutput.addMetaTag).
      .addMetaTag('viewport', 'width=device-width, initial-scale=1')
  );
}

/**
 * «Мои сроки в календаре»: the feed link's person's own activities as iCalendar (the page's rule:
 * the person among the active staff, their activities by Сотрудники). Served as text/calendar
 * (ContentService.MimeType.ICAL) — from script.googleusercontent.com after a redirect
 * (reference/content/content-service: scripts "must serve the content from a different URL"), which
 * calendars follow. A refused link gets plain text saying why, and no event.
 */
function calendarFeed(token: string): GoogleAppsScript.Content.TextOutput {
  let text: string;
  let ics = false;
  try {
    const hmac = linkHmac(false);
    const f = hmac && checkFeed(token, hmac);
    const o = f ? openAs(f.person, f.spreadsheet, ['plan', 'staff']) : refusal('invalid');
    if (o.ok) {
      const acts = (o.wb.plan?.activities ?? []).filter((a) => o.w.mine.has(a.id));
      const lang = o.lang;
      text = buildIcs({
        name: `${lang === 'en' ? 'My deadlines' : 'Мои сроки'} (${o.w.me.name})`,
        timeZone: o.wb.info.timeZone,
        now: new Date().toISOString(),
        events: feedEvents({
          activities: acts,
          spreadsheet: o.wb.info.id,
          today: o.wb.today,
          horizonYear: readPlanMeta(o.doc).horizonYear,
          lang,
        }),
      });
      ics = true;
    } else text = `${o.message}\n${o.en}\n`;
  } catch (err) {
    const f = failureOf(err);
    text = `${f.message}\n${f.en ?? ''}\n`;
  }
  const out = ContentService.createTextOutput(text);
  return ics ? out.setMimeType(ContentService.MimeType.ICAL) : out;
}

const Ticket = z.object({ p: z.string(), e: UndoEntrySchema });

/**
 * One change from the page, the sidebar's way: under the writers' lock the link is checked again,
 * the activity found by ID, the change decided (`decide`) and written with its Журнал row. A
 * refusal carries the fresh card only for one of the person's own activities. `undoable`: the
 * answer carries the signed undo of this change (the ticket), which only this page holds.
 */
function change(
  token: string,
  pick: (o: Opened) => { id: string; entry?: UndoEntry } | MarkFailure,
  decide: (o: Opened, current: TrackedActivity | null, now: string, entry?: UndoEntry) => Decision,
  field: string,
): WebResult {
  return guarded<WebResult>(() => {
    const o = openLink(token, ['plan', 'staff', 'journal']);
    if (!o.ok) return o;
    const p = pick(o);
    if ('ok' in p) return p;
    const { current, duplicate } = findActivity(o.wb, p.id);
    if (duplicate) return duplicate;
    const d = decide(o, current, new Date().toISOString(), p.entry);
    if (!d.ok) return current && o.w.mine.has(current.id) ? { ...d, card: buildCard(current, viewInput(o)) } : d;
    const { me } = o.w;
    const out = write(o.wb, current!, d.next, d.journal, me.email, field, me.name, o.lang);
    if (!out.ok) return outcomeFailure(p.id, out);
    if (p.entry) return { ok: true, card: buildCard(d.next, viewInput(o)) };
    const e: UndoEntry = {
      journalId: `${p.id}:${Date.now()}`,
      activityId: p.id,
      by: me.name,
      before: d.before,
      afterVersion: activityVersion(d.next),
    };
    return { ok: true, card: buildCard(d.next, viewInput(o, [p.id])), ticket: seal({ p: o.link.person, e }, o.hmac) };
  });
}

/** «Выполнено» on the page: the sidebar's mark, as the link's person, from the page's card version. */
export function webMark(raw: unknown): WebResult | Failure {
  return handled({ schema: WebMarkRequest }, raw, (req) =>
    change(
      req.token,
      () => ({ id: req.activityId }),
      (o, current, now) =>
        decideMark(current, req, {
          role: 'staff',
          mine: o.w.mine,
          today: o.wb.today,
          who: o.w.me.name,
          user: o.w.me.email,
          now,
          ...markDates(o.doc, o.wb.plan?.activities ?? [], o.wb.today),
          field: WEB_MARK_FIELD,
        }),
      WEB_MARK_FIELD,
    ),
  );
}

/** «Отменить» on the page: the mark its ticket names, by the link's person, if nothing changed since. */
export function webUndo(raw: unknown): WebResult | Failure {
  return handled({ schema: WebUndoRequest }, raw, (req) =>
    change(
      req.token,
      (o) => {
        const t = unseal(req.ticket, Ticket, o.hmac);
        return t && t.p === o.link.person ? { id: t.e.activityId, entry: t.e } : failure('invalid', NOTHING, NOTHING);
      },
      (o, current, now, entry) =>
        (current && markRefusal('staff', current.id, o.w.mine)) ||
        decideUndo(current, entry ?? null, {
          role: 'staff',
          who: o.w.me.name,
          user: o.w.me.email,
          now,
          field: WEB_UNDO_FIELD,
        }),
      WEB_UNDO_FIELD,
    ),
  );
}

const NOTHING = 'Нечего отменять. / Nothing to undo.';
