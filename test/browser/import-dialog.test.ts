/**
 * The "Импорт плана…" dialog in a real Chromium: paste or drop → preview → importApply.
 * The server is a test double that validates the request with the real contract
 * (src/shared/import-contract.ts) and records it; the harness's google.script.run shim makes a
 * call with a Date, a typed array or any other non-JSON value fail, as Apps Script does.
 * Expected plans are computed in Node with the same core, so the test checks the dialog's wiring,
 * not hard-coded answers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import * as z from 'zod';
import { readDocx } from '../../src/core/docx/read';
import { ERROR_KINDS, isUserError } from '../../src/core/errors';
import {
  ColumnChoiceSchema,
  recallColumns,
  rememberColumns,
  ShapeSchema,
} from '../../src/core/import/remembered-columns';
import type { Language } from '../../src/core/language';
import { importDocx } from '../../src/core/plan/import-docx';
import { importText } from '../../src/core/plan/import-text';
import type { PlanImport } from '../../src/core/plan/types';
import { languageMarker } from '../../src/gas/page-language';
import type { ValueOf } from '../../src/shared/api';
import { parseImportRequest } from '../../src/shared/import-contract';
import type { Failure } from '../../src/shared/reply';
import { KIND_WORDS } from '../../src/ui/failure';
import { buildDialogHtml } from '../../tools/build-dialogs';
import { makeDocx, p, tbl, tc, tr } from '../core/docx/make-docx';
import { closeBrowser, type Opened, openWithServer, picture } from './harness';

jest.setTimeout(90_000);

const seeds = join(__dirname, '../fixtures/seeds');
const SEED_TEXT = readFileSync(join(seeds, 'plan-dou-vsoko-2021.txt'), 'utf8');
const SEED_DOCX = readFileSync(join(seeds, 'docx/plan-school-vsoko-2020.docx'));
const HOSTILE = '<img src=x onerror=alert(1)>';
const BACKUP = 'План (до импорта 28.03.2025 10:15)';

let html = '';
beforeAll(async () => {
  html = await buildDialogHtml('import');
});
afterAll(closeBrowser);

type ImportResponse = ValueOf<'importApply'>;

interface Server {
  importApply(req: unknown): ImportResponse | Failure;
  importColumnsGet(req: unknown): { columns: Record<string, string> | null };
  importColumnsSave(req: unknown): { saved: boolean };
  plans: PlanImport[];
  /** Document properties: the remembered column roles (the real pure core decides what is kept). */
  stored: { value: string | null };
}

function fakeServer(): Server {
  const plans: PlanImport[] = [];
  const stored = { value: null as string | null };
  return {
    plans,
    stored,
    importColumnsGet(req: unknown) {
      const { shape } = z.object({ shape: ShapeSchema }).parse(req);
      return { columns: recallColumns(stored.value, shape) };
    },
    importColumnsSave(req: unknown) {
      const { shape, columns } = z.object({ shape: ShapeSchema, columns: ColumnChoiceSchema }).parse(req);
      stored.value = rememberColumns(stored.value, shape, columns);
      return { saved: true };
    },
    importApply(req: unknown): ImportResponse {
      // The server's own validation: a request it would refuse fails the test.
      const { plan } = parseImportRequest(req);
      plans.push(plan);
      return {
        activities: plan.activities.length,
        kept: 0,
        added: plan.activities.length,
        vanished: 0,
        backup: BACKUP,
        lang: 'ru',
      };
    },
  };
}

let opened: Opened | null = null;
/** The dialog as the server opens it, in the document's language (src/gas/page-language.ts). */
async function open(server: Server, lang: Language = 'ru'): Promise<Opened> {
  opened = await openWithServer(html + languageMarker(lang), server, { viewport: { width: 960, height: 680 } });
  await opened.page.waitForSelector('#paste');
  return opened;
}
afterEach(async () => {
  if (opened) {
    expect(opened.pageErrors).toEqual([]);
    expect(opened.dialogs).toEqual([]);
    await opened.close();
  }
  opened = null;
});

/** Drops a file on the drop zone: a DataTransfer built in the page from the bytes passed in. */
async function dropFile(o: Opened, name: string, bytes: Uint8Array, type = ''): Promise<void> {
  await o.page.evaluate(
    ({ name, b64, type }) => {
      const bin = atob(b64);
      const data = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) data[i] = bin.charCodeAt(i);
      const dt = new DataTransfer();
      dt.items.add(new File([data], name, { type }));
      const zone = document.getElementById('drop')!;
      zone.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    { name, b64: Buffer.from(bytes).toString('base64'), type },
  );
}

/** Polls a condition on the Node side (the server double's record), for up to 5 s. */
async function until(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !ok(); i++) await new Promise((r) => setTimeout(r, 50));
}

const activityRows = (o: Opened) => o.page.locator('#preview tr.act');
const total = (o: Opened, key: string) => o.page.locator(`#preview [data-total="${key}"] b`).textContent();
const errorText = (o: Opened) => o.page.locator('#error').textContent();

/** The Russian message the core gives for these bytes (what the dialog must show). */
function readerMessage(bytes: Uint8Array): string {
  try {
    readDocx(bytes);
  } catch (e) {
    if (isUserError(e)) return e.message;
    throw e;
  }
  throw new Error('the reader accepted the bytes');
}

/** A bad file: the dialog shows the reader's message, stays on the input step, sends nothing. */
async function expectRefused(o: Opened, server: Server, message: string): Promise<void> {
  await o.page.waitForSelector('#error:not([hidden])');
  expect(await errorText(o)).toContain(message);
  expect(await o.page.locator('#input').isVisible()).toBe(true);
  expect(await o.page.locator('#import').isVisible()).toBe(false);
  expect(o.calls).toEqual([]);
  expect(server.plans).toEqual([]);
}

describe('import dialog', () => {
  test('pasted seed text → preview of 10 activities → importApply gets the same plan', async () => {
    const server = fakeServer();
    const o = await open(server);
    await o.page.fill('#paste', SEED_TEXT);
    await o.page.click('#show');
    await o.page.waitForSelector('#preview tr.act');
    const expected = importText(SEED_TEXT);
    expect(expected.activities).toHaveLength(10);
    expect(await activityRows(o).count()).toBe(10);
    expect(await total(o, 'activities')).toBe('10');
    // The seed's stage-order problem is shown before anything is written.
    expect(await o.page.locator('#preview .warnings').textContent()).toContain('Итоговый');
    // Deadlines are shown as read, дд.мм.гггг.
    expect(await o.page.locator('#preview tr.act td.shown').first().textContent()).toBe('18.01.2021 – 31.01.2021');
    // Only the question whether roles were remembered for a table of this shape; nothing written.
    expect(o.calls.map((c) => c.fn)).toEqual(['importColumnsGet']);

    await o.page.click('#import');
    await o.page.waitForSelector('#result:not([hidden])');
    // No column role was changed: nothing to remember.
    expect(o.calls.map((c) => c.fn)).toEqual(['importColumnsGet', 'importApply']);
    expect(server.plans).toHaveLength(1);
    const sent = server.plans[0];
    expect(sent.activities).toHaveLength(10);
    expect(sent.activities.map((a) => [a.id, a.number, a.title, a.deadline.start, a.deadline.end])).toEqual(
      expected.activities.map((a) => [a.id, a.number, a.title, a.deadline.start, a.deadline.end]),
    );
    const result = await o.page.locator('#result').textContent();
    expect(result).toContain(`«${BACKUP}»`);
    expect(result).toContain('мероприятий: 10');
    // The pasted text is still there (never lost).
    expect(await o.page.inputValue('#paste')).toBe(SEED_TEXT);
    expect(await o.page.locator('#close').isVisible()).toBe(true);
  });

  test('a seed .docx dropped on the zone → preview of 10 activities, then imported', async () => {
    const server = fakeServer();
    const o = await open(server);
    await dropFile(o, 'plan-school-vsoko-2020.docx', SEED_DOCX);
    await o.page.waitForSelector('#preview tr.act');
    const expected = importDocx(SEED_DOCX);
    expect(await activityRows(o).count()).toBe(10);
    expect(await total(o, 'activities')).toBe('10');
    expect(await o.page.locator('#source').textContent()).toContain('plan-school-vsoko-2020.docx');
    // Numbers as Word shows them (automatic numbering), in the № column.
    expect(await o.page.locator('#preview tr.act td.num').allTextContents()).toEqual(
      expected.activities.map((a) => a.number ?? ''),
    );
    await picture(o.page, 'import-dialog');

    await o.page.click('#import');
    await o.page.waitForSelector('#result:not([hidden])');
    expect(server.plans).toHaveLength(1);
    expect(server.plans[0].activities.map((a) => a.id)).toEqual(expected.activities.map((a) => a.id));
  });

  test('the file picker reads a .docx too; "Изменить" goes back with nothing sent', async () => {
    const server = fakeServer();
    const o = await open(server);
    await o.page.setInputFiles('#file', { name: 'план.docx', mimeType: '', buffer: SEED_DOCX });
    await o.page.waitForSelector('#preview tr.act');
    expect(await activityRows(o).count()).toBe(10);
    await o.page.click('#change');
    expect(await o.page.locator('#input').isVisible()).toBe(true);
    expect(await o.page.locator('#preview').isVisible()).toBe(false);
    expect(o.calls.map((c) => c.fn)).toEqual(['importColumnsGet']);
    expect(server.plans).toEqual([]);
  });

  test('an old .doc: the Russian message, nothing sent', async () => {
    const server = fakeServer();
    const o = await open(server);
    const doc = new Uint8Array(2048);
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await dropFile(o, 'план.doc', doc, 'application/msword');
    await expectRefused(o, server, 'Сохраните файл в Word как .docx и загрузите снова');
    expect(await errorText(o)).toBe(readerMessage(doc));
  });

  test('bad files: each the reader’s Russian message, nothing sent', async () => {
    const server = fakeServer();
    const o = await open(server);
    const encrypted = new Uint8Array(4096);
    encrypted.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    encrypted.set(Buffer.from('EncryptedPackage', 'utf16le'), 1024);
    const cases: [string, Uint8Array, string][] = [
      ['notes.pdf', new TextEncoder().encode('%PDF-1.4 not a zip at all'), 'Это не файл Word (.docx)'],
      ['archive.docx', zipSync({ 'readme.txt': new TextEncoder().encode('привет') }), 'нет word/document.xml'],
      ['secret.docx', encrypted, 'защищён паролем'],
      ['no-table.docx', makeDocx({ body: p('План мероприятий') + p('1. Издать приказ — январь') }), 'нет таблицы'],
      // A zip bomb: 200 MB of zeros in the document part, honestly declared; refused before inflating.
      [
        'bomb.docx',
        makeDocx({ body: '', extra: { 'word/document.xml': new Uint8Array(200 * 1024 * 1024) } }),
        'слишком большой',
      ],
    ];
    for (const [name, bytes, phrase] of cases) {
      const t0 = Date.now();
      await dropFile(o, name, bytes);
      await o.page.waitForSelector('#error:not([hidden])');
      const message = readerMessage(bytes);
      expect(await errorText(o)).toBe(message);
      expect(message).toContain(phrase);
      expect(Date.now() - t0).toBeLessThan(10_000);
      await o.page.evaluate(() => document.getElementById('error')!.setAttribute('hidden', ''));
    }
    await o.page.fill('#paste', '   ');
    await o.page.click('#show');
    expect(await errorText(o)).toContain('Поле пустое');
    expect(o.calls).toEqual([]);
    expect(server.plans).toEqual([]);
  });

  test('a file over 10 MB is refused by its size, before it is read', async () => {
    const server = fakeServer();
    const o = await open(server);
    await o.page.evaluate(() => {
      const w = window as unknown as { reads: number };
      w.reads = 0;
      const original = Blob.prototype.arrayBuffer;
      Blob.prototype.arrayBuffer = function (this: Blob) {
        w.reads++;
        return original.call(this);
      };
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(11 * 1024 * 1024)], 'big.docx'));
      document
        .getElementById('drop')!
        .dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await expectRefused(o, server, 'Файл слишком большой: 11,0 МБ, а можно не больше 10 МБ');
    expect(await o.page.evaluate(() => (window as unknown as { reads: number }).reads)).toBe(0);
  });

  test('text from the document is shown as text: a hostile title and file name stay literal', async () => {
    const server = fakeServer();
    const o = await open(server);
    const text = ['№\tМероприятие\tСрок\tОтветственный', `1\t${HOSTILE}\t01.02.2021\tЗаведующий`].join('\n');
    await o.page.fill('#paste', text);
    await o.page.click('#show');
    await o.page.waitForSelector('#preview tr.act');
    expect(await o.page.locator('#preview tr.act td.title').textContent()).toBe(HOSTILE);
    expect(await o.page.locator('#preview img').count()).toBe(0);

    const docx = makeDocx({
      body: tbl(3, [
        tr([tc('Мероприятие'), tc('Срок'), tc('Ответственный')]),
        tr([tc(HOSTILE), tc('март 2021'), tc(HOSTILE)]),
      ]),
    });
    await dropFile(o, `${HOSTILE}.docx`, docx);
    await o.page.waitForFunction(() => document.getElementById('source')?.textContent?.includes('.docx'));
    expect(await o.page.locator('#source .source-name').textContent()).toBe(`Файл «${HOSTILE}.docx»`);
    expect(await o.page.locator('#preview tr.act td.title').textContent()).toBe(HOSTILE);
    expect(await o.page.locator('img').count()).toBe(0);
    await o.page.click('#import');
    await o.page.waitForSelector('#result:not([hidden])');
    expect(server.plans[0].activities[0].title).toBe(HOSTILE);
  });

  test('several unjoined tables: the user picks the plan table and the preview follows', async () => {
    const server = fakeServer();
    const o = await open(server);
    const head = tr([tc('Мероприятие'), tc('Срок'), tc('Ответственный')]);
    const docx = makeDocx({
      body:
        tbl(3, [head, tr([tc('Первое мероприятие'), tc('январь 2021'), tc('Заведующий')])]) +
        p('Приложение 1. План работы с родителями на 2021 год, утверждённый на педагогическом совете') +
        tbl(3, [
          head,
          tr([tc('Собрание родителей'), tc('февраль 2021'), tc('Воспитатель')]),
          tr([tc('Анкетирование родителей'), tc('март 2021'), tc('Психолог')]),
        ]),
    });
    await dropFile(o, 'два плана.docx', docx);
    await o.page.waitForSelector('#preview tr.act');
    expect(await activityRows(o).count()).toBe(1);
    const options = await o.page.locator('#table-pick option').allTextContents();
    expect(options).toHaveLength(3);
    expect(options[0]).toContain('таблица 1');
    await o.page.selectOption('#table-pick', '1');
    await o.page.waitForFunction(() => document.querySelectorAll('#preview tr.act').length === 2);
    expect(await o.page.locator('#preview tr.act td.title').allTextContents()).toEqual([
      'Собрание родителей',
      'Анкетирование родителей',
    ]);
    await o.page.click('#import');
    await o.page.waitForSelector('#result:not([hidden])');
    expect(server.plans[0].activities.map((a) => a.title)).toEqual(['Собрание родителей', 'Анкетирование родителей']);
  });

  test('changing a column’s role re-reads the activities at once; the choice is remembered for the same table', async () => {
    // No responsible column: the people who do the work stand under «Участники» (a known extra column).
    const text = [
      'План мероприятий недели безопасности на 2023 год',
      '№\tМероприятие\tУчастники\tДата и время',
      '1.\tИнструктаж по правилам дорожного движения\tКлассные руководители 1-11 классов\t04.09.2023',
      '2.\tУчебная эвакуация\tЗаместитель директора по безопасности\t07.09.2023 10.00',
      '3.\tВыставка рисунков «Безопасная дорога»\tУчитель ИЗО\t08.09.2023',
    ].join('\n');
    const server = fakeServer();
    const o = await open(server);
    await o.page.fill('#paste', text);
    await o.page.click('#show');
    await o.page.waitForSelector('#preview tr.act');
    const auto = importText(text);
    const chosen = importText(text, { columns: { 2: 'responsible' } });
    // Each column with its role, over the first rows as they are read.
    expect(await o.page.locator('#columns .col-name').allTextContents()).toEqual([
      '№',
      'Мероприятие',
      'Участники',
      'Дата и время',
    ]);
    expect(await o.page.locator('#role-2').inputValue()).toBe('extra');
    expect(await o.page.locator('#role-2 option').allTextContents()).toEqual([
      'Мероприятие',
      'Этап',
      'Срок',
      'Ответственные',
      '№',
      'Результат',
      'другое',
    ]);
    expect(await o.page.locator('#columns tbody tr').first().locator('td').allTextContents()).toEqual(auto.sample![0]);
    expect(await total(o, 'withoutResponsible')).toBe(String(auto.activities.length));

    await o.page.selectOption('#role-2', 'responsible');
    await o.page.waitForFunction(
      () => document.querySelector('#preview [data-total="withoutResponsible"] b')?.textContent === '0',
    );
    expect(await o.page.locator('#preview tr.act td:nth-child(3)').allTextContents()).toEqual(
      chosen.activities.map((a) => a.responsible ?? ''),
    );
    expect(await o.page.locator('#columns .col-role [data-from]').nth(2).getAttribute('data-from')).toBe('user');
    await o.page.click('#import');
    await o.page.waitForSelector('#result:not([hidden])');
    expect(server.plans[0].activities.map((a) => a.responsible)).toEqual(chosen.activities.map((a) => a.responsible));
    await until(() => o.calls.length === 3);
    expect(o.calls.map((c) => c.fn)).toEqual(['importColumnsGet', 'importApply', 'importColumnsSave']);
    expect(o.calls[2].args[0]).toEqual({ shape: chosen.shape, columns: { '2': 'responsible' } });

    // The next import of a table of the same shape starts from the user's roles, and says so.
    await o.close();
    opened = null;
    const again = await open(server);
    await again.page.fill('#paste', text);
    await again.page.click('#show');
    await again.page.waitForSelector('#columns-remembered');
    expect(await again.page.locator('#role-2').inputValue()).toBe('responsible');
    expect(await again.page.locator('#preview tr.act td:nth-child(3)').allTextContents()).toEqual(
      chosen.activities.map((a) => a.responsible ?? ''),
    );
    // …and back to the automatic roles with one click.
    await again.page.click('#columns-reset');
    await again.page.waitForFunction(() => (document.getElementById('role-2') as HTMLSelectElement)?.value === 'extra');
    expect(await total(again, 'withoutResponsible')).toBe(String(auto.activities.length));
  });

  test('a failed server call keeps the preview and says what to do', async () => {
    const server = fakeServer();
    opened = await openWithServer(html, server, { viewport: { width: 960, height: 680 }, failAll: true });
    const o = opened;
    await o.page.fill('#paste', SEED_TEXT);
    await o.page.click('#show');
    await o.page.waitForSelector('#preview tr.act');
    await o.page.click('#import');
    await o.page.waitForSelector('#error:not([hidden])');
    expect(await errorText(o)).toContain('несколько аккаунтов Google');
    expect(await errorText(o)).toContain(KIND_WORDS.internal.ru);
    expect(await activityRows(o).count()).toBe(10);
    expect(await o.page.locator('#import').isEnabled()).toBe(true);
  });

  test('each kind of refusal is shown in words (Russian, English second), the preview kept', async () => {
    for (const kind of ERROR_KINDS) {
      const server = fakeServer();
      const message = `Сервер отказал: ${kind}.`;
      server.importApply = () => ({ ok: false, kind, message, en: `The server refused: ${kind}.` });
      const o = await open(server);
      await o.page.fill('#paste', SEED_TEXT);
      await o.page.click('#show');
      await o.page.waitForSelector('#preview tr.act');
      await o.page.click('#import');
      await o.page.waitForSelector('#error:not([hidden])');
      const text = (await errorText(o)) ?? '';
      expect([kind, text]).toEqual([kind, expect.stringContaining(`${KIND_WORDS[kind].ru} ${message}`)]);
      expect(text.indexOf(KIND_WORDS[kind].ru)).toBeLessThan(text.indexOf(KIND_WORDS[kind].en));
      expect(await activityRows(o).count()).toBe(10);
      expect(o.pageErrors).toEqual([]);
      await o.close();
      opened = null;
    }
  });

  test('English in an English document, whatever the browser', async () => {
    const server = fakeServer();
    const o = await open(server, 'en');
    expect(await o.page.locator('h1').textContent()).toBe('Import a plan');
    const doc = new Uint8Array(64);
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await dropFile(o, 'old.doc', doc);
    await o.page.waitForSelector('#error:not([hidden])');
    expect(await errorText(o)).toContain('Save it in Word as .docx');
  });

  test('the built dialog is one self-contained page', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
    expect(html).not.toContain('/*__JS__*/');
    expect(html).not.toContain('/*__CSS__*/');
    // The reader, the builder, the deadline and people readers (column roles from content) and the UI
    // together, once (the worker is the page's own script): the parts are measured in
    // docs/import-dialog.md. The dialog loads once per import; a second copy would show here.
    expect(Buffer.byteLength(html)).toBeLessThan(180 * 1024);
  });
});
