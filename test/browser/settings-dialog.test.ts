/**
 * «Напоминания → Настройки…» in the playground, in a real Chromium: the built dist/settings.html
 * opened by the built Code.js with its data in a <meta>, saving through remindersSettingsSave, and
 * every refusal shown in words (its kind, then the server's text), in the document's language only.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { ERROR_KINDS } from '../../src/core/errors';
import { languageMarker } from '../../src/gas/page-language';
import { KIND_WORDS } from '../../src/ui/failure';
import { Playground } from '../../tools/playground/playground';
import { startServer } from '../../tools/playground/server';
import { browser, closeBrowser, openWithServer } from './harness';

jest.setTimeout(90_000);

const OWNER = 'coordinator@example.org';
let pg: Playground;
let server: { port: number; close: () => Promise<void> };
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  pg = new Playground();
  pg.loadSeed('plan-dou-vsoko-2021');
  server = await startServer(pg, 0);
  const ctx = await (await browser()).newContext({ locale: 'ru-RU', viewport: { width: 1400, height: 900 } });
  page = await ctx.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('dialog', (d) => void d.accept());
  await page.goto(`http://127.0.0.1:${server.port}/`);
  await page.locator('#menu button[data-fn="menuRemindersSettings"]').waitFor();
});

afterAll(async () => {
  await closeBrowser();
  await server?.close();
});

/** Closes the dialog with its own «Закрыть» (google.script.host.close). */
async function closeSettings(dialog: FrameLocator): Promise<void> {
  await dialog.locator('#close').click();
  await page.locator('#modal').waitFor({ state: 'hidden' });
}

async function openSettings(user: string): Promise<FrameLocator> {
  await page.selectOption('#user', user);
  await page.click('#menu button[data-fn="menuRemindersSettings"]');
  const dialog = page.frameLocator('#mframe');
  await dialog.locator('#f select[name="hour"]').waitFor();
  return dialog;
}

test('the owner saves a setting: the server stores it and the page says so', async () => {
  const dialog = await openSettings(OWNER);
  expect(await dialog.locator('.owner').textContent()).toContain(`Владелец таблицы: ${OWNER}`);
  expect(await dialog.locator('input[name="coordinators"]').getAttribute('readonly')).toBeNull();
  // None saved yet: who gets the escalations is said in words, not as a grey placeholder (issue 16),
  // and the field stays empty so that saving does not make them coordinators.
  const field = dialog.locator('input[name="coordinators"]');
  expect(await field.inputValue()).toBe('');
  expect(await field.getAttribute('placeholder')).toBe('');
  expect(await dialog.locator('#f').textContent()).toContain('Не сохранены: сейчас письма координаторам получают');
  expect(await dialog.locator('input[name="head"]').getAttribute('placeholder')).toBe('');
  expect(await dialog.locator('#f').textContent()).toContain('Не сохранён: сейчас сводку руководителю получает');
  expect(await dialog.locator('#successor').count()).toBe(1);
  await dialog.locator('select[name="hour"]').selectOption('9');
  await dialog.locator('#save').click();
  await dialog.locator('#msg', { hasText: 'Сохранено.' }).waitFor();
  expect(await dialog.locator('#msg').textContent()).toBe('Сохранено.');
  // The document's state: the add-on's developer metadata (src/core/workbook/doc-state.ts).
  const entry = pg.addon.emu.developerMetadata().find((m) => m.key === 'reminders.settings');
  const stored = JSON.parse(entry?.value ?? '{}');
  expect(stored.hour).toBe(9);
  expect(pageErrors).toEqual([]);
  await closeSettings(dialog);
});

test('a refused hand-over is shown in words, in the document’s language only', async () => {
  const dialog = await openSettings(OWNER);
  await dialog.locator('#successor').fill('не почта');
  await dialog.locator('#give').click();
  const msg = dialog.locator('#msg.err[role="alert"]');
  await msg.waitFor();
  const lines = await msg.locator('p').allTextContents();
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(KIND_WORDS.invalid.ru);
  expect(lines[0]).toContain('Неверный адрес нового владельца');
  expect(lines[0]).not.toContain(KIND_WORDS.invalid.en);
  expect(pageErrors).toEqual([]);
  await closeSettings(dialog);
});

test('a coordinator who is not the owner sees the coordinators read-only and no hand-over', async () => {
  const emu = pg.addon.emu;
  const kovaleva = 'i.kovaleva@dou1.example.org';
  emu.runAs({ email: OWNER }, () => pg.addon.call('remindersSettingsSave', { coordinators: [kovaleva] }));
  const dialog = await openSettings(kovaleva);
  expect(await dialog.locator('input[name="coordinators"]').getAttribute('readonly')).toBe('');
  expect(await dialog.locator('#successor').count()).toBe(0);
  expect(await dialog.locator('.owner').textContent()).toContain(`Владелец таблицы: ${OWNER}`);
  await closeSettings(dialog);
});

test('each of the five kinds is shown in words, in the language of the document', async () => {
  const html = pg.addon.emu.ui.dialogs.at(-1)!.html;
  const ru = languageMarker('ru');
  expect(html).toContain(ru);
  for (const kind of ERROR_KINDS) {
    const fake = {
      remindersSettingsSave: () => ({ ok: false, kind, message: `Отказ: ${kind}.`, en: `Refused: ${kind}.` }),
    };
    for (const [lang, page] of [
      ['ru', html],
      ['en', html.replace(ru, languageMarker('en'))],
    ] as const) {
      const o = await openWithServer(page, fake);
      await o.page.locator('#save').click();
      const msg = o.page.locator('#msg.err');
      await msg.waitFor();
      const want =
        lang === 'ru' ? `${KIND_WORDS[kind].ru} Отказ: ${kind}.` : `${KIND_WORDS[kind].en} Refused: ${kind}.`;
      expect([kind, await msg.locator('p').allTextContents()]).toEqual([kind, [want]]);
      expect(o.pageErrors).toEqual([]);
      await o.close();
    }
  }
});
