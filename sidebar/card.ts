import type { SidebarCard } from '../src/shared/sidebar-contract';
import { h, on } from '../src/ui/dom';
import type { Texts } from './i18n';

/** What a card can ask the page to do. */
export interface CardActions {
  toggle(id: string): void;
  openDone(id: string): void;
  closeDone(id: string): void;
  done(id: string, date: string, comment: string, link: string): void;
  /** Absent: no «В работе» button (the page of an e-mail link only marks done). */
  inProgress?(id: string): void;
  undo(id: string): void;
  /** Absent: no «Показать в таблице» (the page of an e-mail link has no spreadsheet). */
  show?(id: string): void;
}

export interface CardState {
  expanded: boolean;
  formOpen: boolean;
  /** The user marked it in this session (undo possible even before a reload says so). */
  undoable: boolean;
  busy: boolean;
  today: string;
}

const ddmmyyyy = (d: string | null): string => (d ? `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}` : '');

function detail(label: string, value: string | null | undefined): HTMLElement | null {
  if (!value) return null;
  return h('div', { class: 'kv' }, h('span', { class: 'k' }, `${label}: `), h('span', { class: 'v' }, value));
}

function doneForm(c: SidebarCard, s: CardState, t: Texts, act: CardActions): HTMLElement {
  const date = h('input', { type: 'date', name: 'date', value: s.today, max: s.today, required: true });
  const comment = h('textarea', { name: 'comment', rows: 2, maxlength: 2000 });
  const link = h('input', { type: 'url', name: 'link', placeholder: 'https://…', maxlength: 2000 });
  const form = h(
    'form',
    { class: 'done-form' },
    h('label', {}, t.formDate, date),
    h('label', {}, t.formComment, comment),
    h('label', {}, t.formLink, link),
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'submit', class: 'primary', disabled: s.busy }, t.formSave),
      on(h('button', { type: 'button', class: 'cancel' }, t.formCancel), 'click', () => act.closeDone(c.id)),
    ),
  );
  on(form, 'submit', (ev) => {
    ev.preventDefault();
    act.done(c.id, date.value || s.today, comment.value, link.value.trim());
  });
  return form;
}

export function renderCard(c: SidebarCard, s: CardState, t: Texts, act: CardActions): HTMLElement {
  const cls = ['card', `g-${c.group}`, `s-${c.status}`, s.expanded ? 'open' : ''].filter(Boolean).join(' ');
  const title = on(
    h('button', { type: 'button', class: 'title', 'aria-expanded': String(s.expanded), title: t.expand }, c.title),
    'click',
    () => act.toggle(c.id),
  );
  const head = h('div', { class: 'head' }, c.number ? h('span', { class: 'num' }, c.number) : null, title);
  const meta = h(
    'div',
    { class: 'meta' },
    h('span', { class: 'when' }, c.deadlineWords),
    h('span', { class: `status st-${c.status}` }, t.status[c.status]),
  );
  const details = s.expanded
    ? h(
        'div',
        { class: 'details' },
        detail(t.deadlineAsWritten, c.deadlineText),
        detail(t.dueDate, ddmmyyyy(c.due)),
        detail(t.period, c.period),
        detail(t.stage, c.stage),
        detail(t.section, c.section),
        c.mine
          ? detail(t.others, c.others.join(', '))
          : detail(t.responsible, c.people.length ? c.people.join(', ') : c.responsible),
        detail(t.markedBy, [c.doneBy, ddmmyyyy(c.doneDate)].filter(Boolean).join(', ')),
        detail(t.comment, c.comment),
      )
    : c.mine && c.others.length
      ? h('div', { class: 'others' }, `${t.others}: ${c.others.join(', ')}`)
      : null;
  const canAct = c.canMark && c.status !== 'cancelled';
  const actions = h(
    'div',
    { class: 'actions' },
    canAct && c.group !== 'done' && !s.formOpen
      ? on(h('button', { type: 'button', class: 'primary act-done', disabled: s.busy }, t.actDone), 'click', () =>
          act.openDone(c.id),
        )
      : null,
    act.inProgress && canAct && c.status !== 'in-progress' && c.group !== 'done'
      ? on(h('button', { type: 'button', class: 'act-progress', disabled: s.busy }, t.actInProgress), 'click', () =>
          act.inProgress?.(c.id),
        )
      : null,
    c.canUndo || s.undoable
      ? on(h('button', { type: 'button', class: 'act-undo', disabled: s.busy }, t.actUndo), 'click', () =>
          act.undo(c.id),
        )
      : null,
    act.show
      ? on(h('button', { type: 'button', class: 'link act-show', disabled: s.busy }, t.actShow), 'click', () =>
          act.show?.(c.id),
        )
      : null,
  );
  return h(
    'article',
    { class: cls, 'data-id': c.id },
    head,
    meta,
    details,
    s.formOpen && canAct ? doneForm(c, s, t, act) : null,
    actions,
  );
}
