/**
 * Issue 16, "Done when": every dialog (tools/build-dialogs DIALOGS: import — also as «Распознать
 * таблицу на этом листе» — and settings) and the sidebar, opened in the playground by the built
 * Code.js with the document set to English and to Russian, in a browser whose language is the
 * other one; the rendered text (labels, buttons, messages, placeholders, titles, options) is
 * scanned for words of the other language, the plan's own data taken out (test/language/scan.ts).
 * The document's language is set as a coordinator sets it: «Настройки…» → remindersSettingsSave
 * with `{ language }`. The alerts and toasts of the first hour's menu items are scanned the same way.
 */
import type { Frame, Page } from 'playwright-core';
import type { Language } from '../../src/core/language';
import { importText } from '../../src/core/plan/import-text';
import { PLAN_COLUMNS, STAFF_COLUMNS } from '../../src/core/workbook/schema';
import { languageMarker } from '../../src/gas/page-language';
import { DIALOGS } from '../../tools/build-dialogs';
import { buildSidebarHtml } from '../../tools/build-sidebar';
import { Playground } from '../../tools/playground/playground';
import { startServer } from '../../tools/playground/server';
import { activity } from '../core/sidebar/fixtures';
import { foreignWords } from '../language/scan';
import { createFakeServer } from './fake-server';
import { browser, closeBrowser, openWithServer } from './harness';

jest.setTimeout(180_000);

const SEED = 'plan-dou-vsoko-2021';
/** In the seed's staff list and responsible for activities; made a coordinator below, so she has «Все» too. */
const COORDINATOR = 'i.kovaleva@dou1.example.org';
const OTHER: Record<Language, string> = { en: 'ru-RU', ru: 'en-US' };

/** The rendered interface text of a frame: what a person reads, hears or sees in a control. */
function interfaceText(frame: Frame): Promise<string> {
  return frame.evaluate(() => {
    const parts = [document.title, document.body.innerText];
    for (const el of Array.from(document.querySelectorAll('[placeholder],[title],[aria-label],[alt]')))
      for (const a of ['placeholder', 'title', 'aria-label', 'alt']) parts.push(el.getAttribute(a) ?? '');
    for (const o of Array.from(document.querySelectorAll('option'))) parts.push(o.textContent ?? '');
    return parts.join('\n');
  });
}

async function frameOf(page: Page, selector: string): Promise<Frame> {
  const handle = await page.locator(selector).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`no frame ${selector}`);
  return frame;
}

/** The plan's and the staff list's own words (the columns they were imported or typed into) and the pasted plan's cells. */
function dataOf(pg: Playground): string[] {
  const own = new Set<string>([
    'id',
    'number',
    'stage',
    'section',
    'group',
    'title',
    'result',
    'tools',
    'responsible',
    'deadlineText',
  ]);
  const headers = new Set([
    ...PLAN_COLUMNS.filter((c) => own.has(c.key)).map((c) => c.headers[0]),
    ...STAFF_COLUMNS.map((c) => c.headers[0]),
  ]);
  const out: string[] = [];
  for (const s of pg.addon.emu.snapshot().sheets) {
    if (s.name !== 'План' && s.name !== 'Сотрудники') continue;
    const head = s.displayValues[0] ?? [];
    out.push(...head);
    head.forEach((h, c) => {
      if (headers.has(h)) for (const r of s.displayValues.slice(1)) out.push(r[c] ?? '');
    });
  }
  const text = pg.seedText(SEED);
  for (const line of text.split('\n')) out.push(...line.split('\t'));
  // The plan's title and stages as the importer reads them from the text (joined, trimmed).
  const plan = importText(text);
  out.push(plan.title ?? '', ...plan.activities.flatMap((a) => [a.stage ?? '', a.section ?? '', a.group ?? '']));
  return out;
}

let pg: Playground;
let server: { port: number; close: () => Promise<void> };

beforeAll(async () => {
  pg = new Playground();
  pg.loadSeed(SEED);
  server = await startServer(pg, 0);
});
afterAll(async () => {
  await closeBrowser();
  await server?.close();
});

describe.each<Language>(['en', 'ru'])('a document in %s, in a browser of the other language', (lang) => {
  let page: Page;
  let found: Record<string, string[]> = {};
  beforeEach(() => {
    found = {};
  });
  const scan = async (where: string, frame: Frame, extra = '') => {
    const words = foreignWords(`${await interfaceText(frame)}\n${extra}`, lang, dataOf(pg));
    if (words.length) found[where] = words;
  };

  beforeAll(async () => {
    pg.loadSeed(SEED);
    const saved = pg.run('remindersSettingsSave', [{ language: lang, coordinators: [COORDINATOR] }]);
    expect(saved.ok).toBe(true);
    const ctx = await (await browser()).newContext({ locale: OTHER[lang], viewport: { width: 1400, height: 900 } });
    page = await ctx.newPage();
    page.on('dialog', (d) => void d.accept());
    await page.goto(`http://127.0.0.1:${server.port}/`);
    await page.locator('#menu button[data-fn="menuSidebar"]').waitFor();
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it('the sidebar of a coordinator in Сотрудники: «Мои», a card opened, the mark form, the answer to a mark, «Все»', async () => {
    await page.selectOption('#user', COORDINATOR);
    await page.click('#menu button[data-fn="menuSidebar"]');
    const side = await frameOf(page, '#sframe');
    await side.locator('article[data-id]').first().waitFor();
    const title = (await page.locator('#side .bar span').textContent()) ?? '';
    await scan('sidebar: Мои', side, title);
    const id = await side.locator('article[data-id]:has(button.act-done)').first().getAttribute('data-id');
    const card = side.locator(`article[data-id="${id}"]`);
    await card.locator('button.title').click();
    await card.locator('button.act-done').click();
    await card.locator('form').waitFor();
    await scan('sidebar: mark form', side);
    await card.locator('form button[type=submit]').click();
    await side.locator('.msg.ok').waitFor();
    await scan('sidebar: after a mark', side);
    await side.locator('button[data-tab="all"]').click();
    await side.locator('input[name=text]').waitFor();
    await scan('sidebar: Все', side);
    expect(await side.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(found).toEqual({});
  });

  it.each(DIALOGS)('the %s dialog, each of its steps', async (name) => {
    await page.click(`#menu button[data-fn="${name === 'import' ? 'menuImport' : 'menuRemindersSettings'}"]`);
    const dialog = await frameOf(page, '#mframe');
    const title = (await page.locator('#mtitle').textContent()) ?? '';
    if (name === 'import') {
      await dialog.locator('#paste').waitFor();
      await scan('import: source', dialog, title);
      await dialog.locator('#paste').fill(pg.seedText(SEED));
      await dialog.locator('#show').click();
      await dialog.locator('#preview:not([hidden])').waitFor();
      // The folded parts are opened: their text is interface too.
      await dialog.evaluate(() => {
        for (const d of Array.from(document.querySelectorAll('details'))) d.open = true;
      });
      await scan('import: preview', dialog);
      await dialog.locator('#import').click();
      await dialog.locator('#result:not([hidden])').waitFor();
      await scan('import: done', dialog);
    } else {
      await dialog.locator('#f select[name="hour"]').waitFor();
      await scan('settings: form', dialog, title);
      await dialog.locator('#save').click();
      await dialog.locator('#msg p').waitFor();
      await scan('settings: saved', dialog);
    }
    expect(await dialog.evaluate(() => document.documentElement.lang)).toBe(lang);
    await dialog.locator('#close').click();
    await page.locator('#modal').waitFor({ state: 'hidden' });
    expect(found).toEqual({});
  });

  it('the import preview of deadlines the reader cannot read: its explanations in the document’s language', async () => {
    const text = [
      '№\tМероприятие\tСрок\tОтветственные',
      '1\tАнкетирование родителей\tпосле утверждения программы\tЗаведующий',
      '2\tСовещание\tв конце квартала хх\tЗаведующий',
      '3\tОтчёт\t15 мая\tЗаведующий',
    ].join('\n');
    await page.click('#menu button[data-fn="menuImport"]');
    const dialog = await frameOf(page, '#mframe');
    await dialog.locator('#paste').fill(text);
    await dialog.locator('#show').click();
    await dialog.locator('#preview:not([hidden])').waitFor();
    await dialog.evaluate(() => {
      for (const d of Array.from(document.querySelectorAll('details'))) d.open = true;
    });
    const shown = await interfaceText(dialog);
    // The three explanations are there (in either language: the reader's templates), and nothing else of the other language.
    expect(shown).toContain(
      lang === 'en' ? 'The deadline could not be read: «в конце квартала хх»' : 'Не удалось прочитать срок',
    );
    const words = foreignWords(shown, lang, [...dataOf(pg), ...text.split(/[\t\n]/), 'Отчёт']);
    if (words.length) found['import: deadline problems'] = words;
    await dialog.locator('#close').click();
    await page.locator('#modal').waitFor({ state: 'hidden' });
    expect(found).toEqual({});
  });

  it('«Распознать таблицу на этом листе»: the import dialog opened on a sheet', async () => {
    pg.selectSheet('Сотрудники');
    await page.click('#menu button[data-fn="menuConvertSheet"]');
    const dialog = await frameOf(page, '#mframe');
    await dialog.locator('#preview:not([hidden]), #error:not([hidden])').first().waitFor();
    await scan('convert: preview', dialog, (await page.locator('#mtitle').textContent()) ?? '');
    await dialog.locator('#close').click();
    expect(found).toEqual({});
  });

  it('the alerts and toasts of «Заполнить из плана», «Проверить список…», «Включить напоминания», «Отчёты → Обновить»', () => {
    // The spreadsheet's time zone is a name, not a word (it stands in «Включить напоминания»).
    const data = [...dataOf(pg), pg.addon.emu.book.wb.timeZone];
    for (const fn of ['menuStaffFromPlan', 'menuStaffCheck', 'menuRemindersOn', 'menuReports']) {
      const r = pg.menu(fn);
      expect(r.ok).toBe(true);
      const said = r.ui.filter((e) => e.kind === 'alert' || e.kind === 'toast');
      expect(said.length).toBeGreaterThan(0);
      // Every line, the staff list's row messages («  • Row 5: …», src/core/people/staff-check.ts) too.
      const text = said.map((e) => `${e.title}\n${e.text}`).join('\n');
      const words = foreignWords(text, lang, data);
      if (words.length) found[fn] = words;
    }
    expect(found).toEqual({});
  });

  it('the page of an e-mail link: its headings, cards and calendar block', async () => {
    const emu = pg.addon.emu;
    emu.deployWebApp();
    const mails = pg.run('remindersPreview', [{ date: '2021-02-01' }]).value as { htmlBody: string }[];
    const token = mails.map((m) => /\?t=([A-Za-z0-9_.-]+)"/.exec(m.htmlBody)?.[1]).find(Boolean);
    expect(token).toBeTruthy();
    const html = (emu.webGet(`t=${token}`) as GoogleAppsScript.HTML.HtmlOutput).getContent();
    const ctx = await (await browser()).newContext({ locale: OTHER[lang] });
    try {
      const web = await ctx.newPage();
      await web.setContent(html);
      await web.locator('article[data-id]').first().waitFor();
      const words = foreignWords(await interfaceText(web.mainFrame()), lang, dataOf(pg));
      expect(words).toEqual([]);
      expect(await web.evaluate(() => document.documentElement.lang)).toBe(lang);
    } finally {
      await ctx.close();
    }
  });

  it('«Кто вы?»: the sidebar of someone Google gives no address', async () => {
    const fake = createFakeServer({
      activities: [activity('a1', { title: 'Анкетирование родителей' })],
      staff: [
        {
          name: 'Смирнова Ольга Петровна',
          email: 'o.smirnova@dou.example',
          positions: ['воспитатель'],
          groups: [],
          aliases: [],
          active: true,
        },
      ],
      today: '2025-03-28',
      activeEmail: '',
      language: lang,
    });
    const o = await openWithServer((await buildSidebarHtml()) + languageMarker(lang), fake, { locale: OTHER[lang] });
    try {
      await o.page.locator('select').waitFor();
      const words = foreignWords(await interfaceText(o.page.mainFrame()), lang, ['Смирнова Ольга Петровна']);
      expect(words).toEqual([]);
    } finally {
      await o.close();
    }
  });
});
