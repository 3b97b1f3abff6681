/**
 * The playground's department example in a real Chromium (issue 18 part 6): picked in the page's
 * example chooser, it runs the built dist/rollup/Code.js; «Обновить свод» from the page's menu
 * draws «Свод по организациям» with its chart, one organisation's row «нет доступа…»; an
 * organisation's spreadsheet can be looked at; «Разослать план организациям…» asks Да / Нет /
 * Отмена in the page. The README's pictures: docs/img/department-rollup.png and
 * department-organisation.png (PICTURES=1).
 */
import type { Page } from 'playwright-core';
import { DEPARTMENT, DEPARTMENT_ORGS } from '../../tools/playground/department';
import { Playground } from '../../tools/playground/playground';
import { startServer } from '../../tools/playground/server';
import { browser, closeBrowser, picture } from './harness';

jest.setTimeout(90_000);

let server: { port: number; close: () => Promise<void> };
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  const pg = new Playground();
  pg.loadSeed('plan-orsk-mkdo-2020');
  server = await startServer(pg, 0);
  const b = await browser();
  const ctx = await b.newContext({ locale: 'ru-RU', viewport: { width: 1600, height: 860 } });
  page = await ctx.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`http://127.0.0.1:${server.port}/`);
  await page.locator('#menu button[data-fn="menuReports"]').waitFor();
});

afterAll(async () => {
  await closeBrowser();
  await server?.close();
});

const sheetText = async (name: string) => (await page.locator(`table.sheet[data-sheet="${name}"]`).textContent()) ?? '';

test('the example chooser loads the department with the «Свод» menu and its organisations', async () => {
  await page.selectOption('#seed', DEPARTMENT);
  await page.locator('#menu button[data-fn="menuRollup"]').waitFor();
  expect(await page.locator('#menu .title').textContent()).toContain('План-график: Свод');
  expect(await page.locator('#menu button[data-fn="menuDistribute"]').textContent()).toBe(
    'Разослать план организациям…',
  );
  expect(await page.locator('#today').textContent()).toBe('02.11.2020');
  expect(await page.locator('#trigger').textContent()).toBe('Запустить триггер');
  // The department's own workbook and each organisation's; the unshared one says so.
  const docs = page.locator('#docs button[data-doc]');
  expect(await docs.count()).toBe(1 + DEPARTMENT_ORGS.length);
  expect(await page.locator('#docs button.no-access').textContent()).toContain('нет доступа у отдела');
  // «Организации» after the add-on's «Разослать…»: every organisation «Разослано».
  expect((await sheetText('Организации')).match(/Разослано/g)).toHaveLength(DEPARTMENT_ORGS.length);
});

test('«Обновить свод» draws the roll-up tab: five rows, the unshared one «нет доступа…», the chart', async () => {
  await page.click('#menu button[data-fn="menuRollup"]');
  await page.locator('#notes .toast', { hasText: 'прочитано 5 из 5' }).waitFor();
  for (const t of ['Свод по организациям', 'Свод по мероприятиям', 'Свод: Просрочено'])
    await page.locator(`#tabs button[data-sheet="${t}"]`).waitFor();
  await page.locator('#tabs button[data-sheet="Свод по организациям"]').click();
  const table = page.locator('table.sheet[data-sheet="Свод по организациям"]');
  await table.waitFor();
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('td[data-c]')).map((td) => td.textContent ?? '')),
    );
  const header = rows.find((r) => r[1] === 'Организация')!;
  const col = (label: string) => header.indexOf(label);
  const body = rows.filter((r) => DEPARTMENT_ORGS.some((o) => o.name === r[1]));
  expect(body.map((r) => r[1])).toEqual(DEPARTMENT_ORGS.map((o) => o.name));
  expect(body.map((r) => r[col('Выполнено')])).toEqual(['14', '4', '0', '30', '']);
  expect(body.map((r) => r[col('Просрочено')])).toEqual(['0', '1', '2', '0', '']);
  expect(body[4][col('Состояние')]).toMatch(/^нет доступа к таблице/);
  // The stacked bars the add-on sent, drawn beside the table.
  const chart = page.locator('#grid .chart-box svg');
  await chart.waitFor();
  expect(await page.locator('#grid .chart-box').textContent()).toContain('Мероприятия по организациям');
  await picture(page, 'department-rollup', { style: '#notes { display: none }' });
  // Scrolled right (the № and the names are frozen): «Состояние» and the chart beside the table.
  await page.locator('#grid').evaluate((g) => {
    const box = g.querySelector<HTMLElement>('.chart-box')!;
    g.scrollLeft = box.offsetLeft + box.offsetWidth + 16 - g.clientWidth;
  });
  await picture(page, 'department-rollup-chart', { style: '#notes { display: none }' });
  await page.locator('#grid').evaluate((g) => {
    g.scrollLeft = 0;
  });
  expect(await sheetText('Свод по организациям')).toContain('Прочитано организаций: 5 из 5');

  await page.locator('#tabs button[data-sheet="Свод: Просрочено"]').click();
  const overdue = await sheetText('Свод: Просрочено');
  expect(overdue).toContain('Просрочено: 3');
  expect(overdue).toContain(DEPARTMENT_ORGS[2].name);
});

test("an organisation's spreadsheet is shown read-only; the menu brings the department's back", async () => {
  // Детский сад № 2: four done, and the plan's second activity «В работе» past its 22.10.2020.
  await page.locator('#docs button[data-doc]', { hasText: 'Детский сад № 2' }).click();
  await page.locator('#docs button.active', { hasText: 'Детский сад № 2' }).waitFor();
  const plan = await sheetText('План');
  expect(plan).toContain('Знакомство коллектива ДОО с Концепцией МКДО');
  const cells = await page
    .locator('table.sheet[data-sheet="План"] td[data-c]')
    .evaluateAll((tds) => tds.map((td) => td.textContent));
  expect(cells.filter((t) => t === 'Выполнено')).toHaveLength(DEPARTMENT_ORGS[1].done.length);
  expect(cells.filter((t) => t === 'В работе')).toHaveLength(1);
  // Scrolled to its «Статус» and «Дата выполнения», the coordinator's marks.
  await page.locator('#grid').evaluate((g) => {
    const head = Array.from(g.querySelectorAll<HTMLElement>('td[data-r="0"]')).find(
      (td) => td.textContent === 'Дата выполнения',
    )!;
    const th = g.querySelector<HTMLElement>(`th[data-c="${head.dataset.c}"]`)!;
    g.scrollLeft = th.offsetLeft + th.offsetWidth + 24 - g.clientWidth;
  });
  await picture(page, 'department-organisation', { style: '#notes { display: none }' });
  // Typing is refused here: the organisation's coordinator marks it.
  await page.locator('#grid td[data-c]').nth(20).dblclick();
  await page.locator('#notes .alert', { hasText: 'только для просмотра' }).waitFor();
  await page.locator('#notes .alert button').first().click();
});

test('«Разослать план организациям…» asks Да / Нет / Отмена in the page; the add-on then has no one to send to', async () => {
  await page.click('#menu button[data-fn="menuDistribute"]');
  const question = page.locator('#notes .alert.question');
  await question.waitFor();
  expect(await question.textContent()).toContain('«Нет» — все мероприятия плана.');
  await question.locator('button[data-answer="YES"]').click();
  await page.locator('#notes .alert', { hasText: 'рассылать некому' }).waitFor();
  expect(await page.locator('#docs button.active').textContent()).toContain('(отдел)');
  expect(await page.locator('#log').textContent()).toContain('Разослать план организациям…');
});

test('«Подтвердить сопоставления» runs from the page: every plan was distributed, so nothing waits for an answer', async () => {
  await page.click('#menu button[data-fn="menuConfirmMatches"]');
  await page.locator('#notes .alert', { hasText: 'Ответов нет' }).waitFor();
});

test('«Запустить триггер»: no continuation trigger is left after a roll-up of five', async () => {
  await page.click('#trigger');
  await page.locator('#notes .alert', { hasText: 'Триггеров нет: свод прочитал все организации' }).waitFor();
  expect(pageErrors).toEqual([]);
});
