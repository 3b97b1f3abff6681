import type { CardStatus, Locale, Role } from '../src/shared/sidebar-contract';

/** Every fixed string of the page, Russian first. Texts from the plan are never translated. */
const RU = {
  title: 'Мои мероприятия',
  loading: 'Загрузка…',
  tabMine: 'Мои',
  tabAll: 'Все',
  refresh: 'Обновить',
  progress: (done: number, total: number) => `Выполнено ${done} из ${total}`,
  role: { staff: 'сотрудник', coordinator: 'координатор', owner: 'владелец таблицы' } as Record<Role, string>,
  status: {
    'not-started': 'Не начато',
    'in-progress': 'В работе',
    done: 'Выполнено',
    cancelled: 'Отменено',
  } as Record<CardStatus, string>,
  none: 'Нет',
  nothingMine:
    'За вами не закреплено ни одного мероприятия. Если это ошибка, попросите координатора проверить столбец «Ответственные» и список «Сотрудники».',
  actDone: 'Выполнено',
  actInProgress: 'В работе',
  actUndo: 'Отменить последнее',
  actShow: 'Показать в таблице',
  formDate: 'Дата выполнения',
  formComment: 'Комментарий (необязательно)',
  formLink: 'Ссылка на подтверждение (необязательно)',
  formSave: 'Отметить выполненным',
  formCancel: 'Отмена',
  deadlineAsWritten: 'Срок по плану',
  dueDate: 'Окончание',
  stage: 'Этап',
  section: 'Раздел',
  others: 'Также отвечают',
  responsible: 'Ответственные',
  markedBy: 'Отметил',
  comment: 'Комментарий',
  period: 'Период',
  filterPerson: 'Сотрудник',
  filterStage: 'Этап',
  filterStatus: 'Статус',
  filterAny: 'все',
  search: 'Поиск по тексту',
  shown: (n: number, total: number) => `Показано ${n} из ${total}`,
  noMatch: 'Ничего не найдено. Измените фильтр или текст поиска.',
  whoTitle: 'Кто вы?',
  whoChoose: 'Выберите себя',
  whoSave: 'Это я',
  saved: 'Сохранено.',
  undone: 'Отметка отменена.',
  shownInSheet: 'Строка выделена в таблице.',
  technical: 'Подробности',
  expand: 'Показать полностью',
};

export type Texts = typeof RU;

const EN: Texts = {
  title: 'My activities',
  loading: 'Loading…',
  tabMine: 'Mine',
  tabAll: 'All',
  refresh: 'Refresh',
  progress: (done, total) => `Done ${done} of ${total}`,
  role: { staff: 'staff', coordinator: 'coordinator', owner: 'owner' },
  status: { 'not-started': 'Not started', 'in-progress': 'In progress', done: 'Done', cancelled: 'Cancelled' },
  none: 'None',
  nothingMine:
    'No activities are assigned to you. If this is wrong, ask the coordinator to check the responsibles and the staff list.',
  actDone: 'Done',
  actInProgress: 'In progress',
  actUndo: 'Undo last',
  actShow: 'Show in sheet',
  formDate: 'Done on',
  formComment: 'Comment (optional)',
  formLink: 'Link to evidence (optional)',
  formSave: 'Mark as done',
  formCancel: 'Cancel',
  deadlineAsWritten: 'Deadline in the plan',
  dueDate: 'Due',
  stage: 'Stage',
  section: 'Section',
  others: 'Also responsible',
  responsible: 'Responsible',
  markedBy: 'Marked by',
  comment: 'Comment',
  period: 'Period',
  filterPerson: 'Person',
  filterStage: 'Stage',
  filterStatus: 'Status',
  filterAny: 'all',
  search: 'Search text',
  shown: (n, total) => `Showing ${n} of ${total}`,
  noMatch: 'Nothing found. Change the filter or the search text.',
  whoTitle: 'Who are you?',
  whoChoose: 'Choose yourself',
  whoSave: 'That is me',
  saved: 'Saved.',
  undone: 'Mark undone.',
  shownInSheet: 'The row is selected in the sheet.',
  technical: 'Details',
  expand: 'Show in full',
};

export function texts(locale: Locale): Texts {
  return locale === 'en' ? EN : RU;
}

/** Russian unless the browser asks for English. */
export function browserLocale(): Locale {
  const lang = (globalThis.navigator?.language ?? 'ru').toLowerCase();
  return lang.startsWith('en') ? 'en' : 'ru';
}
