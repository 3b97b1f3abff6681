/**
 * The drawn grid in Chromium against the emulator, cell by cell, for every tab of every example
 * plan (reports refreshed): each cell's text is the sheet's display value, and where it is SEEN —
 * the visible box of its text — starts inside the column whose letter is above it (and, unless it
 * runs over empty neighbours, ends inside it). A drawing that puts a number under the wrong
 * column letter fails here even when the DOM order of the cells is right.
 */
import type { Page } from 'playwright-core';
import { Playground } from '../../tools/playground/playground';
import { startServer } from '../../tools/playground/server';
import { SEEDS } from '../gas/helpers';
import { browser, closeBrowser } from './harness';

jest.setTimeout(180_000);

let server: { port: number; close: () => Promise<void> };
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  const pg = new Playground();
  pg.loadSeed(SEEDS[0]);
  server = await startServer(pg, 0);
  const b = await browser();
  const ctx = await b.newContext({ locale: 'ru-RU', viewport: { width: 1400, height: 900 } });
  page = await ctx.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`http://127.0.0.1:${server.port}/`);
  await page.locator('#menu button[data-fn="menuReports"]').waitFor();
});

afterAll(async () => {
  await closeBrowser();
  await server?.close();
});

/** Runs in the page: every mismatch between the drawn table and the sheet's display values. */
function compareDrawn(shown: string[][]): string[] {
  const out: string[] = [];
  const table = document.querySelector('#grid table.sheet') as HTMLTableElement;
  const letters = new Map<number, DOMRect>();
  for (const th of Array.from(table.querySelectorAll<HTMLElement>('thead th[data-c]')))
    letters.set(Number(th.dataset.c), th.getBoundingClientRect());
  const seen = new Set<string>();
  for (const td of Array.from(table.querySelectorAll<HTMLTableCellElement>('tbody td[data-c]'))) {
    const r = Number(td.dataset.r);
    const c = Number(td.dataset.c);
    const where = `R${r + 1}C${c + 1}`;
    seen.add(`${r}:${c}`);
    const want = shown[r]?.[c] ?? '';
    const got = td.textContent ?? '';
    if (got !== want) out.push(`${where}: drawn «${got}», sheet shows «${want}»`);
    if (!got.trim() || td.closest('tr')?.style.display === 'none') continue;
    const column = letters.get(c);
    if (!column) {
      out.push(`${where}: no column letter above it`);
      continue;
    }
    // The visible part of the text: its layout box clipped by the box that cuts it off.
    const clip = (td.querySelector('.spill-text') as HTMLElement | null) ?? td;
    const range = document.createRange();
    range.selectNodeContents(clip);
    const t = range.getBoundingClientRect();
    const k = clip.getBoundingClientRect();
    const left = Math.max(t.left, k.left);
    const right = Math.min(t.right, k.right);
    const span = td.colSpan > 1 ? letters.get(c + td.colSpan - 1) : column;
    const cellRight = Math.max(column.right, span?.right ?? column.right);
    if (right <= left) out.push(`${where}: «${got}» is not visible`);
    else if (left < column.left - 1 || left >= column.right)
      out.push(
        `${where}: «${got}» is seen at x=${left.toFixed(0)}, outside its column ${column.left.toFixed(0)}–${column.right.toFixed(0)}`,
      );
    else if (!clip.classList.contains('spill-text') && right > cellRight + 1)
      out.push(`${where}: «${got}» runs past its cell`);
  }
  return out.concat(seen.size ? [] : ['nothing drawn']);
}

test.each(SEEDS)('%s: every tab drawn as the sheet shows it', async (seed) => {
  await page.selectOption('#seed', seed);
  await page.waitForFunction((s) => (document.getElementById('seed') as HTMLSelectElement).value === s, seed);
  await page.locator('#tabs button[data-sheet="План"].active').waitFor();
  await page.click('#menu button[data-fn="menuReports"]');
  await page.locator('#tabs button[data-sheet="Отчёт: Сводка"]').waitFor();
  const state = await page.evaluate(() => fetch('/api/state').then((r) => r.json()));
  const sheets = state.workbook.sheets as Array<{ name: string; hidden: boolean; displayValues: string[][] }>;
  expect(sheets.length).toBeGreaterThanOrEqual(8);
  for (const s of sheets) {
    await page.locator(`#tabs button[data-sheet="${s.name}"]`).click();
    await page.locator(`#grid table.sheet[data-sheet="${s.name}"]`).waitFor();
    const problems = await page.evaluate(compareDrawn, s.displayValues);
    expect(`${seed} / ${s.name}: ${problems.slice(0, 10).join('\n')}`).toBe(`${seed} / ${s.name}: `);
  }
  expect(pageErrors).toEqual([]);
});
