/**
 * Property suite over the .docx reader (fixed seed, bounded count; the same generators run longer
 * and timed in `npm run bench -- --hostile-docx`):
 * - mutated seed files: the reader (and the table pick) reads them or refuses them with a
 *   UserError — nothing else is ever thrown;
 * - generated valid documents read without a warning and lose no word: every word of every cell
 *   is in the read grid at the cell's column, every word around the tables in before/between/after.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { generatedDocx, lostWords, mutatedSeed, readOutcome, seedEntries } from './fuzz-docx';

jest.setTimeout(120_000);

const SEEDS = join(__dirname, '../../fixtures/seeds/docx');
const seeds = seedEntries(readdirSync(SEEDS).map((f) => new Uint8Array(readFileSync(join(SEEDS, f)))));

describe('.docx reader under fuzzing', () => {
  it('mutated seeds: read, or refused with a UserError', () => {
    fc.assert(
      fc.property(mutatedSeed(seeds), (bytes) => {
        readOutcome(bytes);
      }),
      { seed: 14_3, numRuns: 100 },
    );
  });

  it('generated documents: read, no warning, no word lost', () => {
    fc.assert(
      fc.property(generatedDocx, (gen) => {
        const got = readOutcome(gen.bytes);
        expect(got.kind === 'read' ? got.doc.warnings : got.code).toEqual([]);
        if (got.kind === 'read') expect(lostWords(gen, got.doc)).toEqual([]);
      }),
      { seed: 14_3, numRuns: 200 },
    );
  });
});
