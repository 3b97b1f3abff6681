/**
 * The playground page: the workbook as Sheets shows it (tabs, grid, charts), the add-on menu as
 * buttons, the sidebar and dialogs in frames, the clock, the outbox and the action log. Every
 * click goes to the server (tools/playground/server.ts), which runs the built Code.js in the
 * emulator; the page only draws what the server answers.
 */

import { h } from '../../../src/ui/dom';
import { parseA1 } from '../../emulator/a1';
import type { SheetSnapshot } from '../../emulator/snapshot';
import type { Playground, UiEvent } from '../playground';
import { type ChartSnapshot, chartData, chartSvg } from './charts';
import { a1Of, cellOrigin, renderGrid } from './grid';

type State = ReturnType<Playground['state']>;
type Sheet = State['workbook']['sheets'][number];
type Answer = { ok?: boolean; error?: string; refused?: string; ui?: UiEvent[]; state?: State; [k: string]: unknown };

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
let state: State;
/** A hidden sheet looked at (it has no tab in Sheets and cannot become active). */
let peek: string | null = null;
/** The selected cell of the sheet on screen (0-based), and the add-on's last selection we followed. */
let sel = { r: 0, c: 0 };
let followed = '';
/** Whether the next drawing scrolls the selection into view (it moved, not the person's click). */
let reveal = false;

async function api<T = Answer>(url: string, body?: unknown): Promise<T> {
  const r = await fetch(
    url,
    body === undefined
      ? {}
      : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
  );
  return (await r.json()) as T;
}

const ru = (iso: string) => (iso ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : '');

// ---- what the add-on showed: alerts, toasts, the sidebar, dialogs ----
function note(title: string, text: string | undefined, kind: 'alert' | 'toast' | 'error') {
  const box = h('div', {
    class: kind === 'toast' ? 'toast' : `alert${kind === 'error' ? ' error' : ''}`,
    role: kind === 'toast' ? 'status' : 'alertdialog',
  });
  if (kind === 'toast') {
    box.textContent = (title ? `${title}: ` : '') + (text || '');
    setTimeout(() => box.remove(), 6000);
  } else {
    const t = h('div', { class: 't' });
    t.append(h('span', {}, title || 'План-график'));
    const x = h('button', { title: 'OK' }, '✕');
    x.onclick = () => box.remove();
    t.append(x);
    box.append(t, document.createTextNode(text || ''));
  }
  $('notes').append(box);
}
function clearAlerts() {
  for (const a of Array.from(document.querySelectorAll('#notes .alert'))) a.remove();
}
function openSidebar(title: string, url: string) {
  const bar = h('div', { class: 'bar' });
  bar.append(h('span', {}, title || 'Боковая панель'));
  const x = h('button', { title: 'Закрыть' }, '✕');
  x.onclick = closeSidebar;
  bar.append(x);
  $('side').replaceChildren(bar, h('iframe', { src: url, title: 'sidebar', id: 'sframe' }));
}
function closeSidebar() {
  $('side').replaceChildren(h('div', { class: 'none' }, 'Боковая панель откроется здесь: меню «Мои мероприятия».'));
}
function openDialog(ev: UiEvent) {
  $('mtitle').textContent = ev.title || '';
  const box = document.querySelector<HTMLElement>('#modal .box')!;
  box.style.width = `${Math.min(ev.width || 900, window.innerWidth * 0.96)}px`;
  box.style.height = `${Math.min((ev.height || 600) + 42, window.innerHeight * 0.94)}px`;
  $<HTMLIFrameElement>('mframe').src = ev.url ?? 'about:blank';
  $('modal').style.display = 'flex';
}
function closeDialog() {
  $('modal').style.display = 'none';
  $<HTMLIFrameElement>('mframe').src = 'about:blank';
  void refresh();
}
function handleUi(events: UiEvent[] | undefined) {
  for (const ev of events || []) {
    if (ev.kind === 'sidebar') openSidebar(ev.title, ev.url ?? '');
    else if (ev.kind === 'dialog') openDialog(ev);
    else note(ev.title, ev.text, ev.kind);
  }
}

// ---- the menu ----
type MenuItem = { caption: string; fn?: string; items?: (MenuItem | 'separator')[] } | 'separator';
function renderMenu() {
  const m = $('menu');
  m.replaceChildren(h('span', { class: 'title' }, `Меню «${state.menu[0]?.title || 'План-график'}»:`));
  const add = (parent: HTMLElement, item: { caption: string; fn?: string }) => {
    const b = h('button', { 'data-fn': item.fn ?? '' }, item.caption);
    b.onclick = () => void menu(item.fn ?? '');
    parent.append(b);
  };
  if (!state.menu.length) m.append(h('span', { class: 'empty' }, 'меню не построено (onOpen не отработал)'));
  for (const log of state.menu)
    for (const item of log.items as MenuItem[]) {
      if (item === 'separator') m.append(h('span', { class: 'sep' }));
      else if (item.items) {
        const s = h('span', { class: 'sub' });
        s.append(h('span', {}, `${item.caption}:`));
        for (const i of item.items) if (i !== 'separator') add(s, i);
        m.append(s);
      } else if (item.fn) add(m, item);
    }
}

// ---- the workbooks (the department example): its own, and each organisation's to look at ----
const viewingOther = () => state.documents.length > 0 && state.viewing !== state.documents[0]?.id;

function renderDocs() {
  const d = $('docs');
  d.replaceChildren();
  d.style.display = state.documents.length ? '' : 'none';
  if (!state.documents.length) return;
  d.append(h('span', { class: 'title' }, 'Таблица / spreadsheet:'));
  for (const doc of state.documents) {
    const b = h(
      'button',
      {
        class: `${doc.id === state.viewing ? 'active ' : ''}${doc.role}${doc.note ? ' no-access' : ''}`,
        'data-doc': doc.id,
        title:
          doc.role === 'own'
            ? 'Таблица отдела: в ней работает дополнение «План-график: Свод»'
            : `Таблица организации (только просмотр)${doc.note ? ` — ${doc.note}` : ''}`,
      },
      doc.role === 'own' ? `${doc.name} (отдел)` : doc.name.replace(/^План-график: /, ''),
    );
    if (doc.note) b.append(h('small', {}, ` — ${doc.note.split(' / ')[0]}`));
    b.onclick = async () => {
      peek = null;
      sel = { r: 0, c: 0 };
      followed = '';
      render(await api<State>('/api/view', { id: doc.id }));
    };
    d.append(b);
  }
}

// ---- the workbook: tabs, grid, charts ----
const shownSheet = (): Sheet | undefined =>
  state.workbook.sheets.find((s) => s.name === (peek ?? state.workbook.activeSheet)) ?? state.workbook.sheets[0];

function renderTabs() {
  const t = $('tabs');
  t.replaceChildren();
  const current = shownSheet()?.name;
  for (const s of state.workbook.sheets) {
    const b = h(
      'button',
      {
        class: (s.name === current ? 'active ' : '') + (s.hidden ? 'hidden-sheet' : ''),
        'data-sheet': s.name,
        title: s.hidden ? 'скрытый лист: в Google Таблицах у него нет ярлыка; здесь его можно посмотреть' : s.name,
      },
      s.name + (s.hidden ? ' (скрыт)' : ''),
    );
    if (s.tabColor) b.style.borderBottomColor = s.tabColor;
    b.onclick = () => void selectTab(s);
    t.append(b);
  }
}

async function selectTab(s: Sheet) {
  if (s.hidden) {
    peek = s.name;
    sel = { r: 0, c: 0 };
    renderTabs();
    renderSheet();
    return;
  }
  peek = null;
  sel = { r: 0, c: 0 };
  // A click on a tab makes it the active sheet for the add-on too (getActiveSheet()).
  render(await api<State>('/api/select', { sheet: s.name }));
}

function renderCharts(s: Sheet, table: HTMLTableElement) {
  for (const ch of s.charts as ChartSnapshot[]) {
    const at = parseA1(ch.anchor, s.maxRows, s.maxColumns);
    const { left, top } = cellOrigin(table, at.row - 1, at.col - 1);
    // A chart anchored in the frozen rows (the roll-up's, beside its header row) floats over them,
    // as Sheets draws a chart over cells; others scroll under the frozen rows.
    const over = at.row - 1 < (s.frozenRows || 0);
    const box = h('div', { class: `chart-box${over ? ' over-frozen' : ''}`, 'data-chart': String(ch.id) });
    box.style.left = `${left}px`;
    box.style.top = `${top}px`;
    box.innerHTML = chartSvg(chartData(ch, s as SheetSnapshot, state.workbook));
    $('grid').append(box);
  }
}

/**
 * Where each sheet was scrolled to, so that another tab opens where it was left — a sheet never
 * shown at A1 — as in Sheets, not at the scroll position of the tab shown before it.
 */
const scrolled = new Map<string, { top: number; left: number }>();
let drawn = '';

function renderSheet() {
  const s = shownSheet();
  const grid = $('grid');
  if (!s) {
    grid.replaceChildren();
    return;
  }
  const key = `${state.workbook.id}\n${s.name}`;
  if (drawn && drawn !== key) scrolled.set(drawn, { top: grid.scrollTop, left: grid.scrollLeft });
  const table = renderGrid(grid, s as SheetSnapshot);
  if (drawn !== key) {
    const at = scrolled.get(key) ?? { top: 0, left: 0 };
    grid.scrollTop = at.top;
    grid.scrollLeft = at.left;
    drawn = key;
  }
  renderCharts(s, table);
  table.addEventListener('click', (e) => {
    const td = (e.target as HTMLElement).closest<HTMLElement>('td[data-c]');
    if (!td) return;
    select(Number(td.dataset.r), Number(td.dataset.c));
    $('grid').focus({ preventScroll: true });
  });
  table.addEventListener('dblclick', (e) => {
    const td = (e.target as HTMLElement).closest<HTMLElement>('td[data-c]');
    if (td) startEdit();
  });
  select(sel.r, sel.c, reveal);
  reveal = false;
}

/** The selected cell's td; for a hidden or merged-over cell, the first drawn cell of its row. */
const selectedTd = () =>
  document.querySelector<HTMLElement>(`#grid td[data-r="${sel.r}"][data-c="${sel.c}"]`) ??
  document.querySelector<HTMLElement>(`#grid td[data-r="${sel.r}"][data-c]`) ??
  document.querySelector<HTMLElement>('#grid td[data-c]');

function select(r: number, c: number, scroll = true) {
  for (const x of Array.from(document.querySelectorAll('#grid td.sel'))) x.classList.remove('sel');
  sel = { r, c };
  const td = selectedTd();
  if (!td) return;
  sel = { r: Number(td.dataset.r), c: Number(td.dataset.c) };
  td.classList.add('sel');
  if (scroll) td.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const s = shownSheet();
  $('cellref').textContent = a1Of(sel.r, sel.c);
  $('celltext').textContent = s?.displayValues[sel.r]?.[sel.c] ?? '';
}

/** Moves the selection by whole cells, skipping hidden columns and cells covered by a merge. */
function move(dr: number, dc: number) {
  const cells = Array.from(document.querySelectorAll<HTMLElement>('#grid td[data-c]'));
  const cols = [...new Set(cells.map((td) => Number(td.dataset.c)))].sort((a, b) => a - b);
  const rows = [...new Set(cells.map((td) => Number(td.dataset.r)))].sort((a, b) => a - b);
  const ci = Math.max(0, Math.min(cols.length - 1, cols.indexOf(sel.c) + dc));
  const ri = Math.max(0, Math.min(rows.length - 1, rows.indexOf(sel.r) + dr));
  select(rows[ri], cols[ci]);
}

// ---- typing into cells ----
let editing: HTMLInputElement | null = null;

function startEdit(initial?: string) {
  const s = shownSheet();
  const td = selectedTd();
  if (!s || !td || editing) return;
  if (peek) {
    note('Скрытый лист', 'Скрытый лист нельзя редактировать: покажите его в таблице.', 'alert');
    return;
  }
  if (viewingOther()) {
    note(
      'Таблица организации',
      'Здесь таблица организации открыта только для просмотра: отметки в ней ставит её координатор.',
      'alert',
    );
    return;
  }
  const grid = $('grid');
  const g = grid.getBoundingClientRect();
  const box = td.getBoundingClientRect();
  const input = h('input', { id: 'editor', 'aria-label': `ячейка ${a1Of(sel.r, sel.c)}` });
  input.value = initial ?? s.displayValues[sel.r]?.[sel.c] ?? '';
  input.style.left = `${box.left - g.left + grid.scrollLeft}px`;
  input.style.top = `${box.top - g.top + grid.scrollTop}px`;
  input.style.minWidth = `${Math.max(box.width, 120)}px`;
  input.style.height = `${Math.max(box.height, 22)}px`;
  // A drop-down cell offers its values, as Sheets' chip does; anything may still be typed.
  if (td.dataset.list) {
    const list = h('datalist', { id: 'editor-list' });
    for (const v of JSON.parse(td.dataset.list) as string[]) list.append(h('option', { value: v }));
    grid.append(list);
    input.setAttribute('list', 'editor-list');
  }
  grid.append(input);
  editing = input;
  input.focus();
  if (initial === undefined) input.select();
  input.addEventListener('keydown', (e) => {
    // The grid below listens for keys too: this one is the editor's.
    e.stopPropagation();
    if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      void commit(input.value, e.key === 'Enter' ? [1, 0] : [0, 1]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      stopEdit();
    }
  });
  input.addEventListener('blur', () => {
    if (editing === input) void commit(input.value, [0, 0]);
  });
}

function stopEdit() {
  const input = editing;
  // Cleared first: removing the input blurs it, and a blur commits only a live editor.
  editing = null;
  input?.remove();
  document.getElementById('editor-list')?.remove();
  $('grid').focus({ preventScroll: true });
}

async function commit(value: string, step: [number, number]) {
  const s = shownSheet();
  const original = s?.displayValues[sel.r]?.[sel.c] ?? '';
  const a1 = a1Of(sel.r, sel.c);
  stopEdit();
  if (!s || value === original) return move(step[0], step[1]);
  clearAlerts();
  const r = await api('/api/edit', { sheet: s.name, a1, value });
  if (r.state) render(r.state);
  handleUi(r.ui);
  if (r.refused) note('Недопустимое значение', `Ячейка ${a1}: ${r.refused}`, 'error');
  else if (!r.ok && r.error)
    note(
      'Триггер изменения завершился с ошибкой',
      `${r.error}\n(В Google Таблицах эту ошибку увидит только владелец триггера — в письме о сбоях.)`,
      'error',
    );
  move(step[0], step[1]);
}

async function pasteOnSheet(text: string) {
  const s = shownSheet();
  if (!s || peek) return;
  clearAlerts();
  const r = await api('/api/paste', { sheet: s.name, a1: a1Of(sel.r, sel.c), text });
  if (r.state) render(r.state);
  handleUi(r.ui);
  if (!r.ok) note('Вставка не удалась', r.error ?? 'недопустимое значение в ячейке с раскрывающимся списком', 'error');
  return r;
}

$('grid').addEventListener('keydown', (e) => {
  if (editing || e.target !== $('grid') || e.ctrlKey || e.metaKey || e.altKey) return;
  const arrows: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
    Tab: [0, 1],
  };
  if (arrows[e.key]) {
    e.preventDefault();
    move(...arrows[e.key]);
  } else if (e.key === 'Enter' || e.key === 'F2') {
    e.preventDefault();
    startEdit();
  } else if (e.key === 'Delete' || e.key === 'Backspace') {
    e.preventDefault();
    void commit('', [0, 0]);
  } else if (e.key.length === 1) {
    e.preventDefault();
    startEdit(e.key);
  }
});
// Ctrl+V on the grid pastes the clipboard's text into the sheet, as in Sheets.
$('grid').addEventListener('paste', (e) => {
  if (editing) return;
  const text = e.clipboardData?.getData('text/plain');
  if (!text) return;
  e.preventDefault();
  void pasteOnSheet(text);
});

// ---- outbox and the action log ----
/** In an e-mail: a click on a link to the web app asks the playground to open its page. */
const WEBAPP_LINKS = `<script>document.addEventListener('click', (e) => {
  const a = e.target.closest && e.target.closest('a[href*="/exec?"]');
  if (!a) return;
  e.preventDefault();
  parent.postMessage({ type: 'webapp', query: new URL(a.href).search }, '*');
});</script>`;

/** What the outbox showed last: its frames are rebuilt only when a mail came or the workbook changed. */
let outboxShown = '';
function renderOutbox() {
  $('count').textContent = String(state.outbox.length);
  $('quota').textContent = `(осталось на сегодня по квоте: ${state.mailQuota})`;
  const shown = `${state.workbook.id}:${state.outbox.length}:${state.seed}`;
  if (shown === outboxShown) return;
  outboxShown = shown;
  const box = $('mails');
  box.replaceChildren();
  if (!state.outbox.length)
    box.append(
      h(
        'div',
        { class: 'empty' },
        state.kind === 'department'
          ? 'Писем пока нет. Включите «Напоминания организациям…» (адрес отдела спросят) и запустите триггер: свод обновится и уйдут письма просрочившим.'
          : 'Писем пока нет. Включите напоминания (меню «Напоминания») и запустите ежедневный триггер.',
      ),
    );
  state.outbox
    .slice()
    .reverse()
    .slice(0, 100)
    .forEach((m, k) => {
      const d = h('details', { class: 'mail' });
      if (k === 0) d.open = true;
      const sum = h('summary');
      sum.append(
        h('b', {}, `${ru(String(m.at ?? '').slice(0, 10))} → `),
        document.createTextNode(`${m.to}: ${m.subject}`),
      );
      d.append(sum);
      if (m.htmlBody) {
        // Scripts only for the one below: a link to the web app opens its page here, not at Google.
        const f = h('iframe', { sandbox: 'allow-scripts', title: 'письмо' });
        f.srcdoc = m.htmlBody + WEBAPP_LINKS;
        d.append(f);
      } else d.append(h('pre', {}, m.body || ''));
      box.append(d);
    });
}
function renderActions() {
  const box = $('log');
  box.replaceChildren();
  const t = h('table', { class: 'log' });
  const head = h('tr');
  for (const x of ['дата', 'действие', 'вызовов', 'писем', '≈ время в GAS']) head.append(h('th', {}, x));
  t.append(head);
  for (const a of state.actions.slice().reverse()) {
    const tr = h('tr', { class: a.ok ? '' : 'fail' });
    tr.append(h('td', { class: 'n' }, ru(a.day)));
    const what = h('td', {}, a.label + (a.ok ? '' : ` — ошибка: ${a.error}`));
    what.append(
      h(
        'div',
        { class: 'svc' },
        Object.entries(a.byService)
          .map(([k, v]) => `${k} ${v}`)
          .join(', '),
      ),
    );
    tr.append(
      what,
      h('td', { class: 'n' }, String(a.calls)),
      h('td', { class: 'n' }, String(a.emails)),
      h('td', { class: 'n' }, `${(a.modelledMs / 1000).toFixed(1)} с`),
    );
    t.append(tr);
  }
  box.append(t);
}

function render(s: State | undefined) {
  if (!s) return;
  state = s;
  if (peek && !s.workbook.sheets.some((x) => x.name === peek && x.hidden)) peek = null;
  // The add-on moved the selection (a sheet activated, «Показать в таблице»): the page follows, as Sheets does.
  const where = `${s.selection.sheet}!${s.selection.a1}`;
  if (where !== followed) {
    followed = where;
    reveal = true;
    const at = parseA1(s.selection.a1, 1e7, 1e5);
    sel = { r: at.row - 1, c: at.col - 1 };
    peek = null;
  }
  const seed = $<HTMLSelectElement>('seed');
  if (!seed.options.length) {
    seed.append(h('option', { value: '' }, 'Пустая таблица'));
    for (const n of s.seeds) seed.append(h('option', { value: n }, n));
    for (const x of s.examples) seed.append(h('option', { value: x.value }, x.label));
    const ps = $<HTMLSelectElement>('paste-seed');
    for (const n of s.seeds) ps.append(h('option', { value: n }, n));
  }
  const user = $<HTMLSelectElement>('user');
  user.replaceChildren();
  for (const u of s.users) user.append(h('option', { value: u }, u === s.owner ? `${u} (владелец)` : u));
  user.value = s.user;
  seed.value = s.seed;
  $<HTMLInputElement>('date').value = s.today;
  $<HTMLInputElement>('clock-time').value = s.time;
  $('today').textContent = s.todayRu;
  $('time').textContent = s.time;
  $('tz').textContent = `(${s.timeZone})`;
  document.body.classList.toggle('department', s.kind === 'department');
  // The department's add-on has one time-driven trigger: the roll-up's continuation.
  $('trigger').textContent = s.kind === 'department' ? 'Запустить триггер' : 'Запустить ежедневный триггер';
  renderMenu();
  renderDocs();
  renderTabs();
  renderSheet();
  renderOutbox();
  renderActions();
}
async function refresh() {
  render(await api<State>('/api/state'));
}

// Menu items that ask with ui.prompt: the page asks the person first and passes the answer on.
const PROMPTS: Record<string, string> = { menuRemindersPreview: 'Дата рассылки (дд.мм.гггг):' };
/**
 * Menu items that ask with a Да / Нет / Отмена alert: the page asks the same question first; the
 * answer waits for that alert (tools/playground/ui-answers.ts), unused if the add-on does not ask.
 */
const QUESTIONS: Record<string, string> = {
  menuDistribute: [
    'Разослать план организациям без таблицы: для каждой будет создана таблица плана.',
    '',
    '«Да» — только мероприятия, где ответственные — организации.',
    '«Нет» — все мероприятия плана.',
    '«Отмена» — ничего не создавать.',
  ].join('\n'),
};

/** An in-page question with the buttons of ButtonSet.YES_NO_CANCEL; resolves to the button pressed. */
function ask(
  title: string,
  text: string,
  buttons: readonly ('YES' | 'NO' | 'CANCEL')[] = ['YES', 'NO', 'CANCEL'],
): Promise<'YES' | 'NO' | 'CANCEL'> {
  return new Promise((done) => {
    const box = h('div', { class: 'alert question', role: 'alertdialog' });
    const t = h('div', { class: 't' });
    t.append(h('span', {}, title));
    box.append(t, document.createTextNode(text));
    const row = h('div', { class: 'answers' });
    const captions = { YES: 'Да', NO: 'Нет', CANCEL: 'Отмена' } as const;
    for (const button of buttons) {
      const caption = captions[button];
      const b = h('button', { 'data-answer': button }, caption);
      b.onclick = () => {
        box.remove();
        done(button);
      };
      row.append(b);
    }
    box.append(row);
    $('notes').append(box);
  });
}

async function menu(fn: string) {
  clearAlerts();
  if (PROMPTS[fn]) {
    const text = window.prompt(PROMPTS[fn], state.todayRu);
    if (text === null) return;
    await api('/api/answer', { text, button: 'OK' });
  }
  // «Напоминания организациям…»: on, it asks Да / Нет to turn them off; off, the department's address.
  if (fn === 'menuDaily') {
    if (state.dailyOn) {
      const button = (await ask(
        state.menu[0]?.title || 'План-график',
        'Выключить ежедневный свод с напоминаниями организациям?',
        ['YES', 'NO'],
      )) as string;
      await api('/api/answer', { kind: 'alert', buttons: 'YES_NO', button });
    } else {
      const text = window.prompt('Адрес отдела для еженедельной сводки и ответов организаций:', 'ruo@orsk.example.org');
      if (text === null) return;
      await api('/api/answer', { kind: 'prompt', buttons: 'OK_CANCEL', button: 'OK', text });
    }
  }
  if (QUESTIONS[fn]) {
    const button = await ask(state.menu[0]?.title || 'План-график', QUESTIONS[fn]);
    await api('/api/answer', { kind: 'alert', buttons: 'YES_NO_CANCEL', button });
  }
  const r = await api('/api/menu', { fn });
  render(r.state);
  handleUi(r.ui);
  if (!r.ok) note('Ошибка выполнения', r.error, 'error');
}
async function upload(body: { name: string; text?: string; base64?: string }) {
  clearAlerts();
  const r = await api<Answer & { activities?: number; value?: { activities: number; added: number; kept: number } }>(
    '/api/upload',
    body,
  );
  render(r.state);
  handleUi(r.ui);
  if (r.ok && r.value)
    note(
      'План загружен',
      `Мероприятий: ${r.activities}. Записано на лист «План»: ${r.value.activities} (новых ${r.value.added}, сохранено с отметками ${r.value.kept}).`,
      'toast',
    );
  else note('План не загружен', r.error, 'error');
  return r;
}

$('seed').onchange = async () => {
  clearAlerts();
  closeSidebar();
  peek = null;
  followed = '';
  scrolled.clear();
  render(await api<State>('/api/seed', { name: $<HTMLSelectElement>('seed').value }));
};
$('user').onchange = async () => {
  clearAlerts();
  closeSidebar();
  render(await api<State>('/api/user', { email: $<HTMLSelectElement>('user').value }));
};
$('go').onclick = async () => {
  const date = $<HTMLInputElement>('date').value;
  if (date) render(await api<State>('/api/clock', { date, time: $<HTMLInputElement>('clock-time').value }));
};
$('trigger').onclick = async () => {
  clearAlerts();
  const r = await api<Answer & { ran: number; sent: number }>('/api/trigger', {});
  render(r.state);
  if (!r.ok) note('Триггер завершился с ошибкой', r.error, 'error');
  else if (!r.ran)
    note(
      'Триггер',
      state.kind === 'department'
        ? 'Триггеров нет: свод прочитал все организации за один запуск. Триггер продолжения ставится, только когда организаций больше, чем успевает одно выполнение (сотни).'
        : 'Триггеров нет: включите напоминания (меню «Напоминания → Включить напоминания»).',
      'alert',
    );
  else
    note(
      'Триггер',
      state.kind === 'department'
        ? `Триггер продолжения свода отработал ${state.todayRu} в ${state.time}`
        : `Ежедневный триггер отработал ${state.todayRu} в ${state.time}, писем отправлено: ${r.sent}`,
      'toast',
    );
};
$<HTMLInputElement>('upload-file').onchange = () => {
  const input = $<HTMLInputElement>('upload-file');
  const f = input.files?.[0];
  if (!f) return;
  const reader = new FileReader();
  reader.onload = () => {
    void upload({ name: f.name, base64: String(reader.result).replace(/^data:[^,]*,/, '') });
    input.value = '';
  };
  reader.readAsDataURL(f);
};
$('paste-open').onclick = () => {
  $('paste').classList.add('open');
  $('paste-text').focus();
};
$('paste-close').onclick = () => $('paste').classList.remove('open');
$<HTMLSelectElement>('paste-seed').onchange = async () => {
  const name = $<HTMLSelectElement>('paste-seed').value;
  if (name)
    $<HTMLTextAreaElement>('paste-text').value = await (
      await fetch(`/api/seed-text?name=${encodeURIComponent(name)}`)
    ).text();
};
$('paste-go').onclick = async () => {
  const r = await upload({ name: 'вставленный текст', text: $<HTMLTextAreaElement>('paste-text').value });
  if (r.ok) $('paste').classList.remove('open');
};
$('paste-sheet').onclick = async () => {
  const r = await pasteOnSheet($<HTMLTextAreaElement>('paste-text').value);
  if (r?.ok) $('paste').classList.remove('open');
};
$('mclose').onclick = closeDialog;
window.addEventListener('message', (e) => {
  const d = (e.data || {}) as { type?: string; events?: UiEvent[]; query?: unknown };
  const frame = document.getElementById('sframe') as HTMLIFrameElement | null;
  const fromSidebar = frame && e.source === frame.contentWindow;
  if (d.type === 'close') {
    if (fromSidebar) closeSidebar();
    else closeDialog();
  }
  if (d.type === 'ui') handleUi(d.events);
  if (d.type === 'changed') void refresh();
  // A link to the web app clicked in an e-mail (WEBAPP_LINKS): its page, as a phone would open it.
  if (d.type === 'webapp' && typeof d.query === 'string')
    openDialog({ kind: 'dialog', title: 'Ссылка из письма', url: `/exec${d.query}`, width: 480, height: 720 });
});
void refresh();
