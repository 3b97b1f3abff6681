import { OPENING_ADJECTIVES, ORG_HEADS, PLURAL_ROLES, SINGULAR_ROLES } from '../../../src/core/people/lexicon';

describe('the lexicon’s lists', () => {
  it('write a word’s forms once as stem{ending,…}: every form is a word of the list, the braces are not', () => {
    expect([...OPENING_ADJECTIVES].filter((w) => w.startsWith('старш')).sort()).toEqual([
      'старшая',
      'старшие',
      'старший',
    ]);
    // An empty ending is the stem itself.
    expect(ORG_HEADS.has('отдел')).toBe(true);
    expect(ORG_HEADS.has('отделы')).toBe(true);
    expect(SINGULAR_ROLES.has('заведующая')).toBe(true);
    for (const list of [OPENING_ADJECTIVES, ORG_HEADS, PLURAL_ROLES, SINGULAR_ROLES])
      for (const w of list) expect(w).toMatch(/^[а-яa-z.-]+$/);
  });
});
