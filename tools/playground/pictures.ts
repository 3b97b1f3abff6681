/**
 * The README's pictures, made the way a person would see them (run by hand; needs Chromium at
 * /usr/bin/chromium, LibreOffice's `soffice` and Ghostscript's `gs`, none of them dependencies):
 *
 *   npx tsx tools/playground/pictures.ts [outDir=docs/img]
 *
 * - playground.png, playground-charts.png: the playground page in Chromium (school plan, reminders
 *   on, the daily trigger fired, a status typed into the План tab, the director's sidebar; the
 *   Сводка tab with its charts);
 * - report-summary.png, report-calendar.png: «Скачать .xlsx» opened in LibreOffice (converted to
 *   PDF, rendered by Ghostscript, cropped to the sheet).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { workbookToXlsx } from '../export/xlsx';
import { Playground } from './playground';
import { startServer } from './server';

const SEED = 'plan-school-vsoko-2020';
const DIRECTOR = 'director@internat3.example.org';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/** Types `value` into the Статус cell of the first plan row still «Не начато», as a person would. */
async function typeStatus(page: Page, pg: Playground, value: string): Promise<void> {
  const plan = pg.state().workbook.sheets.find((s) => s.name === 'План')!;
  const col = plan.displayValues[0].indexOf('Статус');
  const row = plan.displayValues.findIndex((r, i) => i > 0 && r[col] === 'Не начато');
  await page.locator('#tabs button[data-sheet="План"]').click();
  await page.locator(`#grid td[data-r="${row}"][data-c="${col}"]`).click();
  await page.keyboard.press('Enter');
  await page.locator('#editor').fill(value);
  await page.keyboard.press('Enter');
  await page.locator(`#grid td[data-r="${row}"][data-c="${col}"]`, { hasText: value }).waitFor();
}

async function pagePictures(browser: Browser, out: string): Promise<void> {
  const pg = new Playground();
  pg.loadSeed(SEED);
  const server = await startServer(pg, 0);
  try {
    const ctx = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1440, height: 900 } });
    const page = await ctx.newPage();
    await page.goto(`http://127.0.0.1:${server.port}/`);
    await page.locator('#menu button[data-fn="menuRemindersOn"]').click();
    await page.locator('#notes .alert', { hasText: 'Напоминания включены' }).waitFor();
    await page.locator('#notes .alert button').click();
    await page.selectOption('#user', DIRECTOR);
    await typeStatus(page, pg, 'Выполнено');
    await page.fill('#date', '2020-02-03');
    await page.fill('#clock-time', '08:00');
    await page.click('#go');
    await page.locator('#today', { hasText: '03.02.2020' }).waitFor();
    await page.click('#trigger');
    await page.locator('#notes .toast').waitFor();
    await page.click('#menu button[data-fn="menuReports"]');
    await page.click('#menu button[data-fn="menuSidebar"]');
    await page.frameLocator('#sframe').locator('article[data-id]').first().waitFor();
    await page.locator('#tabs button[data-sheet="План"]').click();
    await page.waitForTimeout(6500); // the toasts fade
    // From «Ответственные» on: who, the deadline as written and as dates, the status typed, its date.
    await page.evaluate(() => {
      const th = Array.from(document.querySelectorAll<HTMLElement>('#grid thead th')).find(
        (x) => x.textContent === 'I',
      );
      document.getElementById('grid')!.scrollLeft = (th?.offsetLeft ?? 40) - 40;
    });
    await page.screenshot({ path: join(out, 'playground.png') });

    await page.setViewportSize({ width: 1900, height: 1150 });
    await page.locator('#tabs button[data-sheet="Отчёт: Сводка"]').click();
    await page.locator('.chart-box svg[data-kind="bar"]').waitFor();
    await page.screenshot({ path: join(out, 'playground-charts.png') });
    await ctx.close();
  } finally {
    await server.close();
  }
}

/** The non-white part of a PNG (a rendered PDF page), as a PNG, cut in the browser's canvas. */
async function cropToContent(browser: Browser, png: Buffer): Promise<Buffer> {
  const page = await browser.newPage();
  const data = await page.evaluate(
    async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const c = document.createElement('canvas');
      [c.width, c.height] = [img.naturalWidth, img.naturalHeight];
      const g = c.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, c.width, c.height).data;
      let [x1, y1, x2, y2] = [c.width, c.height, 0, 0];
      for (let y = 0; y < c.height; y++)
        for (let x = 0; x < c.width; x++) {
          const k = (y * c.width + x) * 4;
          if (d[k] < 245 || d[k + 1] < 245 || d[k + 2] < 245)
            [x1, y1, x2, y2] = [Math.min(x1, x), Math.min(y1, y), Math.max(x2, x), Math.max(y2, y)];
        }
      const out = document.createElement('canvas');
      [out.width, out.height] = [x2 - x1 + 9, y2 - y1 + 9];
      out.getContext('2d')!.drawImage(c, x1 - 4, y1 - 4, out.width, out.height, 0, 0, out.width, out.height);
      return out.toDataURL('image/png');
    },
    `data:image/png;base64,${png.toString('base64')}`,
  );
  await page.close();
  return Buffer.from(data.replace(/^data:image\/png;base64,/, ''), 'base64');
}

async function libreOfficePictures(browser: Browser, out: string): Promise<void> {
  const pg = new Playground();
  pg.loadSeed(SEED);
  // Three activities done in January, then the clock on to mid-April.
  const plan = pg.state().workbook.sheets.find((s) => s.name === 'План')!;
  const col = plan.displayValues[0].indexOf('Статус');
  const a1 = (row: number) => `${String.fromCharCode(65 + col)}${row + 1}`;
  pg.setUser(DIRECTOR);
  for (const row of [1, 2, 4]) pg.edit('План', a1(row), 'Выполнено');
  pg.setDate('2020-04-15', '09:00');
  pg.menu('menuReports');
  const snap = pg.addon.emu.snapshot();
  const dir = mkdtempSync(join(tmpdir(), 'plan-grafik-pictures-'));
  for (const [tab, file] of [
    ['Отчёт: Сводка', 'report-summary.png'],
    ['Отчёт: Календарь', 'report-calendar.png'],
  ]) {
    const one = { ...snap, activeSheet: tab, sheets: snap.sheets.filter((s) => s.name === tab) };
    const xlsx = join(dir, 'report.xlsx');
    writeFileSync(xlsx, await workbookToXlsx(one, { today: pg.today() }));
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], { stdio: 'ignore' });
    const png = join(dir, 'report.png');
    execFileSync('gs', [
      '-q',
      '-sDEVICE=png16m',
      '-r150',
      '-dFirstPage=1',
      '-dLastPage=1',
      '-o',
      png,
      join(dir, 'report.pdf'),
    ]);
    writeFileSync(join(out, file), await cropToContent(browser, readFileSync(png)));
  }
}

if (require.main === module) {
  const out = process.argv[2] ?? join(__dirname, '../../docs/img');
  (async () => {
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
    try {
      await pagePictures(browser, out);
      await libreOfficePictures(browser, out);
    } finally {
      await browser.close();
    }
    process.stdout.write(`pictures written to ${out}\n`);
  })().catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : e}\n`);
    process.exit(1);
  });
}
