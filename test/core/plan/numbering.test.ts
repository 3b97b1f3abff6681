import { splitLeadingNumber, splitSubItems } from '../../../src/core/plan/numbering';

describe('splitLeadingNumber', () => {
  it.each([
    ['1. Издание акта', '1', 'Издание акта'],
    ['1.Совершенствование базы', '1', 'Совершенствование базы'],
    ['2.2.1. Изучение', '2.2.1', 'Изучение'],
    ['4.2.3 Составление плана', '4.2.3', 'Составление плана'],
    ['3) Беседа', '3', 'Беседа'],
  ])('%s → %s', (text, number, rest) => {
    expect(splitLeadingNumber(text)).toEqual({ number, rest });
  });
  it.each(['1 этап (подготовительный)', '3 раза в неделю', '01.10.2020 Обучение', '2020 год', 'Без номера'])(
    'keeps "%s" whole',
    (text) => {
      expect(splitLeadingNumber(text)).toEqual({ number: null, rest: text });
    },
  );
});

describe('splitSubItems', () => {
  it('splits numbered sub-activities after ";", "." or ")"', () => {
    expect(splitSubItems('2.2.1. Изучение сайта; 2.2.2. Опрос. 2.2.3. Анкета (текст) 2.2.4. Отчёт')).toEqual([
      { number: '2.2.1', text: 'Изучение сайта' },
      { number: '2.2.2', text: 'Опрос.' },
      { number: '2.2.3', text: 'Анкета (текст)' },
      { number: '2.2.4', text: 'Отчёт' },
    ]);
  });
  it('does not split on references or on items of another parent', () => {
    expect(splitSubItems('Обработка информации по этапам 4.1. и 4.2.')).toBeNull();
    expect(splitSubItems('4.3.1. Обработка по этапам 4.1. и 4.2. отчётов')).toBeNull();
    expect(splitSubItems('2.2.8. Контроль проведения;')).toBeNull();
  });
  it('splits one-level items counted from 1, and nothing else', () => {
    expect(
      splitSubItems(
        '1.Праздник, посвященный Дню защиты детей 2.Физкультурный досуг «В поисках клада». 3.«Праздник мыльных пузырей».',
      ),
    ).toEqual([
      { number: '1', text: 'Праздник, посвященный Дню защиты детей' },
      { number: '2', text: 'Физкультурный досуг «В поисках клада».' },
      { number: '3', text: '«Праздник мыльных пузырей».' },
    ]);
    expect(splitSubItems('1. Конкурс рисунков к 9.05. 2 раза в год')).toBeNull();
    expect(splitSubItems('Собрание 1. Отчёт 2. Итоги')).toBeNull();
    expect(splitSubItems('1. Родительские собрания.')).toBeNull();
  });
  it('takes a repeated or skipped number for a typo in the list', () => {
    expect(
      splitSubItems('1. Уход за клумбами 2. Подготовка почвы 2. Уборка территории 4.Посев трав')?.map((i) => i.number),
    ).toEqual(['1', '2', '2', '4']);
  });
  it('keeps a meeting’s agenda one activity', () => {
    expect(splitSubItems('1. О выборе председателя. 2. Об итогах деятельности. 3. Об утверждении плана.')).toBeNull();
  });
});
