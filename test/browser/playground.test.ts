/**
 * The playground end to end in a real Chromium: the server runs in-process on a random port with
 * the built dist/Code.js (npm test builds first), and every step goes through the page as a
 * person would click it — seed drop-down, upload box, menu, sidebar frame, clock, trigger, outbox,
 * .xlsx download.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { formatRu } from '../../src/core/dates/calendar';
import { STATE_COLORS } from '../../src/core/reports/style';
import { COLORS as PLAN_COLORS } from '../../src/core/sheet/plan-tab';
import { xlsxSheetName } from '../../tools/export/xlsx';
import { Playground, SEED_START } from '../../tools/playground/playground';
import { startServer } from '../../tools/playground/server';
import { browser, closeBrowser, picture } from './harness';

jest.setTimeout(90_000);

const DOCX = join(__dirname, '../fixtures/seeds/docx/plan-school-vsoko-2020.docx');
const DIRECTOR = 'director@internat3.example.org';

let server: { port: number; close: () => Promise<void> };
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  const pg = new Playground();
  pg.loadSeed('plan-dou-vsoko-2021');
  server = await startServer(pg, 0);
  const b = await browser();
  const ctx = await b.newContext({ locale: 'ru-RU', viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  page = await ctx.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('dialog', (d) => void d.accept());
  await page.goto(`http://127.0.0.1:${server.port}/`);
  await page.locator('#menu button[data-fn="menuSidebar"]').waitFor();
});

afterAll(async () => {
  await closeBrowser();
  await server?.close();
});

/** `#d9ead3` as a browser writes it in a style attribute: `rgb(217, 234, 211)`. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

const tabText = async (name: string) => (await page.locator(`table.sheet[data-sheet="${name}"]`).textContent()) ?? '';

test('the page shows the seed workbook and the add-on menu built by onOpen', async () => {
  const fns = await page
    .locator('#menu button[data-fn]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-fn')));
  // Every item of the real menu (src/gas/menu.ts), as onOpen in Code.js built it.
  expect(fns).toEqual(
    expect.arrayContaining(['menuCreatePlan', 'menuImport', 'menuSidebar', 'menuRemindersOn', 'menuReports']),
  );
  expect(await page.locator('#today').textContent()).toBe(formatRu(SEED_START['plan-dou-vsoko-2021']));
  expect(await tabText('План')).toContain('Изучение объектов ВСОКО');
  // The ID column is hidden, as in the sheet: its letter is not among the column headers.
  const letters = await page.locator('table.sheet th').allTextContents();
  expect(letters).not.toContain('A');
  expect(letters).toContain('B');
});

test('the seed drop-down switches plans', async () => {
  await page.selectOption('#seed', 'roadmap-okhansk-2021-2024');
  await page.locator('#today', { hasText: formatRu(SEED_START['roadmap-okhansk-2021-2024']) }).waitFor();
  expect(await page.locator('#seed').inputValue()).toBe('roadmap-okhansk-2021-2024');
  await expect(tabText('План')).resolves.not.toContain('Изучение объектов ВСОКО');
});

test('the upload box imports a Word plan through the add-on', async () => {
  await page.selectOption('#seed', 'plan-school-vsoko-2020');
  await page.locator('#today', { hasText: '13.01.2020' }).waitFor();
  await page.setInputFiles('#upload-file', DOCX);
  await page.locator('#notes .toast', { hasText: 'План загружен' }).waitFor();
  // The re-import renamed the tab on screen to the undo copy and added a new План: open it.
  await page.locator('#tabs button[data-sheet="План"]').click();
  expect(await tabText('План')).toContain('Решение о создании внутренней системы оценки качества');
  expect(await page.locator('#log').textContent()).toContain('Загрузка плана «plan-school-vsoko-2020.docx»');
});

test('the sidebar, opened by a staff member, marks an activity done', async () => {
  await page.fill('#date', '2020-01-13');
  await page.click('#go');
  await page.locator('#today', { hasText: '13.01.2020' }).waitFor();
  await page.selectOption('#user', DIRECTOR);
  await page.click('#menu button[data-fn="menuSidebar"]');
  const side = page.frameLocator('#sframe');
  const first = side.locator('article[data-id]').first();
  await first.waitFor();
  const id = await first.getAttribute('data-id');
  const card = side.locator(`article[data-id="${id}"]`);
  await card.getByRole('button', { name: 'Выполнено' }).click();
  await card.getByRole('button', { name: 'Отметить выполненным' }).click();
  await side.locator(`section[data-group="done"] article[data-id="${id}"]`).waitFor();
  // The mark reached the workbook: the План row of that ID now says «Выполнено».
  await page.locator('#tabs button[data-sheet="План"]').click();
  await page.waitForFunction(
    (activity) => {
      const row = Array.from(document.querySelectorAll('table.sheet tr')).find((tr) =>
        tr.textContent?.includes(activity),
      );
      return !!row?.textContent?.includes('Выполнено');
    },
    (await card.locator('.title').first().textContent())?.trim().slice(0, 30) ?? '',
  );
  expect(await page.locator('#log').textContent()).toContain('google.script.run.sidebarMark');
  // «Показать в таблице» selects the activity's row, and the page follows, as Sheets does.
  await page.locator('#tabs button[data-sheet="Журнал"]').click();
  await card.getByRole('button', { name: 'Показать в таблице' }).click();
  await page.locator('#tabs button.active[data-sheet="План"]').waitFor();
  await page.locator('#grid td.sel').waitFor();
  const row = await page.locator('#grid tbody tr', { has: page.locator('td.sel') }).textContent();
  expect(row).toContain('Выполнено');
});

test('reminders: enable, run the daily trigger on a date, see the e-mail in the outbox', async () => {
  await page.selectOption('#user', 'coordinator@example.org');
  await page.click('#menu button[data-fn="menuRemindersOn"]');
  await page.locator('#notes .alert', { hasText: 'Напоминания включены' }).waitFor();
  await page.fill('#date', '2020-01-14');
  await page.click('#go');
  await page.locator('#today', { hasText: '14.01.2020' }).waitFor();
  await page.click('#trigger');
  await page.locator('#notes .toast', { hasText: 'Ежедневный триггер отработал' }).waitFor();
  const count = Number(await page.locator('#count').textContent());
  expect(count).toBeGreaterThan(0);
  const summary = await page.locator('.mail summary').first().textContent();
  expect(summary).toMatch(/^14\.01\.2020 → \S+@internat3\.example\.org: План-график/);
  // The e-mail body is the real HTML the add-on sent, in a sandboxed frame.
  const frame = page.locator('.mail iframe').first();
  // Scripts run there only to open a link to the web app in the playground (not at Google).
  expect(await frame.getAttribute('sandbox')).toBe('allow-scripts');
  const body = await page.frameLocator('.mail iframe').first().locator('body').textContent();
  expect(body).toContain('Здравствуйте');
});

test('a link of the e-mail opens the web app page, marks done with a Журнал row (the План row turns green), undoes; a tampered link is refused', async () => {
  // The План tab in view behind the page, as the person sees it.
  await page.locator('#tabs button[data-sheet="План"]').click();
  await page.locator('#grid table.sheet[data-sheet="План"]').waitFor();
  const mail = page.frameLocator('.mail[open] iframe').first();
  const link = mail.locator('a', { hasText: 'Отметить выполненным' }).first();
  await link.waitFor();
  await link.click();
  const web = page.frameLocator('#mframe');
  const card = web.locator('article[data-id]').first();
  await card.waitFor();
  const title = ((await card.locator('.title').textContent()) ?? '').trim();
  await picture(page, 'webapp-link');
  await card.getByRole('button', { name: 'Выполнено' }).click();
  await card.locator('textarea').fill('Сделано, протокол у завуча');
  await card.getByRole('button', { name: 'Отметить выполненным' }).click();
  await web.locator('.msg.ok', { hasText: 'Сохранено' }).waitFor();
  // The grid is drawn again after the call (the shim's «changed»): the activity's row is green,
  // the done colour of the План tab's conditional format, in every cell of the row.
  const row = page.locator('#grid table.sheet[data-sheet="План"] tbody tr', { hasText: title.slice(0, 40) }).first();
  const green = `background-color: ${rgb(PLAN_COLORS.done)}`;
  await row.locator(`td[style*="${green}"]`).first().waitFor();
  const cells = await row
    .locator('td:not(.rn)')
    .evaluateAll((tds) =>
      tds.filter((td) => (td as HTMLElement).offsetParent !== null).map((td) => td.getAttribute('style') ?? ''),
    );
  expect(cells.length).toBeGreaterThan(3);
  expect(cells.filter((st) => !st.includes(green))).toEqual([]);
  await picture(page, 'webapp-marked', { style: '#notes { display: none }' });
  const journal = async () => (await sheetOf('Журнал')).displayValues.map((r) => r.join(' | ')).join('\n');
  expect(await journal()).toContain('Статус (отмечено из письма)');
  expect(await journal()).toContain(title.slice(0, 30));
  await card.getByRole('button', { name: 'Отменить последнее' }).click();
  await web.locator('.msg.ok', { hasText: 'Отметка отменена' }).waitFor();
  expect(await journal()).toContain('Статус (отмена отметки из письма)');
  // «Мои сроки в календаре» on the page: its address serves the .ics (text/calendar).
  const feedUrl = await web.locator('.feed input').inputValue();
  expect(feedUrl).toMatch(/\/exec\?f=/);
  const ics = await page.request.get(`http://127.0.0.1:${server.port}/exec${feedUrl.slice(feedUrl.indexOf('?'))}`);
  expect(ics.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  expect(await ics.text()).toContain('BEGIN:VEVENT');
  // The same link with one character changed: the refusal page, nothing changed.
  const src = (await page.locator('#mframe').getAttribute('src')) ?? '';
  const bad = src.replace(/t=(.{8})(.)/, (_m, a: string, c: string) => `t=${a}${c === 'A' ? 'B' : 'A'}`);
  const before = await journal();
  await page.locator('#mframe').evaluate((f, u) => {
    (f as HTMLIFrameElement).src = u;
  }, bad);
  await web.locator('.msg.error', { hasText: 'недействительна' }).waitFor();
  expect(await journal()).toBe(before);
  await page.click('#mclose');
});

test('«Скачать .xlsx» downloads the workbook as an Excel file with every tab', async () => {
  await page.click('#menu button[data-fn="menuReports"]');
  await page.locator('#tabs button[data-sheet="Отчёт: Сводка"]').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#xlsx')]);
  expect(download.suggestedFilename()).toBe('plan-grafik.xlsx');
  expect(await download.failure()).toBeNull();
  const bytes = readFileSync((await download.path()) as string);
  expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // a zip
  const files = unzipSync(new Uint8Array(bytes));
  const workbookXml = new TextDecoder().decode(files['xl/workbook.xml']);
  // Excel forbids ":" in sheet names: «Отчёт: Сводка» is «Отчёт - Сводка» in the file.
  for (const name of ['План', 'Сотрудники', 'Журнал', 'Отчёт: Сводка', 'Отчёт: Календарь'])
    expect(workbookXml).toContain(`name="${xlsxSheetName(name)}"`);
});

type Sheet = { name: string; displayValues: string[][]; values: unknown[][] };
const stateOf = () => page.evaluate(() => fetch('/api/state').then((r) => r.json()));
const sheetOf = async (name: string): Promise<Sheet> =>
  ((await stateOf()).workbook.sheets as Sheet[]).find((s) => s.name === name)!;

test('the Сводка tab draws its pie and its bars from the chart specs and the data they point at', async () => {
  await page.locator('#tabs button[data-sheet="Отчёт: Сводка"]').click();
  const pie = page.locator('.chart-box svg[data-kind="pie"]');
  await pie.waitFor();
  const summary = await sheetOf('Отчёт: Сводка');
  // The pie's data: the «По статусам» block, a label and a count a row.
  const top = summary.displayValues.findIndex((r) => r[0] === 'По статусам');
  const counts = summary.values.slice(top + 1, top + 6).map((r) => [String(r[0]), Number(r[1])] as const);
  const slices = await pie
    .locator('.slice')
    .evaluateAll((els) => els.map((e) => [e.getAttribute('data-label'), Number(e.getAttribute('data-value'))]));
  expect(slices).toEqual(counts.filter(([, n]) => n > 0));
  expect(await pie.locator('.chart-title').textContent()).toBe('Мероприятия по статусам');
  // The stacked bars: one bar a stage, one segment a status with a count, in the status colours.
  const bars = page.locator('.chart-box svg[data-kind="bar"] rect.bar');
  expect(await bars.count()).toBeGreaterThan(0);
  const segments = await bars.evaluateAll((els) =>
    els.map((e) => ({ series: e.getAttribute('data-series'), fill: e.getAttribute('fill') })),
  );
  expect(segments.find((x) => x.series === 'Выполнено')?.fill).toBe(STATE_COLORS.done);
  expect(pageErrors).toEqual([]);
});

test('a click on a tab makes it the active sheet; «Открыть вкладку «Сотрудники»» switches the tab', async () => {
  await page.locator('#tabs button[data-sheet="Журнал"]').click();
  await page.locator('#tabs button.active[data-sheet="Журнал"]').waitFor();
  expect((await stateOf()).workbook.activeSheet).toBe('Журнал');
  await page.click('#menu button[data-fn="menuStaff"]');
  await page.locator('#tabs button.active[data-sheet="Сотрудники"]').waitFor();
  expect(await page.locator('#grid table.sheet').getAttribute('data-sheet')).toBe('Сотрудники');
});

test('a status typed into the План tab runs the edit trigger: Дата выполнения, Отметил and the Журнал fill', async () => {
  await page.selectOption('#user', DIRECTOR);
  await page.locator('#tabs button[data-sheet="План"]').click();
  const plan = await sheetOf('План');
  const head = plan.displayValues[0];
  const [status, done, by] = ['Статус', 'Дата выполнения', 'Отметил'].map((h) => head.indexOf(h));
  const r = plan.displayValues.findIndex((row, i) => i > 0 && row[status] === 'Не начато');
  expect(r).toBeGreaterThan(0);
  const cell = (c: number) => page.locator(`#grid td[data-r="${r}"][data-c="${c}"]`);
  await cell(status).click();
  await page.keyboard.press('Enter');
  await page.locator('#editor').fill('Выполнено');
  await page.keyboard.press('Enter');
  const today = (await page.locator('#today').textContent()) ?? '';
  await page.locator(`#grid td[data-r="${r}"][data-c="${done}"]`, { hasText: today }).waitFor();
  expect(await cell(status).textContent()).toBe('Выполнено');
  // Named by the ФИО the Сотрудники tab gives that address, as a mark from the sidebar names them.
  expect(await cell(by).textContent()).toBe('Кузнецов Сергей Александрович');
  expect(await page.locator('#log').textContent()).toContain(`Ввод в ячейку План!`);
  const journal = await sheetOf('Журнал');
  const last = journal.displayValues[journal.displayValues.length - 1];
  expect(last).toEqual(expect.arrayContaining(['Статус', 'Не начато', 'Выполнено']));
  expect(last.join(' ')).toContain(DIRECTOR);
});

test('the clock has a time of day', async () => {
  await page.fill('#date', '2020-02-03');
  await page.fill('#clock-time', '15:30');
  await page.click('#go');
  await page.locator('#today', { hasText: '03.02.2020' }).waitFor();
  expect(await page.locator('#time').textContent()).toMatch(/^15:3\d$/);
  expect(new Date((await stateOf()).now).toISOString()).toMatch(/^2020-02-03T12:3/); // Moscow is UTC+3
});

test('an empty workbook: a table pasted onto Лист1 is recognised there; «Создать план-график» lays out a plan', async () => {
  await page.selectOption('#user', 'coordinator@example.org');
  await page.selectOption('#seed', '');
  await page.locator('#tabs button[data-sheet="Лист1"].active').waitFor();
  expect(await page.locator('#tabs button').count()).toBe(1);
  await page.click('#paste-open');
  await page.selectOption('#paste-seed', 'plan-dou-vsoko-2021');
  await page.waitForFunction(() => (document.getElementById('paste-text') as HTMLTextAreaElement).value.length > 500);
  await page.click('#paste-sheet');
  await page.locator('#grid td', { hasText: 'Изучение объектов ВСОКО' }).first().waitFor();
  // The import dialog opens on the sheet: its preview, then «Импортировать».
  await page.click('#menu button[data-fn="menuConvertSheet"]');
  const dialog = page.frameLocator('#mframe');
  await dialog.locator('#source', { hasText: 'Лист «Лист1»' }).waitFor();
  await dialog.locator('#import:not([disabled])').click();
  await dialog.locator('#result-sheet', { hasText: 'Лист «Лист1» оставлен без изменений' }).waitFor();
  await dialog.locator('#close').click();
  await page.locator('#tabs button[data-sheet="План"]').click();
  expect(await tabText('План')).toContain('Изучение объектов ВСОКО');

  await page.selectOption('#seed', '');
  await page.locator('#tabs button[data-sheet="Лист1"].active').waitFor();
  await page.click('#menu button[data-fn="menuCreatePlan"]');
  await page.locator('#tabs button.active[data-sheet="План"]').waitFor();
  expect(await page.locator('#grid table.sheet tr[data-r="0"]').textContent()).toContain('Мероприятие');
  expect(pageErrors).toEqual([]);
});
