/**
 * The four seed plans as Word files read into grids that hold the words of their text versions
 * (compared loosely: words, not layout — the text versions were copied out of Word by hand).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocx } from '../../../src/core/docx/read';
import type { SourceDocument } from '../../../src/core/table/source';

const SEEDS = join(__dirname, '../../fixtures/seeds');
const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .match(/[\p{L}\p{N}]+/gu) ?? [];
const read = (name: string) => readDocx(new Uint8Array(readFileSync(join(SEEDS, 'docx', `${name}.docx`))));
const cellWords = (doc: SourceDocument) =>
  new Set(doc.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.flatMap((c) => words(c.text)))));
const allWords = (doc: SourceDocument) =>
  new Set([...cellWords(doc), ...words([...doc.before, ...doc.after].join(' '))]);

describe.each(['plan-dou-vsoko-2021', 'plan-school-vsoko-2020', 'plan-orsk-mkdo-2020', 'roadmap-okhansk-2021-2024'])(
  '%s.docx',
  (name) => {
    const doc = read(name);
    const txt = readFileSync(join(SEEDS, `${name}.txt`), 'utf8');
    const tabbed = txt.split('\n').filter((l) => l.includes('\t'));

    it('reads one table whose rows all have the same number of cells', () => {
      expect(doc.tables).toHaveLength(1);
      const widths = new Set(doc.tables[0].rows.map((r) => r.cells.length));
      expect(widths.size).toBe(1);
      expect([...widths][0]).toBe(tabbed[0].split('\t').length);
    });

    it("holds every word of the text version's table in its cells", () => {
      const have = cellWords(doc);
      // Numbers the text version shows ("1.1") come from Word's automatic numbering in the .docx.
      const missing = tabbed.flatMap((l) => words(l.replace(/<[^>]+>/g, ' '))).filter((w) => !have.has(w));
      expect(missing).toEqual([]);
    });

    it('holds every word of the whole text version somewhere (title, preamble, table)', () => {
      const have = allWords(doc);
      const missing = words(txt.replace(/<[^>]+>|\*\*/g, ' ')).filter((w) => !have.has(w));
      expect(missing).toEqual([]);
    });
  },
);

describe('seed specifics', () => {
  it('plan-dou: deadlines and responsibles merged over rows are repeated and marked', () => {
    const rows = read('plan-dou-vsoko-2021').tables[0].rows;
    const merged = rows.filter((r) => r.cells[2].merged);
    expect(merged.length).toBeGreaterThan(0);
    for (const r of merged) expect(r.cells[2].text).toMatch(/\d{2}\.\d{4}/);
    expect(rows[0].cells.every((c) => c.bold)).toBe(true);
  });

  it('roadmap: multi-level numbers as Word shows them, section rows spanning the table', () => {
    const rows = read('roadmap-okhansk-2021-2024').tables[0].rows;
    const numbers = rows.map((r) => r.cells[0].text.split(' ')[0]);
    expect(numbers.slice(1)).toEqual([
      '1.',
      '1.1.',
      '1.2.',
      '2.',
      '2.1.',
      '2.2.',
      '2.3.',
      '2.4.',
      '3.',
      '3.1.',
      '3.2.',
      '3.3.',
      '3.4.',
    ]);
    expect(rows[1].cells[0].span).toBe(5);
  });

  it('school: one list numbered down the № column', () => {
    const rows = read('plan-school-vsoko-2020').tables[0].rows;
    const numbers = rows.map((r) => r.cells[0].text).filter((t) => /^\d+\.$/.test(t));
    expect(numbers).toEqual(Array.from({ length: 10 }, (_, i) => `${i + 1}.`));
  });
});
