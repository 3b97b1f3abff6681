/**
 * The import dialog reads a .docx in a Web Worker made of its own script (dialogs/import/worker.ts):
 * while a hostile file is being read the page keeps answering clicks, then shows the reader's
 * Russian message. Where no worker can be started (no Worker, or one that fails to start as a
 * Content-Security-Policy would make it), the file is read on the page and the dialog works the same.
 * Same harness as import-dialog.test.ts; no timings are asserted, only the order of events.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { texts } from '../../dialogs/import/i18n';
import { readDocx } from '../../src/core/docx/read';
import { isUserError } from '../../src/core/errors';
import { importDocx } from '../../src/core/plan/import-docx';
import { buildDialogHtml } from '../../tools/build-dialogs';
import { HOSTILE_DOCX } from '../core/docx/hostile-docx';
import { closeBrowser, type Opened, openWithServer } from './harness';

jest.setTimeout(120_000);

const SEED_DOCX = new Uint8Array(readFileSync(join(__dirname, '../fixtures/seeds/docx/plan-school-vsoko-2020.docx')));
const hostile = (name: string) => HOSTILE_DOCX.find((c) => c.name === name)!.make();

let html = '';
beforeAll(async () => {
  html = await buildDialogHtml('import');
});
afterAll(closeBrowser);

let opened: Opened | null = null;
afterEach(async () => {
  if (opened) {
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  }
  opened = null;
});

const server = {
  importApply: () => {
    throw new Error('nothing is imported in these tests');
  },
};

/** Opens the dialog; `before` runs in the page ahead of its script (to take Worker away, say). */
async function open(before?: () => void): Promise<Opened> {
  opened = await openWithServer(html, server, { viewport: { width: 960, height: 680 } });
  if (before) {
    await opened.page.addInitScript(before);
    await opened.page.goto(opened.page.url());
  }
  await opened.page.waitForSelector('#paste');
  return opened;
}

/** Drops a file on the drop zone, as import-dialog.test.ts does. */
async function dropFile(o: Opened, name: string, bytes: Uint8Array): Promise<void> {
  await o.page.evaluate(
    ({ name, b64 }) => {
      const bin = atob(b64);
      const data = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) data[i] = bin.charCodeAt(i);
      const dt = new DataTransfer();
      dt.items.add(new File([data], name));
      document.getElementById('drop')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true }));
    },
    { name, b64: Buffer.from(bytes).toString('base64') },
  );
}

function readerMessage(bytes: Uint8Array): string {
  try {
    readDocx(bytes);
  } catch (e) {
    if (isUserError(e)) return e.message;
    throw e;
  }
  throw new Error('the reader accepted the bytes');
}

interface Trace {
  /** When the page posted the file's bytes to a worker (performance.now()), or null. */
  posted: number | null;
  /** When the error box was shown. */
  shown: number | null;
  /** Clicks the page handled: when, and what the status line said then. */
  clicks: { at: number; status: string }[];
  workers: number;
}

/** Records, in the page, when bytes go to a worker, when the error appears and every click handled. */
function traceInPage(): void {
  const w = window as unknown as { trace: Trace };
  w.trace = { posted: null, shown: null, clicks: [], workers: 0 };
  const Original = window.Worker;
  if (Original) {
    const post = Original.prototype.postMessage;
    Original.prototype.postMessage = function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
      if (args[0] instanceof ArrayBuffer) w.trace.posted = performance.now();
      return post.apply(this, args);
    } as Worker['postMessage'];
    window.Worker = class extends Original {
      constructor(url: string | URL, opts?: WorkerOptions) {
        super(url, opts);
        w.trace.workers++;
      }
    };
  }
  document.addEventListener(
    'click',
    () => w.trace.clicks.push({ at: performance.now(), status: document.getElementById('status')?.textContent ?? '' }),
    true,
  );
  new MutationObserver(() => {
    const box = document.getElementById('error');
    if (box && !box.hidden && w.trace.shown === null) w.trace.shown = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['hidden'] });
}

const traceOf = (o: Opened) => o.page.evaluate(() => (window as unknown as { trace: Trace }).trace);

describe('import dialog reads a .docx in a worker', () => {
  test('a hostile file: clicks are answered while it is read, then the Russian message', async () => {
    const o = await open(traceInPage);
    const bytes = hostile('300 000 paragraphs');
    await dropFile(o, 'hostile.docx', bytes);
    // Click the text box until the answer is shown. On a page busy reading, clicks would wait and
    // be handled only after the read (all of them after the error appeared).
    for (let i = 0; i < 2000 && (await o.page.locator('#error').isHidden()); i++) await o.page.click('#paste');
    const message = readerMessage(bytes);
    expect(message).toMatch(/^Файл \.docx слишком велик/);
    expect(await o.page.locator('#error').textContent()).toBe(message);
    const trace = await traceOf(o);
    expect(trace.workers).toBe(1);
    expect(trace.posted).not.toBeNull();
    expect(trace.shown).not.toBeNull();
    const during = trace.clicks.filter((c) => c.at > trace.posted! && c.at < trace.shown!);
    expect(during.length).toBeGreaterThan(0);
    expect(during[0].status).toBe(texts('ru').reading('hostile.docx'));
    // Still on the input step, the text box usable, nothing sent.
    expect(await o.page.locator('#input').isVisible()).toBe(true);
    await o.page.fill('#paste', 'ещё работает');
    expect(await o.page.inputValue('#paste')).toBe('ещё работает');
    expect(o.calls).toEqual([]);
  });

  test('a seed .docx previews the same through the worker', async () => {
    const o = await open(traceInPage);
    await dropFile(o, 'plan.docx', SEED_DOCX);
    await o.page.waitForSelector('#preview tr.act');
    const expected = importDocx(SEED_DOCX);
    expect(await o.page.locator('#preview tr.act td.num').allTextContents()).toEqual(
      expected.activities.map((a) => a.number ?? ''),
    );
    expect((await traceOf(o)).workers).toBe(1);
  });

  test('a clamped value reads, and the preview says what was changed', async () => {
    const o = await open();
    await dropFile(o, 'span.docx', hostile('gridSpan 1 000 000'));
    await o.page.waitForSelector('#preview tr.act');
    expect(await o.page.locator('#preview .warnings').textContent()).toContain(
      'ячейка объединяет 1000000 столбцов, а в таблице их 3 — прочитано как 3',
    );
  });

  test('no Worker in the browser: the file is read on the page', async () => {
    const o = await open(() => {
      delete (window as { Worker?: unknown }).Worker;
    });
    await dropFile(o, 'plan.docx', SEED_DOCX);
    await o.page.waitForSelector('#preview tr.act');
    expect(await o.page.locator('#preview tr.act').count()).toBe(importDocx(SEED_DOCX).activities.length);
    const bad = hostile('tables nested 3 000 deep');
    await dropFile(o, 'deep.docx', bad);
    await o.page.waitForSelector('#error:not([hidden])');
    expect(await o.page.locator('#error').textContent()).toBe(readerMessage(bad));
  });

  test('a worker that fails to start (as a CSP refusing blob: workers would): read on the page', async () => {
    const o = await open(() => {
      window.Worker = class extends EventTarget {
        onerror: ((e: Event) => void) | null = null;
        onmessage: ((e: MessageEvent) => void) | null = null;
        onmessageerror: ((e: MessageEvent) => void) | null = null;
        constructor() {
          super();
          setTimeout(() => this.onerror?.(new Event('error', { cancelable: true })), 10);
        }
        postMessage() {}
        terminate() {}
      } as unknown as typeof Worker;
    });
    await dropFile(o, 'plan.docx', SEED_DOCX);
    await o.page.waitForSelector('#preview tr.act');
    expect(await o.page.locator('#preview tr.act').count()).toBe(importDocx(SEED_DOCX).activities.length);
  });
});
