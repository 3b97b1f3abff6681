/**
 * Each seed plan imports to the same activities from its .docx as from its text version: the same
 * count, the same numbers (as Word shows them; a trailing dot ignored), and per activity the same
 * deadline text and responsible text, compared by words. The .docx gets these from Word itself
 * (merged cells, automatic numbering); the text version from what the builder infers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocx } from '../../../src/core/docx/read';
import { buildPlan } from '../../../src/core/plan/build';
import { importText } from '../../../src/core/plan/import-text';

const SEEDS = join(__dirname, '../../fixtures/seeds');
const words = (s: string | null | undefined) =>
  (
    String(s ?? '')
      .toLowerCase()
      .replace(/ё/g, 'е')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).join(' ');
const num = (n: string | null) => (n ?? '').trim().replace(/\.$/, '');

describe.each(['plan-dou-vsoko-2021', 'plan-school-vsoko-2020', 'plan-orsk-mkdo-2020', 'roadmap-okhansk-2021-2024'])(
  '%s: .docx and .txt import alike',
  (name) => {
    const fromText = importText(readFileSync(join(SEEDS, `${name}.txt`), 'utf8'));
    const fromDocx = buildPlan(readDocx(new Uint8Array(readFileSync(join(SEEDS, 'docx', `${name}.docx`)))));

    it('has the same number of activities', () => {
      expect(fromDocx.activities.length).toBe(fromText.activities.length);
    });

    it('has the same numbers', () => {
      expect(fromDocx.activities.map((a) => num(a.number))).toEqual(fromText.activities.map((a) => num(a.number)));
    });

    it('has the same deadline and responsible text per activity', () => {
      const pick = (p: typeof fromText) =>
        p.activities.map((a) => ({ deadline: words(a.deadline.text), responsible: words(a.responsible) }));
      expect(pick(fromDocx)).toEqual(pick(fromText));
    });
  },
);
