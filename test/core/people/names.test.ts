import { nameParts, normalizeName, sameName } from '../../../src/core/people/names';

describe('normalizeName', () => {
  it.each([
    ['Остапенко Н.М.', 'Остапенко Н.М.'],
    ['Н.М. Остапенко', 'Остапенко Н.М.'],
    ['Остапенко Наталья Михайловна', 'Остапенко Н.М.'],
    ['Остапенко Н. М.', 'Остапенко Н.М.'],
    ['/С.В.Маслова', 'Маслова С.В.'],
    ['С. В. Маслова', 'Маслова С.В.'],
    ['Макулбекова А.Е', 'Макулбекова А.Е.'],
    ['Жуандык С.', 'Жуандык С.'],
    ['ЛЛобанов С.В.', 'Лобанов С.В.'],
    ['Бекбутаева Айдана', 'Бекбутаева А.'],
    ['Салтыков-Щедрин М.Е.', 'Салтыков-Щедрин М.Е.'],
    ['Маннын-оол М.М.', 'Маннын-оол М.М.'],
    ['Калита B.C.', 'Калита В.С.'],
  ])('%s → %s', (input, want) => {
    expect(normalizeName(input)).toBe(want);
  });

  it('is null for what is not a name', () => {
    expect(normalizeName('Рабочая группа по ВСОКО')).toBeNull();
    expect(normalizeName('Иванов Петров Сидоров')).toBeNull();
    expect(normalizeName('')).toBeNull();
    expect(normalizeName('Военно-патриотический')).toBeNull();
  });
});

describe('sameName', () => {
  const p = (s: string) => nameParts(s)!;
  it('matches initials with the full name, ё with е', () => {
    expect(sameName(p('Ковалева И.С.'), p('Ковалёва Ирина Сергеевна'))).toBe(true);
    expect(sameName(p('Бекбутаева А.'), p('Бекбутаева Айдана Нурлановна'))).toBe(true);
    expect(sameName(p('Остапенко'), p('Остапенко Наталья Михайловна'))).toBe(true);
  });
  it('tells different initials apart', () => {
    expect(sameName(p('Сорокин С.И.'), p('Сорокин С.Ю.'))).toBe(false);
    expect(sameName(p('Иванов И.И.'), p('Петров И.И.'))).toBe(false);
  });
});
