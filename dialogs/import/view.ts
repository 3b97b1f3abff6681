/**
 * The preview: what the importer understood, laid out for checking before anything is written.
 * Built from `previewOf` (core) with `h()` only: every text from the document is a text node.
 */
import type { Preview, PreviewRow } from '../../src/core/import/preview';
import { type Child, h } from '../../src/ui/dom';
import type { Texts } from './i18n';

/** More rows than this make the dialog slow to draw; all of them are still imported. */
export const MAX_ROWS_SHOWN = 400;

function totalsBar(p: Preview, t: Texts): HTMLElement {
  const x = p.totals;
  const chip = (key: keyof Texts['totals'], n: number, bad = false) =>
    h(
      'li',
      { class: bad && n > 0 ? 'chip bad' : 'chip', 'data-total': key },
      h('b', {}, String(n)),
      ` ${t.totals[key]}`,
    );
  return h(
    'ul',
    { class: 'totals' },
    chip('activities', x.activities),
    chip('deadlinesParsed', x.deadlinesParsed),
    chip('deadlineProblems', x.deadlineProblems, true),
    chip('withoutDeadline', x.withoutDeadline, true),
    chip('withoutResponsible', x.withoutResponsible, true),
    chip('warnings', x.warnings, true),
    chip('unrecognized', x.unrecognized, true),
  );
}

function details(summary: string, open: boolean, cls: string, ...body: Child[]): HTMLElement {
  return h('details', { class: cls, open }, h('summary', {}, summary), ...body);
}

export interface ViewHandlers {
  /** The user chose a role for a column (0-based index). */
  onRole(index: number, role: string): void;
  /** Back to the roles read from the header and the cells. */
  onResetColumns(): void;
}

export interface ColumnsState {
  /** The roles came from the last import of a table of this shape. */
  remembered: boolean;
  /** The user changed at least one role (or the remembered choice applies). */
  chosen: boolean;
}

/**
 * Each column with its role as a drop-down, over the table's first rows as they are read: a wrong
 * role is seen, and changed, before anything is written.
 */
function columnsBlock(p: Preview, t: Texts, on: ViewHandlers, state: ColumnsState): HTMLElement | null {
  if (!p.columns.length) return null;
  const name = (c: Preview['columns'][number]) => c.header || t.columnName(c.index + 1);
  const selects = p.columns.map((c) => {
    const select = h(
      'select',
      { id: `role-${c.index}`, 'data-col': String(c.index), 'aria-label': t.roleOf(name(c)) },
      c.options.map((o) => h('option', { value: o.role }, o.label)),
    ) as HTMLSelectElement;
    select.value = c.role;
    select.addEventListener('change', () => on.onRole(c.index, select.value));
    return select;
  });
  const head = h(
    'thead',
    {},
    h(
      'tr',
      { class: 'names' },
      p.columns.map((c) => h('th', { class: c.role === 'extra' ? 'col-name extra' : 'col-name' }, name(c))),
    ),
    h(
      'tr',
      { class: 'roles' },
      p.columns.map((c, k) =>
        h(
          'th',
          { class: 'col-role' },
          selects[k],
          h('div', { class: `from ${c.from}`, 'data-from': c.from }, t.from[c.from]),
        ),
      ),
    ),
  );
  const body = h(
    'tbody',
    {},
    p.sample.map((r) =>
      h(
        'tr',
        {},
        p.columns.map((_, k) => h('td', { class: 'cell' }, r[k] ?? '')),
      ),
    ),
  );
  return h(
    'details',
    { class: 'columns', id: 'columns', open: true },
    h('summary', {}, `${t.columnsTitle} (${p.columns.length})`),
    h('p', { class: 'muted small note' }, t.columnsHint),
    state.remembered ? h('p', { class: 'remembered', id: 'columns-remembered' }, t.rememberedColumns) : null,
    state.chosen
      ? h('p', {}, h('button', { type: 'button', id: 'columns-reset', class: 'link' }, t.resetColumns))
      : null,
    h('div', { class: 'sample-wrap' }, h('table', { class: 'sample' }, head, body)),
  );
}

function groupsBlock(p: Preview, t: Texts): HTMLElement {
  // Sections of a plan without stages stand at the top level; a stage's sections are indented under it.
  const shown = p.groups.filter((g) => g.stage !== null || g.section !== null);
  const body = shown.length
    ? h(
        'ul',
        { class: 'groups' },
        shown.map((g) =>
          h(
            'li',
            { class: g.section !== null && g.stage !== null ? 'section' : 'stage' },
            h('span', {}, g.section ?? g.stage ?? ''),
            h('span', { class: 'n' }, String(g.activities)),
          ),
        ),
      )
    : h('p', { class: 'muted' }, t.noGroups);
  return details(`${t.groups} (${shown.length})`, false, 'groups-block', body);
}

function warningsBlock(p: Preview, t: Texts): HTMLElement | null {
  if (!p.warnings.length) return null;
  return details(
    `${t.warnings} (${p.warnings.length})`,
    true,
    'warnings',
    h(
      'ul',
      {},
      p.warnings.map((w) =>
        h('li', { 'data-kind': w.kind }, w.where ? h('b', {}, `${t.th.number} ${w.where}: `) : null, w.message),
      ),
    ),
  );
}

function unrecognizedBlock(p: Preview, t: Texts): HTMLElement | null {
  if (!p.unrecognized.length) return null;
  return details(
    `${t.unrecognized} (${p.unrecognized.length})`,
    true,
    'unrecognized',
    h('p', { class: 'muted small note' }, t.unrecognizedNote),
    h(
      'ul',
      {},
      p.unrecognized.map((s) => h('li', {}, s)),
    ),
  );
}

function activityRow(r: PreviewRow): HTMLElement {
  return h(
    'tr',
    { class: 'act', 'data-id': r.id },
    h('td', { class: 'num' }, r.number),
    h('td', { class: 'title' }, r.group ? h('div', { class: 'group' }, r.group) : null, r.title),
    h(
      'td',
      {},
      r.responsible || h('span', { class: 'missing' }, '—'),
      r.responsibleNote ? h('div', { class: 'note' }, r.responsibleNote) : null,
    ),
    h('td', {}, r.deadlineText, r.deadlineNote ? h('div', { class: 'note' }, r.deadlineNote) : null),
    h(
      'td',
      { class: r.problem ? 'shown problem' : 'shown' },
      r.deadlineShown,
      r.problem ? h('div', { class: 'why' }, r.problem) : null,
    ),
  );
}

function activitiesTable(p: Preview, t: Texts): HTMLElement {
  const body: HTMLElement[] = [];
  let stage: string | null = null;
  let section: string | null = null;
  const rows = p.rows.slice(0, MAX_ROWS_SHOWN);
  for (const r of rows) {
    // Stage and section are shown as heading rows where they change, as the document does.
    if (r.stage !== (stage ?? '') && r.stage) body.push(h('tr', { class: 'stage' }, h('td', { colspan: 5 }, r.stage)));
    if ((r.section !== (section ?? '') || r.stage !== (stage ?? '')) && r.section)
      body.push(h('tr', { class: 'section' }, h('td', { colspan: 5 }, r.section)));
    stage = r.stage;
    section = r.section;
    body.push(activityRow(r));
  }
  const th = t.th;
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'acts' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { class: 'num' }, th.number),
          h('th', {}, th.title),
          h('th', {}, th.responsible),
          h('th', {}, th.deadlineText),
          h('th', {}, th.deadlineShown),
        ),
      ),
      h('tbody', {}, body),
    ),
    p.rows.length > rows.length ? h('p', { class: 'muted cut' }, t.rowsCut(rows.length, p.rows.length)) : null,
  );
}

/**
 * Problems (open) on the left, what was detected (closed) on the right: two columns keep the
 * activities table in view. Without problems the detected blocks sit side by side.
 */
function metaBlocks(p: Preview, t: Texts): HTMLElement {
  const problems = [warningsBlock(p, t), unrecognizedBlock(p, t)].filter((x) => x !== null);
  const detected = [groupsBlock(p, t)];
  if (!problems.length) return h('div', { class: 'meta' }, detected);
  return h('div', { class: 'meta' }, h('div', { class: 'stack' }, problems), h('div', { class: 'stack' }, detected));
}

export function renderPreview(p: Preview, t: Texts, on: ViewHandlers, columns: ColumnsState): HTMLElement {
  const cols = columnsBlock(p, t, on, columns);
  cols?.querySelector('#columns-reset')?.addEventListener('click', () => on.onResetColumns());
  return h(
    'div',
    { class: 'preview-body' },
    p.title || p.horizonYear
      ? h(
          'p',
          // A long order title is clamped to two lines; the full text is in the tooltip.
          { class: 'plan-title', title: p.title ?? '' },
          p.title ? h('span', {}, p.title) : null,
          p.horizonYear ? h('span', { class: 'muted' }, ` · ${t.horizon}: ${p.horizonYear}`) : null,
        )
      : null,
    totalsBar(p, t),
    p.rows.length ? null : h('p', { class: 'error' }, t.noActivities),
    metaBlocks(p, t),
    cols,
    p.rows.length ? activitiesTable(p, t) : null,
  );
}
