import { columnsFromHeader, isColumnNumberRow, isHeaderRow, roleOfHeader } from '../../../src/core/plan/columns';

describe('column roles by header text', () => {
  it.each([
    ['Этапы процедуры ВСОКО', 'stage'],
    ['Мероприятия процедуры и действия', 'title'],
    ['Содержание этапа', 'title'],
    ['Наименование мероприятий', 'title'],
    ['Перечень мероприятий', 'title'],
    ['Мероприятие (содержание деятельности)', 'title'],
    ['Ожидаемые результаты', 'result'],
    ['Планируемый результат', 'result'],
    ['Инструментарий', 'tools'],
    ['Ответственный за выполнение.', 'responsible'],
    ['Исполнитель', 'responsible'],
    ['Срок исполнения', 'deadline'],
    ['Сроки', 'deadline'],
    ['Дата (сроки проведения)', 'deadline'],
    ['Периодичность', 'deadline'],
    ['№', 'number'],
    ['№ п/п', 'number'],
    ['№\nп/п', 'number'],
    ['Направление деятельности', 'stage'],
    ['Время проведения', 'deadline'],
    ['Месяц', 'deadline'],
    ['Дата и время', 'deadline'],
    ['Группа ДОУ', 'extra'],
    ['Место проведения', 'extra'],
    ['Участники', 'extra'],
    ['Классы', 'extra'],
    ['Цели', 'extra'],
    ['Примечание', 'extra'],
  ])('%s → %s', (header, role) => {
    expect(roleOfHeader(header)).toBe(role);
  });

  it('gives the responsible role to «Ответственный» beside «Исполнитель», whichever comes first', () => {
    expect(
      columnsFromHeader(['№ п/п', 'Месяц', 'Наименование работ', 'Исполнитель', 'Ответственный']).map((c) => c.role),
    ).toEqual(['number', 'deadline', 'title', 'extra', 'responsible']);
    expect(roleOfHeader('Отв-ный')).toBe('responsible');
  });

  it('keeps a second column of the same role, and unknown ones, as extra', () => {
    const cols = columnsFromHeader(['Мероприятие', 'Название', 'Место', 'Срок']);
    expect(cols.map((c) => c.role)).toEqual(['title', 'extra', 'extra', 'deadline']);
  });

  it('tells a header row from a data row', () => {
    expect(isHeaderRow(['№', 'Наименование мероприятий', 'Ответственные', 'Сроки'])).toBe(true);
    expect(isHeaderRow(['Перечень мероприятий', 'Срок выполнения'])).toBe(true);
    expect(isHeaderRow(['1', 'Решение о создании системы мероприятий', 'Директор', 'январь 2020'])).toBe(false);
    expect(isHeaderRow(['Название учреждения', 'Виды помощи', 'Адрес'])).toBe(false);
    expect(isHeaderRow(['Мероприятие', 'Участники', 'Дата и время'])).toBe(true);
    // a data row with a date or a number in it is no header, however many header words it has
    expect(
      isHeaderRow(['8', 'Подготовка планов', 'План корректирующих мероприятий', 'Рабочая группа', 'май 2020']),
    ).toBe(false);
    expect(isHeaderRow(['Мероприятие', 'Участники'])).toBe(false);
    expect(isColumnNumberRow(['1', '2', '3', '4'])).toBe(true);
    expect(isColumnNumberRow(['1', 'Собрание'])).toBe(false);
  });
});
