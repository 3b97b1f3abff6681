import fc from 'fast-check';
import { shorten } from '../../src/core/shorten';

describe('shorten (issue 16: preview warnings were cut mid-word, «…мониторинга качес»)', () => {
  it('cuts at a word boundary and marks the cut with «…»', () => {
    const title = 'Разработка и утверждение комплексной системы показателей мониторинга качества образования';
    expect(shorten(title, 60)).toBe('Разработка и утверждение комплексной системы показателей…');
    expect(shorten('Короткое название', 60)).toBe('Короткое название');
  });

  it('never cuts inside a word, never grows past the limit, keeps a text that fits', () => {
    const word = fc.stringMatching(/^[а-яё]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.integer({ min: 10, max: 80 }), (words, max) => {
        const text = words.join(' ');
        const out = shorten(text, max);
        expect(out.length).toBeLessThanOrEqual(Math.max(max, text.length <= max ? text.length : 0));
        if (text.length <= max) return expect(out).toBe(text);
        expect(out.endsWith('…')).toBe(true);
        const kept = out.slice(0, -1);
        // A whole-word prefix, unless the first word alone does not fit.
        if (words[0].length < max - 1) expect(text.startsWith(kept) && text[kept.length] === ' ').toBe(true);
      }),
    );
  });
});
