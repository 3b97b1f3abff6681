/**
 * The page of an e-mail link: the link's activity and the person's other open activities, drawn
 * with the sidebar's cards. Opened with its data in a <meta> (src/gas/webapp.ts); every change goes
 * through `webMark` / `webUndo` with the link, which the server checks again. All text is set as
 * text (the `h` helper), never as HTML.
 */

import { type CardActions, renderCard } from '../sidebar/card';
import { texts } from '../sidebar/i18n';
import type { Failure } from '../src/shared/reply';
import type { SidebarCard } from '../src/shared/sidebar-contract';
import type { WebPageData, WebResult } from '../src/shared/webapp-contract';
import { clear, h } from '../src/ui/dom';
import { failureLines } from '../src/ui/failure';
import { isFailure, notReached } from '../src/ui/server';

const t = texts('ru');
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
    const lines = isFailure(r) ? failureLines(r) : { ru: String(r), en: '' };
    state.message = { kind: 'error', text: lines.ru };
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
      t.saved,
    );
  },
  undo(id) {
    const ticket = state.tickets.get(id);
    if (!ticket || !data.ok) return;
    void act(id, () => run('webUndo', { token: data.ok ? data.token : '', ticket }), t.undone);
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
  return renderCard({ ...c, canUndo: false }, s, t, actions);
}

function render(): void {
  const el = root();
  clear(el);
  el.append(h('h1', {}, 'План-график: мои мероприятия'));
  if (!data.ok) {
    el.append(h('div', { class: 'msg error', role: 'alert' }, h('p', {}, data.message), h('p', {}, data.en)));
    return;
  }
  el.append(h('p', { class: 'who' }, data.name));
  const m = state.message;
  if (m)
    el.append(h('div', { class: `msg ${m.kind}`, role: m.kind === 'error' ? 'alert' : 'status' }, h('p', {}, m.text)));
  if (data.note) el.append(h('div', { class: 'msg', role: 'status' }, h('p', {}, data.note)));
  if (data.focus) el.append(h('h2', {}, 'Мероприятие из письма'), cardView(data.focus));
  if (data.groups.length) {
    el.append(h('h2', {}, data.focus ? 'Другие ваши мероприятия' : 'Ваши мероприятия'));
    for (const g of data.groups) el.append(h('h2', {}, g.title), ...g.cards.map(cardView));
  } else if (!data.focus) el.append(h('p', {}, 'Открытых мероприятий нет.'));
  if (data.feed) el.append(feedBlock(data.feed));
}

/** «Мои сроки в календаре»: the feed's address to copy into a calendar, and how. */
function feedBlock(url: string): HTMLElement {
  return h(
    'section',
    { class: 'feed' },
    h('h2', {}, 'Мои сроки в календаре'),
    h('p', {}, 'Ваши сроки появятся в вашем календаре и будут обновляться сами. Скопируйте адрес:'),
    h('input', { type: 'text', readonly: true, value: url, 'aria-label': 'Адрес календаря', class: 'feed-url' }),
    h(
      'ul',
      {},
      h('li', {}, 'Google Календарь: «Другие календари» → «+» → «Добавить по URL» → вставьте адрес.'),
      h('li', {}, 'Яндекс Календарь, Outlook: подписка на календарь по ссылке (iCal) → вставьте адрес.'),
    ),
    h('p', {}, h('a', { href: url }, 'Скачать файл .ics'), ' — разовая копия, без обновлений.'),
  );
}

// This module runs once the page is parsed (tools/build-page.ts), so the appended <meta> is there.
data = readData();
render();
