import fc from 'fast-check';
import { cutText, fitJson, PROPERTY_BUDGET_BYTES, utf8Bytes } from '../../../src/core/limits/property-size';

describe('property sizes', () => {
  it('counts UTF-8 bytes as Apps Script does (Cyrillic 2, emoji 4)', () => {
    for (const s of ['', 'abc', 'Журнал', '😀 план', '\u0800'])
      expect(utf8Bytes(s)).toBe(new TextEncoder().encode(s).length);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => utf8Bytes(s) === new TextEncoder().encode(s).length),
      {
        seed: 3,
        numRuns: 300,
      },
    );
  });

  it('cuts text at a length with «…», never inside a surrogate pair', () => {
    expect(cutText('короткий', 20)).toBe('короткий');
    expect(cutText('абвгдеёжз', 5)).toBe('абвг…');
    const cut = cutText('ab😀cd', 4);
    expect(cut).toBe('ab…');
  });

  it('fits any value within the budget, keeping numbers and keys', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ to: fc.string({ maxLength: 200 }), error: fc.string({ unit: 'grapheme', maxLength: 400 }) }),
          {
            maxLength: 300,
          },
        ),
        fc.nat(),
        (failed, emails) => {
          const json = fitJson({ emails, failed, message: 'Отправлено'.repeat(500) });
          expect(utf8Bytes(json)).toBeLessThanOrEqual(PROPERTY_BUDGET_BYTES);
          const v = JSON.parse(json);
          expect(v.emails).toBe(emails);
          expect(Array.isArray(v.failed)).toBe(true);
        },
      ),
      { seed: 7, numRuns: 100 },
    );
    expect(fitJson({ a: 1 })).toBe('{"a":1}');
  });
});
