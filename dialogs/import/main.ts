/**
 * The "Импорт плана…" dialog: paste a table or drop a .docx → preview → import.
 *
 * Everything up to the preview happens in the browser with the pure core (the .docx is unzipped
 * and read here); the only server call is `importApply({ plan })` with plain JSON. The user's
 * pasted text is never cleared by the dialog, so a failed step never loses it.
 */

import { isUserError } from '../../src/core/errors';
import { previewOf } from '../../src/core/import/preview';
import { problemsIn } from '../../src/core/import/problems-in';
import type { ColumnRole } from '../../src/core/plan/columns';
import type { PlanImport } from '../../src/core/plan/types';
import type { SourceDocument } from '../../src/core/table/source';
import { clear, h, on } from '../../src/ui/dom';
import { failureLines } from '../../src/ui/failure';
import { pageLanguage } from '../../src/ui/language';
import { Refused } from '../../src/ui/server';
import { closeDialog, type ImportResponse, importApply } from './api';
import { type ColumnState, choose, hasChoice, noChoice, recall, remember, replan } from './columns';
import { texts } from './i18n';
import { readSheet, sheetOfPage } from './sheet';
import {
  autoTableIndex,
  checkSize,
  isTextFile,
  MAX_FILE_MB,
  planFromDoc,
  planFromText,
  readDocxBytes,
  tableChoices,
} from './source';
import { renderPreview, type ViewHandlers } from './view';

const locale = pageLanguage('import');
const t = texts(locale);

type Step = 'input' | 'preview' | 'done';
/** A .docx, or the sheet «Распознать таблицу на этом листе» was chosen on: a read document either way. */
interface FileSource {
  kind: 'file' | 'sheet';
  name: string;
  doc: SourceDocument;
  /** The user's table choice; undefined = automatic. */
  index?: number;
}
type Source = { kind: 'text' } | FileSource;

const state: {
  step: Step;
  source: Source | null;
  plan: PlanImport | null;
  busy: boolean;
  result: ImportResponse | null;
  /** The user's column roles for the previewed table (none: as read from header and cells). */
  columns: ColumnState;
} = { step: 'input', source: null, plan: null, busy: false, result: null, columns: noChoice() };

// ---- the page skeleton (built once: the textarea keeps the user's text across steps) ----

const fileInput = h('input', {
  type: 'file',
  id: 'file',
  accept: '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document,.txt,.doc',
  class: 'visually-hidden',
});
const drop = h(
  'div',
  { class: 'drop', id: 'drop', tabindex: 0, role: 'button', 'aria-describedby': 'drop-limit' },
  h('strong', {}, t.dropTitle),
  h('p', {}, `${t.dropHint} `, h('label', { for: 'file', class: 'pick' }, t.choose), fileInput),
  h('p', { class: 'muted small', id: 'drop-limit' }, t.dropLimit(MAX_FILE_MB)),
);
const paste = h('textarea', { id: 'paste', placeholder: t.pastePlaceholder, spellcheck: 'false', wrap: 'off' });
const showBtn = h('button', { type: 'button', class: 'primary', id: 'show' }, t.show);
const inputSection = h(
  'section',
  { class: 'input', id: 'input' },
  h('p', { class: 'intro' }, t.intro),
  h(
    'div',
    { class: 'sources' },
    drop,
    h(
      'div',
      { class: 'paste' },
      h('label', { for: 'paste' }, h('strong', {}, t.pasteTitle)),
      paste,
      h('div', { class: 'row-end' }, showBtn),
    ),
  ),
);
const status = h('div', { class: 'status', id: 'status', role: 'status', 'aria-live': 'polite' });
const errorBox = h('div', { class: 'error', id: 'error', role: 'alert', hidden: true });
const sourceBar = h('div', { class: 'source-bar', id: 'source' });
const previewSection = h('section', { class: 'preview', id: 'preview', hidden: true });
const resultSection = h('section', { class: 'result', id: 'result', hidden: true });
const changeBtn = h('button', { type: 'button', id: 'change' }, `← ${t.change}`);
const closeBtn = h('button', { type: 'button', id: 'close' }, t.close);
const importBtn = h('button', { type: 'button', class: 'primary', id: 'import' }, t.importBtn);
const footer = h('footer', { class: 'actions' }, changeBtn, h('span', { class: 'spacer' }), closeBtn, importBtn);
const content = h(
  'div',
  { class: 'content' },
  inputSection,
  sourceBar,
  errorBox,
  status,
  previewSection,
  resultSection,
);

const app = document.getElementById('app') ?? document.body;
app.append(h('header', {}, h('h1', {}, t.title)), content, footer);

// ---- messages ----

function showError(e: unknown, prefix?: string): void {
  clear(errorBox);
  let text: string;
  let detail: string | null = null;
  if (isUserError(e)) text = locale === 'en' ? e.en : e.message;
  else if (e instanceof Refused) {
    // The server's answer, worded by its kind (stale, forbidden, locked, invalid, internal).
    const l = failureLines(e.failure);
    text = locale === 'en' ? l.en : l.ru;
    detail = locale === 'en' ? l.ru : l.en;
    if (e.failure.detail) detail = `${detail}\n${e.failure.detail}`;
  } else {
    text = prefix ?? t.bug;
    detail = e instanceof Error ? e.message : String(e);
  }
  errorBox.append(h('p', {}, text));
  if (detail) errorBox.append(h('p', { class: 'detail' }, detail));
  errorBox.hidden = false;
}

function clearError(): void {
  clear(errorBox);
  errorBox.hidden = true;
}

function setStatus(text: string): void {
  status.textContent = text;
}

/** Lets the browser paint the status before a long synchronous read. */
const nextFrame = () => new Promise<void>((r) => setTimeout(r, 16));

// ---- rendering the step ----

function tablePicker(src: FileSource): HTMLElement | null {
  if (src.doc.tables.length <= 1) return null;
  const auto = autoTableIndex(src.doc);
  const select = h(
    'select',
    { id: 'table-pick' },
    h('option', { value: '' }, t.tableAuto(auto + 1)),
    tableChoices(src.doc).map((c) =>
      h('option', { value: String(c.index) }, t.tableOption(c.index + 1, c.rows, c.first)),
    ),
  );
  select.value = src.index === undefined ? '' : String(src.index);
  on(select, 'change', () => {
    src.index = select.value === '' ? undefined : Number(select.value);
    void buildFromDoc(src);
  });
  return h(
    'div',
    { class: 'table-pick' },
    h('label', { for: 'table-pick' }, `${t.tablePick}: `),
    select,
    h('p', { class: 'muted small' }, t.tableNote(src.doc.tables.length)),
  );
}

function render(): void {
  const { step, source, plan, busy } = state;
  inputSection.hidden = step !== 'input';
  previewSection.hidden = step !== 'preview' || !plan;
  resultSection.hidden = step !== 'done';
  sourceBar.hidden = step !== 'preview';
  changeBtn.hidden = step !== 'preview';
  importBtn.hidden = step !== 'preview';
  importBtn.disabled = busy || !plan || plan.activities.length === 0;
  importBtn.textContent = busy ? t.importing : t.importBtn;
  changeBtn.disabled = busy;
  closeBtn.className = step === 'done' ? 'primary' : '';
  showBtn.disabled = busy;
  app.classList.toggle('busy', busy);

  clear(sourceBar);
  if (step === 'preview' && source) {
    sourceBar.append(
      h(
        'span',
        { class: 'source-name' },
        source.kind === 'file'
          ? t.sourceFile(source.name)
          : source.kind === 'sheet'
            ? t.sourceSheet(source.name)
            : t.sourceText,
      ),
    );
    const picker = source.kind !== 'text' ? tablePicker(source) : null;
    if (picker) sourceBar.append(picker);
  }
  clear(previewSection);
  if (step === 'preview' && plan)
    previewSection.append(
      renderPreview(previewOf(problemsIn(plan, locale), locale), t, handlers, {
        remembered: state.columns.remembered,
        chosen: hasChoice(state.columns),
      }),
    );
}

// ---- column roles ----

/** The previewed source read again with the current column roles (the automatic path without any). */
function readAgain(src: Source): PlanImport {
  const choice = state.columns.choice;
  if (src.kind === 'text')
    return hasChoice(state.columns) ? replan({ text: paste.value }, choice) : planFromText(paste.value);
  return hasChoice(state.columns)
    ? replan({ doc: src.doc, index: src.index }, choice)
    : planFromDoc(src.doc, src.index);
}

/** Re-read the preview at once after a change of roles; the scroll position stays. */
function rereadColumns(): void {
  const src = state.source;
  if (!src) return;
  clearError();
  const scroll = content.scrollTop;
  try {
    state.plan = readAgain(src);
  } catch (e) {
    showError(e);
  }
  render();
  content.scrollTop = scroll;
}

const handlers: ViewHandlers = {
  onRole(index, role) {
    if (!state.plan) return;
    state.columns = choose(state.columns, state.plan, index, role as ColumnRole);
    rereadColumns();
  },
  onResetColumns() {
    state.columns = noChoice();
    rereadColumns();
  },
};

/** A table of a shape imported before starts from the roles the user chose then. */
async function applyRemembered(src: Source, plan: PlanImport): Promise<void> {
  const got = await recall(plan.shape);
  if (!got || state.source !== src || hasChoice(state.columns)) return;
  const before = state.columns;
  state.columns = { choice: got, remembered: true };
  try {
    state.plan = readAgain(src);
  } catch {
    state.columns = before; // a choice that no longer fits the table: the automatic roles stand
    return;
  }
  render();
}

function showPlan(source: Source, plan: PlanImport | null): void {
  state.source = source;
  state.plan = plan;
  state.step = 'preview';
  state.result = null;
  render();
  content.scrollTop = 0;
}

// ---- inputs ----

function previewText(): void {
  clearError();
  state.columns = noChoice();
  try {
    const src: Source = { kind: 'text' };
    const plan = planFromText(paste.value);
    showPlan(src, plan);
    void applyRemembered(src, plan);
  } catch (e) {
    showError(e);
  }
}

async function buildFromDoc(src: FileSource): Promise<void> {
  clearError();
  state.columns = noChoice();
  try {
    const plan = planFromDoc(src.doc, src.index);
    showPlan(src, plan);
    void applyRemembered(src, plan);
  } catch (e) {
    // With several tables the user can still pick another one, so stay on the preview.
    if (src.doc.tables.length > 1) showPlan(src, null);
    showError(e);
  }
}

async function loadFile(file: File): Promise<void> {
  if (state.busy) return;
  clearError();
  try {
    checkSize(file.size);
    state.busy = true;
    render();
    setStatus(t.reading(file.name));
    await nextFrame();
    if (isTextFile(file)) {
      paste.value = await file.text();
      previewText();
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const doc = await readDocxBytes(bytes);
    await buildFromDoc({ kind: 'file', name: file.name, doc });
  } catch (e) {
    showError(e);
  } finally {
    state.busy = false;
    setStatus('');
    fileInput.value = '';
    render();
  }
}

async function doImport(): Promise<void> {
  const plan = state.plan;
  if (!plan || state.busy || plan.activities.length === 0) return;
  clearError();
  state.busy = true;
  render();
  try {
    // Sent in the document's language: the server keeps each deadline problem as its cell's note.
    state.result = await importApply(problemsIn(plan, locale));
    void remember(plan.shape, state.columns);
    state.step = 'done';
    showResult(state.result);
  } catch (e) {
    showError(e);
  } finally {
    state.busy = false;
    render();
  }
}

function showResult(r: ImportResponse): void {
  clear(resultSection);
  const src = state.source;
  resultSection.append(
    h('h2', {}, `✓ ${t.done}`),
    h('p', { id: 'result-counts' }, t.result(r)),
    h('p', { id: 'result-backup' }, r.backup ? t.backup(r.backup) : t.noBackup),
  );
  if (src?.kind === 'sheet') resultSection.append(h('p', { id: 'result-sheet' }, t.sheetKept(src.name)));
}

// ---- events ----

on(showBtn, 'click', previewText);
on(paste, 'keydown', (e) => {
  const k = e as KeyboardEvent;
  if (k.key === 'Enter' && (k.ctrlKey || k.metaKey)) previewText();
});
on(fileInput, 'change', () => {
  const f = fileInput.files?.[0];
  if (f) void loadFile(f);
});
on(drop, 'keydown', (e) => {
  const k = e as KeyboardEvent;
  if (k.key === 'Enter' || k.key === ' ') {
    k.preventDefault();
    fileInput.click();
  }
});
on(drop, 'click', (e) => {
  if ((e.target as HTMLElement).closest('label,input')) return;
  fileInput.click();
});
// A file dropped anywhere in the dialog is an upload; without preventDefault the browser would
// open it in place of the dialog and the user's text would be gone.
let depth = 0;
on(document, 'dragenter', (e) => {
  e.preventDefault();
  depth++;
  drop.classList.add('over');
});
on(document, 'dragleave', () => {
  depth = Math.max(0, depth - 1);
  if (!depth) drop.classList.remove('over');
});
on(document, 'dragover', (e) => e.preventDefault());
on(document, 'drop', (e) => {
  e.preventDefault();
  depth = 0;
  drop.classList.remove('over');
  const f = (e as DragEvent).dataTransfer?.files?.[0];
  if (f && state.step !== 'done') void loadFile(f);
});
on(changeBtn, 'click', () => {
  clearError();
  state.step = 'input';
  state.plan = null;
  state.source = null;
  render();
  paste.focus();
});
on(importBtn, 'click', () => void doImport());
on(closeBtn, 'click', closeDialog);

/** Opened on a sheet («Распознать таблицу на этом листе»): that sheet is the source, read at once. */
async function loadSheet(name: string): Promise<void> {
  state.busy = true;
  render();
  setStatus(t.readingSheet(name));
  try {
    const { name: sheet, doc } = await readSheet(name);
    await buildFromDoc({ kind: 'sheet', name: sheet, doc });
  } catch (e) {
    showError(e);
  } finally {
    state.busy = false;
    setStatus('');
    render();
  }
}

/** The sheet's <meta> is appended after this script (HtmlOutput.append): read it once the page is parsed. */
function start(): void {
  const onSheet = sheetOfPage();
  if (onSheet) void loadSheet(onSheet);
  else paste.focus();
}

render();
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
