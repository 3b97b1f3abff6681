/**
 * The dialog's inputs turned into a plan, all in the browser: pasted text, a .txt file, or a .docx
 * read with the core reader (nothing but the finished plan crosses google.script.run). Failures are
 * UserErrors with a Russian message; nothing is sent to the server for bad input.
 *
 * A .docx is read in a Web Worker (dialogs/import/worker.ts) so the dialog keeps answering while
 * it reads. Whether HtmlService lets a dialog start one is not documented: its IFRAME sandbox
 * grants `allow-scripts` and `allow-same-origin` (developers.google.com/apps-script/guides/html/
 * restrictions), so the frame keeps its *.googleusercontent.com origin and a Blob URL it creates is
 * same-origin, which is what a dedicated worker needs (HTML spec, "Dedicated workers"); but the
 * Content-Security-Policy Google serves with the frame is not published and may refuse `blob:`
 * workers. So the worker is feature-detected: when it cannot be created, fails before it says
 * `ready`, or does not start within WORKER_START_MS, the file is read on the page instead —
 * bounded by DOCX_LIMITS (well under a second of CPU for every hostile file in the bench).
 */

import { pickPlanTables } from '../../src/core/docx/pick';
import { DOCX_LIMITS, type DocxDocument, readDocx } from '../../src/core/docx/read';
import { UserError } from '../../src/core/errors';
import { importDocument } from '../../src/core/plan/import-docx';
import { importText } from '../../src/core/plan/import-text';
import type { PlanImport } from '../../src/core/plan/types';
import type { SourceDocument } from '../../src/core/table/source';
import { texts } from './i18n';
import { PAGE_SCRIPT, type WorkerReply } from './worker';

export const MAX_FILE_MB = DOCX_LIMITS.maxFileBytes / (1024 * 1024);

const ru = texts('ru');
const en = texts('en');

export function planFromText(text: string): PlanImport {
  if (!text.trim()) throw new UserError('empty', ru.empty, en.empty);
  return importText(text);
}

/** Checked on `file.size` before a single byte is read: a huge file must not stall the dialog. */
export function checkSize(size: number): void {
  if (size <= DOCX_LIMITS.maxFileBytes) return;
  const mb = (size / (1024 * 1024)).toFixed(1);
  throw new UserError('docx-too-big', ru.tooBig(mb.replace('.', ','), MAX_FILE_MB), en.tooBig(mb, MAX_FILE_MB));
}

/** A plain-text file (a table saved as .txt/.tsv) goes through the text reader; everything else is a .docx candidate. */
export function isTextFile(file: { name: string; type: string }): boolean {
  return /\.(txt|tsv|csv)$/i.test(file.name) || file.type === 'text/plain';
}

/** How long a worker may take to say `ready` before the page reads the file itself. */
const WORKER_START_MS = 5_000;
/** How long a read may take in the worker before it is stopped (real plans: well under a second). */
const WORKER_READ_MS = 60_000;

const stopped = () =>
  new UserError(
    'docx-read-stopped',
    `Файл читался дольше ${WORKER_READ_MS / 1000} секунд, и чтение остановлено. Сохраните его в Word заново как .docx, оставив в нём только план, или вставьте таблицу текстом.`,
    `Reading the file took longer than ${WORKER_READ_MS / 1000} seconds and was stopped. Save it again in Word as .docx with only the plan in it, or paste the table as text.`,
  );

const crashed = () =>
  new UserError(
    'docx-read-failed',
    'Чтение файла прервалось (возможно, браузеру не хватило памяти). Сохраните его в Word заново как .docx, оставив в нём только план, или вставьте таблицу текстом.',
    'Reading the file was interrupted (the browser may have run out of memory). Save it again in Word as .docx with only the plan in it, or paste the table as text.',
  );

/**
 * The worker's answer for these bytes, or null when no worker could be started here (then the
 * caller reads on the page). A worker that started and then failed or ran too long is an answer:
 * reading the same file on the page would only freeze it.
 */
function readInWorker(bytes: Uint8Array): Promise<WorkerReply | UserError | null> {
  if (!PAGE_SCRIPT || typeof Worker === 'undefined' || typeof Blob === 'undefined') return Promise.resolve(null);
  let url: string;
  let worker: Worker;
  try {
    url = URL.createObjectURL(new Blob([PAGE_SCRIPT], { type: 'text/javascript' }));
    worker = new Worker(url);
  } catch {
    return Promise.resolve(null);
  }
  return new Promise((resolve) => {
    let started = false;
    let done = false;
    let timer = setTimeout(() => finish(null), WORKER_START_MS);
    const finish = (answer: WorkerReply | UserError | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      worker.terminate();
      URL.revokeObjectURL(url);
      resolve(answer);
    };
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      if (e.data.kind !== 'ready') return finish(e.data);
      started = true;
      clearTimeout(timer);
      timer = setTimeout(() => finish(stopped()), WORKER_READ_MS);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      finish(started ? crashed() : null);
    };
    worker.onmessageerror = () => finish(crashed());
    // A copy is sent (and its buffer moved): the page keeps its bytes for reading them itself.
    const copy = bytes.slice();
    worker.postMessage(copy.buffer, [copy.buffer]);
  });
}

/** Reads a .docx off the page when the browser allows it (see the top of this file). */
export async function readDocxBytes(bytes: Uint8Array): Promise<DocxDocument> {
  const answer = await readInWorker(bytes);
  if (answer === null) return readDocx(bytes);
  if (answer instanceof UserError) throw answer;
  switch (answer.kind) {
    case 'read':
      return answer.doc;
    case 'refused':
      throw new UserError(answer.code, answer.message, answer.en);
    default:
      // A bug in the reader: shown as one, with its text (as when the page reads the file itself).
      throw new Error(answer.kind === 'bug' ? answer.detail : 'unexpected reply');
  }
}

/** The plan from a read .docx; `index` is the user's choice of table (undefined: automatic). */
export function planFromDoc(doc: SourceDocument, index?: number): PlanImport {
  return importDocument(doc, index);
}

export interface TableChoice {
  /** 0-based index into the document's tables (what pickPlanTables takes). */
  index: number;
  rows: number;
  /** The first non-empty row's text, shortened: enough to recognise the table. */
  first: string;
}

export function tableChoices(doc: SourceDocument): TableChoice[] {
  return doc.tables.map((tbl, index) => {
    const row = tbl.rows.find((r) => r.cells.some((c) => c.text.trim()));
    const text = row
      ? row.cells
          .map((c) => c.text.replace(/\s+/g, ' ').trim())
          .filter(Boolean)
          .join(' | ')
      : '';
    return { index, rows: tbl.rows.length, first: text.length > 70 ? `${text.slice(0, 69)}…` : text };
  });
}

/** Which table the automatic pick started from: its first row's cells are carried over unchanged. */
export function autoTableIndex(doc: SourceDocument): number {
  if (doc.tables.length <= 1) return 0;
  const first = pickPlanTables(doc).tables[0]?.rows[0]?.cells;
  const i = doc.tables.findIndex((t) => t.rows[0]?.cells === first);
  return Math.max(0, i);
}
