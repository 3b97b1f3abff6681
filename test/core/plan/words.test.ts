/**
 * No word lost, nothing thrown but a UserError: a property over random pasted plans (the text
 * reader and the builder together), with a fixed seed and a bounded count. The bench runs the
 * same generator with more cases and their timings (tools/bench/big-import.ts).
 */
import fc from 'fast-check';
import { isUserError } from '../../../src/core/errors';
import { buildPlan } from '../../../src/core/plan/build';
import { keepLeftovers } from '../../../src/core/plan/import-docx';
import { importText } from '../../../src/core/plan/import-text';
import type { PlanImport } from '../../../src/core/plan/types';
import { inputWords, outputWords, randomPlan } from './random-plans';

describe('random plans', () => {
  it('lose no word and throw nothing but a UserError', () => {
    fc.assert(
      fc.property(randomPlan(), ({ text }) => {
        let plan: PlanImport;
        try {
          plan = importText(text);
        } catch (e) {
          if (isUserError(e)) return true;
          throw e;
        }
        const have = outputWords(plan);
        const lost = [...inputWords(text)].filter((w) => !have.has(w));
        expect({ text, lost }).toEqual({ text, lost: [] });
        return true;
      }),
      { seed: 20250719, numRuns: 200 },
    );
  });

  it('keep a second, empty heading with the text of one already used (14 §5)', () => {
    const plan = importText(
      ['Мероприятие\tСрок\tОтветственный', 'ЯНВАРЬ', 'Собрание\t10.01.2021\tДиректор', 'ЯНВАРЬ'].join('\n'),
    );
    expect(plan.activities).toHaveLength(1);
    expect(plan.unrecognized).toEqual(['ЯНВАРЬ']);
  });
});

describe('keepLeftovers on a huge cell', () => {
  // push(...lines) overflows V8's stack from about 150,000 arguments: 200,000 lines would have thrown
  it('reads a cell of 200,000 lines without overflowing the call stack', () => {
    const cell = Array.from({ length: 200_000 }, (_, i) => `строка ${i % 7}`).join('\n');
    const doc = {
      before: [],
      tables: [
        {
          rows: [
            { cells: [{ text: 'Мероприятие' }, { text: 'Срок' }] },
            { cells: [{ text: cell }, { text: 'май 2021' }] },
          ],
        },
      ],
      after: [],
      format: 'docx' as const,
    };
    expect(() => keepLeftovers(buildPlan(doc), doc)).not.toThrow();
  });
});
