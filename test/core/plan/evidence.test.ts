import {
  columnEvidence,
  isDateCell,
  isNumberCell,
  peopleShare,
  sample,
  titleScore,
} from '../../../src/core/plan/evidence';

describe('column evidence', () => {
  it.each(['01.09.2021', 'сентябрь 2021', 'в течение года', 'до 15.04', 'Ежегодно', 'I квартал 2022'])(
    '%s reads as a date',
    (t) => {
      expect(isDateCell(t)).toBe(1);
    },
  );
  it.each([
    'Собрание коллектива',
    'Учащиеся 1-11 классов',
    '',
    'Подготовка к 1 сентября праздничной линейки и концерта для родителей',
  ])('%s is no date', (t) => {
    expect(isDateCell(t)).toBe(0);
  });
  it('counts day numbers alone as half a date (they are classes too)', () => {
    expect(isDateCell('1-10')).toBe(0.5);
  });
  it('tells numbers', () => {
    expect(['1', '2.', '1.2.3', 'IV', '№ 5'].every(isNumberCell)).toBe(true);
    expect(['2021 год', 'Собрание', '1-11'].some(isNumberCell)).toBe(false);
  });
  it.each([
    ['Дроздова Н.М.', 1],
    ['Зам. директора по ВР, классные руководители', 1],
    ['Музыкальный руководитель Воспитатели групп', 1],
    ['Управление образования', 1],
    ['ГИБДД', 1],
    ['Классные часы «История образования»', 0],
    ['Подведение итогов движения учебного фонда', 0],
  ])('people in «%s»: %s', (t, share) => {
    expect(peopleShare(t)).toBe(share);
  });
  it('scores a full, varied, long column as the activity column and a repeated short one low', () => {
    const rows = [
      ['Собрание трудового коллектива', 'Этап 1'],
      ['Подготовка отчёта о самообследовании', 'Этап 1'],
      ['Проведение мониторинга качества', 'Этап 1'],
    ];
    const [title, stage] = columnEvidence(rows, 2);
    expect(titleScore(title)).toBeGreaterThan(0.5);
    expect(titleScore(stage)).toBeLessThan(0.15);
  });
  it('samples a long plan evenly', () => {
    const s = sample(
      Array.from({ length: 1000 }, (_, i) => i),
      10,
    );
    expect(s).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900]);
  });
});
