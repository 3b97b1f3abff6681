/**
 * Every tiny hostile .docx (test/core/docx/hostile-docx.ts) gets a Russian UserError naming the
 * limit it passed, or reads cleanly (values clamped with a warning) — never a hang, an English
 * RangeError or memory exhaustion. How long each takes is in `npm run bench -- --hostile-docx`.
 */
import { pickPlanTables } from '../../../src/core/docx/pick';
import { type DocxDocument, readDocx } from '../../../src/core/docx/read';
import { isUserError, type UserError } from '../../../src/core/errors';
import { HOSTILE_DOCX } from './hostile-docx';

jest.setTimeout(120_000);

function outcome(bytes: Uint8Array): DocxDocument | UserError {
  try {
    return readDocx(bytes);
  } catch (e) {
    if (isUserError(e)) return e;
    throw e;
  }
}

describe.each(HOSTILE_DOCX.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  it(c.expect === 'read' ? 'reads' : `is refused: ${c.expect}`, () => {
    const bytes = c.make();
    const got = outcome(bytes);
    if (c.expect === 'read') {
      expect(isUserError(got) ? got.code : 'read').toBe('read');
      const doc = got as DocxDocument;
      expect(doc.tables.length).toBeGreaterThan(0);
      // The one table the builder is given stays a rectangle no wider than a Word table.
      const widths = new Set(pickPlanTables(doc).tables[0].rows.map((r) => r.cells.length));
      expect(widths.size).toBe(1);
      expect([...widths][0]).toBeLessThanOrEqual(63);
      const codes = doc.warnings.map((w) => w.code);
      if (c.warning) expect(codes).toContain(c.warning);
      for (const w of doc.warnings) {
        expect(w.message).toMatch(/[а-яё]/i);
        expect(w.en).toMatch(/^[\x20-\x7e…]+$/);
      }
    } else {
      const e = got as UserError;
      expect(isUserError(e) ? e.code : 'read').toBe(c.expect);
      expect(e.message).toMatch(/^[^a-z]*[А-ЯЁ]/);
      expect(e.en).toMatch(/^[A-Z]/);
    }
  });
});
