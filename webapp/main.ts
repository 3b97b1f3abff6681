/**
 * The page of an e-mail link: the link's activity and the person's other open activities, drawn
 * with the sidebar's cards. Opened with its data in a <meta> (src/gas/webapp.ts); every change goes
 * through `webMark` / `webUndo` with the link, which the server checks again. All text is set as
 * text (the `h` helper), never as HTML.
 */

import { type CardActions, renderCard } from '../sidebar/card';
import { texts } from '../sidebar/i18n';
import type { Language } from '../src/core/language';
import type { Failure } from '../src/shared/reply';
import type { SidebarCard } from '../src/shared/sidebar-contract';
import type { WebPageData, WebResult } from '../src/shared/webapp-contract';
import { clear, h } from '../src/ui/dom';
import { failureText } from '../src/ui/failure';
import { isFailure, notReached } from '../src/ui/server';

/** The page's language: the document's, which the server puts in the page's data (Russian until it is read). */
let lang: Language = 'ru';
const t = () => texts(lang);
const say = (ru: string, en: string) => (lang === 'en' ? en : ru);
const root = (): HTMLElement => document.getElementById('app') as HTMLElement;

/** WEB_META of src/shared/webapp-contract.ts (a page takes only types from there; a test holds them equal). */
const META = 'plan-grafik-link';

function readData(): WebPageData {
  const raw = document.querySelector(`meta[name="${META}"]`)?.getAttribute('content');
  try {
    return JSON.parse(raw ?? '') as WebPageData;
  } catch {
    return { ok: false, message: 'Страница открыта без ссылки из письма.', en: 'The page was opened without a link.' };
  }
}

// The server appends the <meta> after the page (HtmlOutput.append), so after this script: it is
// read when this module runs, once the document is parsed (tools/build-page.ts).
let data: WebPageData = { ok: false, message: 'Загрузка…', en: 'Loading…' };
const state = {
  expanded: new Set<string>(),
  formOpen: null as string | null,
  /** activity id → the signed undo of the mark made on this page. */
  tickets: new Map<string, string>(),
  busy: false,
  message: null as { kind: 'ok' | 'error'; text: string } | null,
};

/** google.script.run as a Promise; a call that never reached the server is a Failure too. */
function run(fn: 'webMark' | 'webUndo', req: object): Promise<WebResult | Failure> {
  return new Promise((resolve) => {
    const r = (globalThis as { google?: { script?: { run?: Record<string, unknown> } } }).google?.script?.run as
      | Record<string, (...a: unknown[]) => Record<string, (...a: unknown[]) => unknown>>
      | undefined;
    if (!r) return resolve(notReached(fn, 'google.script.run is not available'));
    const runner = r
      .withSuccessHandler((v: unknown) => resolve(v as WebResult))
      .withFailureHandler((e: unknown) =>
        resolve(notReached(fn, e instanceof Error ? e.message : String(e))),
      ) as unknown as Record<string, (req: object) => void>;
    runner[fn](req);
  });
}

function cards(): SidebarCard[] {
  if (!data.ok) return [];
  return [...(data.focus ? [data.focus] : []), ...data.groups.flatMap((g) => g.cards)];
}

function replace(card: SidebarCard): void {
  if (!data.ok) return;
  if (data.focus?.id === card.id) data.focus = card;
  for (const g of data.groups) g.cards = g.cards.map((c) => (c.id === card.id ? card : c));
}

async function act(id: string, call: () => Promise<WebResult | Failure>, okText: string): Promise<void> {
  state.busy = true;
  state.message = null;
  render();
  const r = await call();
  state.busy = false;
  if (r.ok) {
    replace(r.card);
    state.formOpen = null;
    if ('ticket' in r && r.ticket) state.tickets.set(id, r.ticket);
    else state.tickets.delete(id);
    state.message = { kind: 'ok', text: okText };
  } else {
    if ('card' in r && r.card) replace(r.card);
    state.message = { kind: 'error', text: isFailure(r) ? failureText(r, lang) : String(r) };
  }
  render();
}

const actions: CardActions = {
  toggle(id) {
    if (!state.expanded.delete(id)) state.expanded.add(id);
    render();
  },
  openDone(id) {
    state.formOpen = id;
    render();
  },
  closeDone() {
    state.formOpen = null;
    render();
  },
  done(id, date, comment, link) {
    const card = cards().find((c) => c.id === id);
    if (!card || !data.ok) return;
    const req = { token: data.token, activityId: id, status: 'done', date, expectedVersion: card.version };
    void act(
      id,
      () => run('webMark', { ...req, ...(comment.trim() ? { comment } : {}), ...(link ? { link } : {}) }),
      t().saved,
    );
  },
  undo(id) {
    const ticket = state.tickets.get(id);
    if (!ticket || !data.ok) return;
    void act(id, () => run('webUndo', { token: data.ok ? data.token : '', ticket }), t().undone);
  },
};

function cardView(c: SidebarCard): HTMLElement {
  const s = {
    expanded: state.expanded.has(c.id) || c.id === (data.ok ? data.focus?.id : null),
    formOpen: state.formOpen === c.id,
    undoable: state.tickets.has(c.id),
    busy: state.busy,
    today: data.ok ? data.today : '',
  };
  // Only a mark made on this page can be undone here (its ticket).
  return renderCard({ ...c, canUndo: false }, s, t(), actions);
}

function render(): void {
  const el = root();
  clear(el);
  document.title = `План-график: ${say('мои мероприятия', 'my activities')}`;
  el.append(h('h1', {}, document.title));
  if (!data.ok) {
    el.append(h('div', { class: 'msg error', role: 'alert' }, h('p', {}, data.message), h('p', {}, data.en)));
    return;
  }
  el.append(h('p', { class: 'who' }, data.name));
  const m = state.message;
  if (m)
    el.append(h('div', { class: `msg ${m.kind}`, role: m.kind === 'error' ? 'alert' : 'status' }, h('p', {}, m.text)));
  if (data.note) el.append(h('div', { class: 'msg', role: 'status' }, h('p', {}, data.note)));
  if (data.focus)
    el.append(h('h2', {}, say('Мероприятие из письма', 'The activity of the e-mail')), cardView(data.focus));
  if (data.groups.length) {
    el.append(
      h(
        'h2',
        {},
        data.focus
          ? say('Другие ваши мероприятия', 'Your other activities')
          : say('Ваши мероприятия', 'Your activities'),
      ),
    );
    for (const g of data.groups) el.append(h('h2', {}, g.title), ...g.cards.map(cardView));
  } else if (!data.focus) el.append(h('p', {}, say('Открытых мероприятий нет.', 'No open activities.')));
  if (data.feed) el.append(feedBlock(data.feed));
}

/** «Мои сроки в календаре»: the feed's address to copy into a calendar, and how. */
function feedBlock(url: string): HTMLElement {
  return h(
    'section',
    { class: 'feed' },
    h('h2', {}, say('Мои сроки в календаре', 'My deadlines in a calendar')),
    h(
      'p',
      {},
      say(
        'Ваши сроки появятся в вашем календаре и будут обновляться сами. Скопируйте адрес:',
        'Your deadlines appear in your calendar and keep themselves up to date. Copy the address:',
      ),
    ),
    h('input', {
      type: 'text',
      readonly: true,
      value: url,
      'aria-label': say('Адрес календаря', 'Calendar address'),
      class: 'feed-url',
    }),
    h(
      'ul',
      {},
      h(
        'li',
        {},
        say(
          'Google Календарь: «Другие календари» → «+» → «Добавить по URL» → вставьте адрес.',
          'Google Calendar: «Other calendars» → «+» → «From URL» → paste the address.',
        ),
      ),
      h(
        'li',
        {},
        say(
          'Яндекс Календарь, Outlook: подписка на календарь по ссылке (iCal) → вставьте адрес.',
          'Yandex Calendar, Outlook: subscribe to a calendar by link (iCal) → paste the address.',
        ),
      ),
    ),
    h(
      'p',
      {},
      h('a', { href: url }, say('Скачать файл .ics', 'Download the .ics file')),
      say(' — разовая копия, без обновлений.', ' — a one-off copy, never updated.'),
    ),
  );
}

// This module runs once the page is parsed (tools/build-page.ts), so the appended <meta> is there.
data = readData();
if (data.ok) lang = data.lang;
document.documentElement.lang = lang;
render();
