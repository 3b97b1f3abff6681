import { responsibleClasses } from '../../../src/core/rollup/distribute';
import { classOfEntity } from '../../../src/core/rollup/responsible-class';

const classes = (text: string) => responsibleClasses(text).map((c) => c.cls);

describe('classOfEntity: the responsibles of the two municipal seeds', () => {
  it.each([
    // Оханск
    ['Отдел образования, дошкольные образовательные организации', ['department', 'organisations']],
    [
      'МО ПК, ИРО ПК Отдел образования, дошкольные образовательные организации',
      ['other', 'department', 'organisations'],
    ],
    ['МО ПК, ИРО ПК Отдел образования УМУ', ['other', 'department']],
    ['МО ПК, ИРО ПК Специалисты ДОО', ['other', 'organisations']],
    ['Отдел образования УМУ', ['department']],
    // Орск
    ['Руководитель ДОО', ['organisations']],
    ['Координатор ДОО', ['organisations']],
    ['Педагог ДОО, Координатор ДОО', ['organisations']],
    ['Эксперт ДОО', ['organisations']],
    ['Муниципальный координатор МКДО, региональный координатор МКДО', ['department', 'other']],
    ['Региональный координатор МКДО', ['other']],
    ['Эксперт РМКДО', ['other']],
  ])('%s → %j', (text, expected) => {
    expect(classes(text)).toEqual(expected);
  });
});

/**
 * Text the rule was not written from: other kinds and legal forms, other cases and numbers, other
 * names of the department, and what must stay someone else's.
 */
describe('classOfEntity: unseen text of the same family', () => {
  it.each([
    'Заведующие МАДОУ',
    'заведующим МКДОУ',
    'Администрации общеобразовательных организаций',
    'директорам школ',
    'Руководители школ района',
    'педагоги-психологи ОО',
    'все ОУ',
    'ОО района',
    'Образовательные учреждения района',
    'муниципальные бюджетные общеобразовательные учреждения',
    'подведомственные учреждения',
    'заведующие детскими садами',
    'Детские сады',
    'гимназии и лицеи',
    'МБУДО',
    'СОШ',
    'старшие воспитатели ДОУ',
  ])('%s names the organisations', (text) => {
    expect(classOfEntity(text).cls).toBe('organisations');
  });

  it.each([
    'Управление образования администрации Соликамского городского округа',
    'Комитет по образованию',
    'Департамент образования мэрии',
    'ведущий специалист управления образования',
    'Специалисты УО',
    'РУО',
    'ГорУО',
    'методист ИМЦ',
    'МКУ «Управление образования»',
    'муниципальная методическая служба',
    'главный специалист',
  ])('%s is the department', (text) => {
    expect(classOfEntity(text).cls).toBe('department');
  });

  it.each([
    'Министерство образования Пермского края',
    'Управление образования и науки области',
    'МБДОУ «Детский сад № 5»',
    'Школа № 3',
    'ответственные лица',
    'Родители',
    'органы местного самоуправления',
    'ГУ МВД',
    'КДН и ЗП',
    'методисты АРИПК',
    'ЦССВ «Синяя птица»',
  ])('%s is someone else', (text) => {
    expect(classOfEntity(text).cls).toBe('other');
  });
});
