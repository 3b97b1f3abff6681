/**
 * The playground's grid (tools/playground/page/grid.ts, the function the page draws from) against
 * the emulator's display values, cell by cell, for every tab of every example plan after a
 * reports refresh: every visible cell is drawn once, under its own column, with the sheet's text,
 * and only left-aligned text runs over its empty neighbours (a number or date never does).
 */
import type { SheetSnapshot } from '../../tools/emulator';
import { parseA1 } from '../../tools/emulator/a1';
import { a1Of, drawGrid, MARGIN } from '../../tools/playground/page/grid';
import { SEEDS, seeded } from '../gas/helpers';

const tabs: Array<[string, SheetSnapshot]> = [];
beforeAll(() => {
  for (const seed of SEEDS) {
    const addon = seeded(seed, { now: '2021-03-01T06:00:00Z' });
    addon.emu.runMenuItem('menuReports');
    for (const s of addon.emu.snapshot().sheets) tabs.push([`${seed} / ${s.name}`, s]);
  }
}, 60_000);

test('every tab of every seed is drawn', () => {
  const names = new Set(tabs.map(([, s]) => s.name));
  for (const n of ['План', 'Сотрудники', 'Журнал', 'Отчёт: Сводка', 'Отчёт: Календарь']) expect(names).toContain(n);
  expect(tabs.length).toBeGreaterThanOrEqual(SEEDS.length * 8);
});

test('each visible cell is drawn once, under its own column, with the text the sheet shows', () => {
  const problems: string[] = [];
  for (const [name, s] of tabs) {
    const g = drawGrid(s);
    const drawn = new Map<string, string>();
    for (const row of g.rows)
      for (const cell of row.cells) {
        const key = `${cell.r}:${cell.c}`;
        if (drawn.has(key)) problems.push(`${name} ${key} drawn twice`);
        drawn.set(key, cell.text);
      }
    const covered = new Set<string>();
    for (const m of s.merges) {
      const g1 = parseA1(m, s.maxRows, s.maxColumns);
      for (let i = 0; i < g1.numRows!; i++)
        for (let j = 0; j < g1.numCols!; j++) if (i || j) covered.add(`${g1.row - 1 + i}:${g1.col - 1 + j}`);
    }
    for (const [r, row] of s.displayValues.entries())
      for (const [c, text] of row.entries()) {
        const key = `${r}:${c}`;
        const where = `${name}!${a1Of(r, c)}`;
        if (s.hiddenColumns[c] || covered.has(key)) {
          if (drawn.has(key)) problems.push(`${where}: hidden or merged, but drawn`);
        } else if (drawn.get(key) !== text) problems.push(`${where}: drawn «${drawn.get(key)}», sheet shows «${text}»`);
      }
    // The margin past the data is drawn empty, so a new row can be typed.
    const rows = Math.min(s.maxRows, Math.max(s.displayValues.length + MARGIN.rows, MARGIN.minRows));
    if (g.rows.length !== rows) problems.push(`${name}: ${g.rows.length} rows drawn, ${rows} expected`);
  }
  expect(problems).toEqual([]);
});

test('numbers and dates stay in their column; text runs over empty cells up to the next filled one', () => {
  let spilled = 0;
  let numbers = 0;
  for (const [name, s] of tabs) {
    const g = drawGrid(s);
    for (const row of g.rows)
      for (const cell of row.cells) {
        const raw = s.values[cell.r]?.[cell.c];
        if (typeof raw === 'number' && cell.text) {
          numbers++;
          expect(`${name}!R${cell.r + 1}C${cell.c + 1} ${cell.align} ${cell.spillPx}`).toBe(
            `${name}!R${cell.r + 1}C${cell.c + 1} ${s.horizontalAlignments[cell.r][cell.c] ?? 'right'} null`,
          );
        }
        if (cell.spillPx === null) continue;
        spilled++;
        expect(cell.align).toBe('left');
        expect(cell.wrap).toBe(false);
        // The run ends before the next filled cell: the widths it covers are its own and empty ones.
        let w = 0;
        let k = cell.c;
        while (w < cell.spillPx) {
          if (!s.hiddenColumns[k]) w += s.columnWidths[k];
          if (k > cell.c) expect(s.displayValues[cell.r][k] ?? '').toBe('');
          k++;
        }
        expect(w).toBe(cell.spillPx);
      }
  }
  expect(numbers).toBeGreaterThan(100);
  expect(spilled).toBeGreaterThan(10);
});
