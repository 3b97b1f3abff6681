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

function columnsBlock(p: Preview, t: Texts): HTMLElement | null {
  if (!p.columns.length) return null;
  return details(
    `${t.columns} (${p.columns.length})`,
    false,
    'columns',
    h(
      'ul',
      { class: 'cols' },
      p.columns.map((c) =>
        h(
          'li',
          { class: c.role === 'extra' ? 'extra' : '' },
          h('span', { class: 'hdr' }, c.header),
          ' → ',
          c.roleLabel,
        ),
      ),
    ),
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
  const detected = [columnsBlock(p, t), groupsBlock(p, t)].filter((x) => x !== null);
  if (!problems.length) return h('div', { class: 'meta' }, detected);
  return h('div', { class: 'meta' }, h('div', { class: 'stack' }, problems), h('div', { class: 'stack' }, detected));
}

export function renderPreview(p: Preview, t: Texts): HTMLElement {
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
    p.rows.length ? activitiesTable(p, t) : null,
  );
}
