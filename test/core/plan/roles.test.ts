import { assignRoles } from '../../../src/core/plan/roles';

const roles = (headers: string[] | null, rows: string[][], choice = {}) =>
  assignRoles({ headers, owners: (headers ?? rows[0]).map((_, i) => i), rows }, choice).map(
    (c) => `${c.role}:${c.from}`,
  );

describe('column roles from header and content', () => {
  it('keeps the header roles where the header names every column', () => {
    expect(
      roles(
        ['№', 'Мероприятие', 'Срок', 'Ответственный'],
        [
          ['1', 'Собрание', 'май 2021', 'Директор'],
          ['2', 'Отчёт', 'июнь 2021', 'Завуч'],
        ],
      ),
    ).toEqual(['number:header', 'title:header', 'deadline:header', 'responsible:header']);
  });

  it('reads a column headed «Этап» or «Направления деятельности» holding per-row activities as the activity column', () => {
    const rows = [
      ['Подготовка приказа о создании рабочей группы', 'январь 2022', 'Директор'],
      ['Разработка положения о системе оценки', 'февраль 2022', 'Рабочая группа'],
      ['Проведение мониторинга и анализ результатов', 'март 2022', 'Заместитель директора'],
    ];
    expect(roles(['Этап', 'Сроки', 'Ответственные'], rows)).toEqual([
      'title:content',
      'deadline:header',
      'responsible:header',
    ]);
    expect(roles(['Направления деятельности', 'Сроки', 'Ответственные'], rows)[0]).toBe('title:content');
  });

  it('keeps a real stage column (its text on the first row of each stage) a stage', () => {
    const r = roles(
      ['Этапы', 'Мероприятия', 'Срок'],
      [
        ['Подготовительный', 'Приказ', 'январь'],
        ['', 'Положение', 'февраль'],
        ['', 'Рабочая группа', 'февраль'],
        ['Аналитический', 'Анализ', 'март'],
      ],
    );
    expect(r).toEqual(['stage:header', 'title:header', 'deadline:header']);
  });

  it('finds the deadline under a header nobody foresaw, and keeps «Участники» and «Место проведения» extra', () => {
    const r = roles(
      ['Мероприятие', 'Участники', 'Когда и где', 'Место проведения'],
      [
        ['Линейка «Первый звонок»', 'Учащиеся 1-11 классов', '01.09.2021', 'Школьный двор'],
        ['Классный час «Россия»', 'Классные руководители', '03.09.2021', 'Кабинеты'],
        ['Осенний кросс', 'Учащиеся 5-9 классов', 'сентябрь 2021', 'Стадион'],
      ],
    );
    expect(r).toEqual(['title:header', 'extra:header', 'deadline:header', 'extra:header']);
    const unknown = roles(
      ['Мероприятие', 'Участники', 'Дни', 'Место проведения'],
      [
        ['Линейка «Первый звонок»', 'Учащиеся 1-11 классов', '01.09.2021', 'Школьный двор'],
        ['Классный час «Россия»', 'Классные руководители', '03.09.2021', 'Кабинеты'],
        ['Осенний кросс', 'Учащиеся 5-9 классов', 'сентябрь 2021', 'Стадион'],
      ],
    );
    expect(unknown[2]).toBe('deadline:content');
  });

  it('reads every role from the cells of a table without a header row', () => {
    const r = roles(null, [
      ['1.', 'Сентябрь', 'Праздник «День знаний» для воспитанников старших групп', 'Музыкальный руководитель'],
      ['2.', 'Октябрь', 'Выставка поделок из природного материала', 'Воспитатели групп'],
      ['3.', 'Ноябрь', 'Досуг ко Дню матери в средней группе', 'Иванова А.А.'],
      ['4.', 'в течение года', 'Консультации для родителей по вопросам воспитания', 'Старший воспитатель'],
    ]);
    expect(r).toEqual(['number:content', 'deadline:content', 'title:content', 'responsible:content']);
  });

  it('lets the user choose a role, the column that held it giving it up', () => {
    const rows = [
      ['Собрание', 'Актовый зал', 'май 2021'],
      ['Отчёт', 'Кабинет', 'июнь 2021'],
    ];
    const r = roles(['Мероприятие', 'Место', 'Срок'], rows, { 1: 'title', 0: 'extra' });
    expect(r).toEqual(['extra:user', 'title:user', 'deadline:header']);
  });

  it('never leaves a plan untitled while a column holds per-row text', () => {
    const r = roles(
      ['Участники', 'Срок'],
      [
        ['Учащиеся 1-4 классов, родители', 'май 2021'],
        ['Педагоги школы и приглашённые гости', 'июнь 2021'],
      ],
    );
    expect(r[0]).toBe('title:content');
  });
});
