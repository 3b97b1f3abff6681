/**
 * The import dialog reads a .docx in a Web Worker, so no file can freeze the page: a click, the
 * text box and «Закрыть» keep answering while the file is read, and a read that runs too long is
 * stopped (a worker can be terminated; a busy page cannot).
 *
 * The worker is the dialog's own script: `tools/build-page.ts` makes this module the bundle's entry
 * and runs `main.ts` only when this returns false. In a worker the same script serves read requests
 * instead of building the page, so the reader is shipped once (a separate worker bundle would add
 * its ~20 KB to import.html). The page captures its script text here, while it runs, to start the
 * worker from a Blob URL (dialogs/import/source.ts).
 */
import { type DocxDocument, readDocx } from '../../src/core/docx/read';
import { isUserError } from '../../src/core/errors';

/** From the worker to the page: first `ready`, then the answer to the one request. */
export type WorkerReply =
  | { kind: 'ready' }
  | { kind: 'read'; doc: DocxDocument }
  | { kind: 'refused'; code: string; message: string; en: string }
  | { kind: 'bug'; detail: string };

/**
 * This page's script text, taken while it runs (`document.currentScript` is only set then), or
 * null in a worker and wherever a page cannot give it.
 */
export const PAGE_SCRIPT: string | null =
  typeof document !== 'undefined' ? (document.currentScript?.textContent ?? null) : null;

interface WorkerScope {
  onmessage: ((e: MessageEvent<ArrayBuffer>) => void) | null;
  postMessage(reply: WorkerReply): void;
}

/** In a dedicated worker: answers read requests and returns true (the page must not start). */
export function serveInWorker(): boolean {
  const scope = globalThis as unknown as WorkerScope & { document?: unknown; importScripts?: unknown };
  if (typeof scope.document !== 'undefined' || typeof scope.importScripts !== 'function') return false;
  scope.onmessage = (e) => {
    let reply: WorkerReply;
    try {
      reply = { kind: 'read', doc: readDocx(new Uint8Array(e.data)) };
    } catch (err) {
      reply = isUserError(err)
        ? { kind: 'refused', code: err.code, message: err.message, en: err.en }
        : { kind: 'bug', detail: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
    }
    scope.postMessage(reply);
  };
  scope.postMessage({ kind: 'ready' });
  return true;
}
