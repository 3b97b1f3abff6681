/**
 * The sidebar «Мои мероприятия». Plain DOM, no framework: it loads in an iframe on every open and
 * must stay small. State lives here; the server is the only source of truth, so after every
 * change the page shows what the server returned.
 */
import { type CardFilter, filterCards } from '../src/core/sidebar/filter';
import type { Failure } from '../src/shared/reply';
import type { Locale, MarkFailure, MarkResult, SidebarCard, SidebarData } from '../src/shared/sidebar-contract';
import { clear, h, on } from '../src/ui/dom';
import { failureText as failureIn } from '../src/ui/failure';
import { pageLanguage } from '../src/ui/language';
import { answerOf, Refused } from '../src/ui/server';
import { api } from './api';
import { type CardActions, renderCard } from './card';
import { type Texts, texts } from './i18n';

type Loaded = Extract<SidebarData, { needIdentity: false }>;

interface State {
  locale: Locale;
  data: SidebarData | null;
  tab: 'mine' | 'all';
  filter: CardFilter;
  expanded: Set<string>;
  formOpen: string | null;
  /** activity id → journal id of this session's last change, for «Отменить последнее». */
  journal: Map<string, string>;
  busy: boolean;
  message: { kind: 'ok' | 'error'; text: string; detail?: string } | null;
}

const state: State = {
  locale: pageLanguage('sidebar'),
  data: null,
  tab: 'mine',
  filter: {},
  expanded: new Set(),
  formOpen: null,
  journal: new Map(),
  busy: false,
  message: null,
};

const t = (): Texts => texts(state.locale);
const root = (): HTMLElement => document.getElementById('app') as HTMLElement;

// ---------------------------------------------------------------- server calls

/** A Failure in words: its kind, then the server's message (in the sidebar's language). */
function failed(f: Failure): void {
  state.message = { kind: 'error', text: failureText(f), ...(f.detail ? { detail: f.detail } : {}) };
}

async function guarded(work: () => Promise<void>): Promise<void> {
  state.busy = true;
  render();
  try {
    await work();
  } catch (e) {
    // A bug of the page itself: words of the `internal` kind, its text folded.
    failed(e instanceof Refused ? e.failure : { ok: false, kind: 'internal', message: '', en: '', detail: String(e) });
  } finally {
    state.busy = false;
    render();
  }
}

function setData(data: SidebarData): void {
  state.data = data;
  state.locale = data.locale;
  if (!data.needIdentity && !data.all && state.tab === 'all') state.tab = 'mine';
}

function load(): Promise<void> {
  return guarded(async () => {
    setData(answerOf(await api.sidebarLoad({ locale: state.locale })));
  });
}

/** Replace one card wherever it is shown; its group may change, so «Мои» is regrouped. */
function replaceCard(card: SidebarCard): void {
  const d = state.data;
  if (!d || d.needIdentity) return;
  if (d.all) d.all = d.all.map((c) => (c.id === card.id ? card : c));
  const cards = d.groups.flatMap((g) => g.cards).map((c) => (c.id === card.id ? card : c));
  for (const g of d.groups) g.cards = cards.filter((c) => c.group === g.key);
}

function removeCard(id: string): void {
  const d = state.data;
  if (!d || d.needIdentity) return;
  if (d.all) d.all = d.all.filter((c) => c.id !== id);
  for (const g of d.groups) g.cards = g.cards.filter((c) => c.id !== id);
}

const failureText = (f: Failure): string => failureIn(f, state.locale);

function applyResult(r: MarkResult | Failure, okText: string, id: string): void {
  if (r.ok) {
    if (r.data) setData(r.data);
    else replaceCard(r.card);
    if (r.journalId) state.journal.set(id, r.journalId);
    else state.journal.delete(id);
    state.formOpen = null;
    state.message = { kind: 'ok', text: okText };
    return;
  }
  failed(r);
  const m: Partial<MarkFailure> = r;
  if (m.card) replaceCard(m.card);
  else if (m.code === 'not-found') removeCard(id);
  if (r.kind !== 'invalid') state.formOpen = null;
}

function findCard(id: string): SidebarCard | undefined {
  const d = state.data;
  if (!d || d.needIdentity) return undefined;
  return (d.all ?? []).find((c) => c.id === id) ?? d.groups.flatMap((g) => g.cards).find((c) => c.id === id);
}

const actions: CardActions = {
  toggle(id) {
    if (state.expanded.has(id)) state.expanded.delete(id);
    else state.expanded.add(id);
    render();
  },
  openDone(id) {
    state.formOpen = id;
    state.message = null;
    render();
    root()
      .querySelector<HTMLInputElement>(`article[data-id="${CSS.escape(id)}"] input[type=date]`)
      ?.focus();
  },
  closeDone() {
    state.formOpen = null;
    render();
  },
  done(id, date, comment, link) {
    const card = findCard(id);
    if (!card) return;
    void guarded(async () => {
      const req = { activityId: id, status: 'done' as const, date, expectedVersion: card.version };
      const r = await api.sidebarMark({
        ...req,
        locale: state.locale,
        ...(comment.trim() ? { comment } : {}),
        ...(link ? { link } : {}),
      });
      applyResult(r, t().saved, id);
    });
  },
  inProgress(id) {
    const card = findCard(id);
    if (!card) return;
    void guarded(async () => {
      const r = await api.sidebarMark({
        activityId: id,
        status: 'in-progress',
        expectedVersion: card.version,
        locale: state.locale,
      });
      applyResult(r, t().saved, id);
    });
  },
  undo(id) {
    void guarded(async () => {
      const journalId = state.journal.get(id);
      const r = await api.sidebarUndo({ activityId: id, locale: state.locale, ...(journalId ? { journalId } : {}) });
      applyResult(r, t().undone, id);
      if (r.ok) state.journal.delete(id);
    });
  },
  show(id) {
    void guarded(async () => {
      const r = await api.sidebarShowRow({ activityId: id });
      if (r.ok) state.message = { kind: 'ok', text: t().shownInSheet };
      else failed(r);
    });
  },
};

// ---------------------------------------------------------------- views

function cardView(c: SidebarCard, today: string): HTMLElement {
  return renderCard(
    c,
    {
      expanded: state.expanded.has(c.id),
      formOpen: state.formOpen === c.id,
      undoable: state.journal.has(c.id),
      busy: state.busy,
      today,
    },
    t(),
    actions,
  );
}

function messageView(): HTMLElement | null {
  const m = state.message;
  if (!m) return null;
  return h(
    'div',
    { class: `msg ${m.kind}`, role: m.kind === 'error' ? 'alert' : 'status' },
    h('p', {}, m.text),
    m.detail ? h('details', {}, h('summary', {}, t().technical), h('code', {}, m.detail)) : null,
  );
}

function identityView(d: Extract<SidebarData, { needIdentity: true }>): HTMLElement {
  const select = h(
    'select',
    { name: 'who', required: true },
    h('option', { value: '' }, `— ${t().whoChoose} —`),
    d.staff.map((p) => h('option', { value: p.email }, p.name)),
  );
  const form = h(
    'form',
    { class: 'who' },
    h('h2', {}, t().whoTitle),
    h('p', {}, d.reason),
    select,
    h('button', { type: 'submit', class: 'primary', disabled: state.busy }, t().whoSave),
  );
  on(form, 'submit', (ev) => {
    ev.preventDefault();
    if (!select.value) return;
    const email = select.value;
    void guarded(async () => {
      setData(answerOf(await api.sidebarSetIdentity({ email, locale: state.locale })));
      state.message = null;
    });
  });
  return form;
}

function progressView(d: Loaded): HTMLElement {
  const { done, total } = d.progress;
  const pct = total ? Math.round((done / total) * 100) : 0;
  return h(
    'div',
    { class: 'progress' },
    h('div', { class: 'label' }, t().progress(done, total)),
    h(
      'div',
      { class: 'bar', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': total, 'aria-valuenow': done },
      h('div', { class: 'fill', style: `width:${pct}%` }),
    ),
  );
}

function mineView(d: Loaded): HTMLElement {
  const total = d.groups.reduce((n, g) => n + g.cards.length, 0);
  if (!total) return h('p', { class: 'empty' }, t().nothingMine);
  return h(
    'div',
    { class: 'groups' },
    d.groups
      .filter((g) => g.cards.length)
      .map((g) =>
        h(
          'section',
          { class: `group g-${g.key}`, 'data-group': g.key },
          h('h2', {}, g.title, h('span', { class: 'count' }, String(g.cards.length))),
          g.cards.map((c) => cardView(c, d.today)),
        ),
      ),
  );
}

function select(name: keyof CardFilter, label: string, options: { value: string; label: string }[]): HTMLElement {
  const el = h(
    'select',
    { name },
    h('option', { value: '' }, t().filterAny),
    options.map((o) => h('option', { value: o.value, selected: state.filter[name] === o.value }, o.label)),
  );
  on(el, 'change', () => {
    state.filter = { ...state.filter, [name]: el.value };
    renderList();
  });
  return h('label', {}, label, el);
}

function allView(d: Loaded): HTMLElement {
  const f = d.filters ?? { people: [], stages: [], statuses: [] };
  const search = h('input', { type: 'search', name: 'text', placeholder: t().search, value: state.filter.text ?? '' });
  on(search, 'input', () => {
    state.filter = { ...state.filter, text: search.value };
    renderList();
  });
  return h(
    'div',
    { class: 'all' },
    h(
      'div',
      { class: 'filters' },
      search,
      select(
        'person',
        t().filterPerson,
        f.people.map((p) => ({ value: p, label: p })),
      ),
      select(
        'stage',
        t().filterStage,
        f.stages.map((s) => ({ value: s, label: s })),
      ),
      select('status', t().filterStatus, f.statuses),
    ),
    h('div', { id: 'list' }),
  );
}

/** Only the list is redrawn while filtering, so the search box keeps focus and caret. */
function renderList(): void {
  const d = state.data;
  const list = document.getElementById('list');
  if (!d || d.needIdentity || !list) return;
  const all = d.all ?? [];
  const shown = filterCards(all, state.filter);
  clear(list);
  list.append(
    h('p', { class: 'shown' }, t().shown(shown.length, all.length)),
    shown.length
      ? h(
          'div',
          { class: 'cards' },
          shown.map((c) => cardView(c, d.today)),
        )
      : h('p', { class: 'empty' }, t().noMatch),
  );
}

function tabsView(d: Loaded): HTMLElement | null {
  if (!d.all) return null;
  const tab = (key: State['tab'], label: string) =>
    on(
      h(
        'button',
        { type: 'button', role: 'tab', class: 'tab', 'aria-selected': String(state.tab === key), 'data-tab': key },
        label,
      ),
      'click',
      () => {
        state.tab = key;
        render();
      },
    );
  return h('nav', { class: 'tabs', role: 'tablist' }, tab('mine', t().tabMine), tab('all', t().tabAll));
}

function render(): void {
  const el = root();
  const d = state.data;
  document.documentElement.lang = state.locale;
  // Keep the search box (and its focus) when only the busy state changes.
  const focused = document.activeElement;
  const hadSearchFocus = focused instanceof HTMLInputElement && focused.name === 'text';
  clear(el);
  const header = h(
    'header',
    {},
    h('h1', {}, t().title),
    on(h('button', { type: 'button', class: 'link refresh', disabled: state.busy }, t().refresh), 'click', () => {
      state.message = null;
      void load();
    }),
  );
  el.append(header);
  if (!d) {
    el.append(messageView() ?? h('p', { class: 'loading' }, t().loading));
    return;
  }
  if (d.needIdentity) {
    el.append(...[messageView(), identityView(d)].filter((x): x is HTMLElement => !!x));
    return;
  }
  header.append(h('p', { class: 'me' }, d.me.name, h('span', { class: 'role' }, ` · ${t().role[d.role]}`)));
  const parts = [progressView(d), tabsView(d), messageView(), d.notice ? h('p', { class: 'notice' }, d.notice) : null];
  for (const p of parts) if (p) el.append(p);
  el.append(state.tab === 'all' && d.all ? allView(d) : mineView(d));
  if (state.tab === 'all') renderList();
  if (hadSearchFocus) {
    const s = el.querySelector<HTMLInputElement>('input[name=text]');
    s?.focus();
    s?.setSelectionRange(s.value.length, s.value.length);
  }
  el.classList.toggle('busy', state.busy);
}

render();
void load();
