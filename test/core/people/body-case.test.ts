import { isNameForm, nominativeBody } from '../../../src/core/people/body-case';
import { proposeStaff } from '../../../src/core/people/propose';
import { createResolver } from '../../../src/core/people/resolve';

describe('the name form of a group or body named in another case (issue 16)', () => {
  it.each([
    // группа, комиссия, совет, служба, команда, объединение — genitive, dative, instrumental, prepositional
    ['экспертной группы ВСОКО', 'экспертная группа ВСОКО'],
    ['Рабочей группе по ВСОКО', 'Рабочая группа по ВСОКО'],
    ['рабочей группой по ВСОКО', 'рабочая группа по ВСОКО'],
    ['аттестационной комиссии', 'аттестационная комиссия'],
    ['аттестационной комиссией', 'аттестационная комиссия'],
    ['педагогического совета', 'педагогический совет'],
    ['Педагогическому совету', 'Педагогический совет'],
    ['педагогическим советом', 'педагогический совет'],
    ['управляющего совета', 'управляющий совет'],
    ['Совета родителей', 'Совет родителей'],
    ['методической службы', 'методическая служба'],
    ['школьной службе медиации', 'школьная служба медиации'],
    ['творческой команды', 'творческая команда'],
    ['творческой командой', 'творческая команда'],
    ['методическому объединению', 'методическое объединение'],
    ['методического объединения учителей', 'методическое объединение учителей'],
  ])('%s → %s', (phrase, nom) => {
    expect(nominativeBody(phrase)).toBe(nom);
    expect(isNameForm(nom)).toBe(true);
    expect(isNameForm(phrase)).toBe(false);
  });

  it.each(['Экспертная группа ВСОКО', 'рабочие группы', 'Педагогический совет', 'группы ВСОКО', 'Отдел образования'])(
    'keeps %s as written (already a name form, a plural, or nothing shows the case)',
    (phrase) => expect(nominativeBody(phrase)).toBe(phrase),
  );

  it('«Заполнить из плана» adds the group in its name form, the plan’s own spelling when it has one', () => {
    expect(proposeStaff(['Члены экспертной группы ВСОКО'], []).map((r) => r.groups)).toEqual([
      ['Экспертная группа ВСОКО'],
    ]);
    // The nominative occurs later in the plan: that spelling, not a built one.
    const rows = proposeStaff(['Члены комиссии по охране труда', 'Комиссия по охране труда'], []);
    expect(rows.map((r) => r.groups)).toEqual([['Комиссия по охране труда']]);
  });

  it('the row added that way resolves every case form of the plan', () => {
    const [row] = proposeStaff(['Члены экспертной группы ВСОКО'], []);
    const resolve = createResolver([
      { name: 'Иванова Анна Петровна', positions: [], email: 'a@x.ru', groups: row.groups, aliases: [], active: true },
    ]);
    for (const text of ['Члены экспертной группы ВСОКО', 'Экспертная группа ВСОКО'])
      expect(resolve(text).people.map((p) => p.email)).toEqual(['a@x.ru']);
  });
});
