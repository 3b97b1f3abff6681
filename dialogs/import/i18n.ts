/** Every fixed string of the dialog, Russian first, English second. Texts from the plan are never translated. */
import type { PreviewLocale } from '../../src/core/import/preview';

const RU = {
  title: 'Импорт плана',
  intro:
    'Загрузите план из Word (.docx) или вставьте таблицу, скопированную из Word. Сначала вы увидите, как план понят, и только потом он будет записан на лист «План».',
  dropTitle: 'Файл Word (.docx)',
  dropHint: 'Перетащите файл сюда или',
  choose: 'выберите файл',
  dropLimit: (mb: number) => `не больше ${mb} МБ; старый .doc сначала сохраните в Word как .docx`,
  pasteTitle: 'Или вставьте таблицу',
  pastePlaceholder:
    'Скопируйте таблицу плана в Word (вместе со строкой заголовков) и вставьте сюда: Ctrl+V.\nСтолбцы разделяются табуляцией.',
  show: 'Показать',
  reading: (name: string) => `Читаю «${name}»…`,
  empty: 'Поле пустое: вставьте таблицу плана, скопированную из Word, или загрузите файл .docx.',
  tooBig: (mb: string, limit: number) =>
    `Файл слишком большой: ${mb} МБ, а можно не больше ${limit} МБ. Уберите из документа картинки и приложения или оставьте в нём только план.`,
  bug: 'Не удалось прочитать план из-за ошибки в программе. Сообщите о ней, приложив файл или текст. Подробности:',
  sourceFile: (name: string) => `Файл «${name}»`,
  sourceText: 'Вставленный текст',
  sourceSheet: (name: string) => `Лист «${name}»`,
  readingSheet: (name: string) => `Читаю лист «${name}»…`,
  sheetKept: (name: string) => `Лист «${name}» оставлен без изменений.`,
  change: 'Изменить',
  tablePick: 'Таблица плана',
  tableAuto: (k: number) => `Выбрана автоматически: таблица ${k}`,
  tableOption: (k: number, rows: number, first: string) => `Таблица ${k} (${rows} строк): ${first}`,
  tableNote: (n: number) =>
    `В документе ${n} таблиц(ы). Если план понят не из той таблицы, выберите нужную — предпросмотр обновится.`,
  planTitle: 'Название',
  horizon: 'Горизонт плана',
  totals: {
    activities: 'мероприятий',
    deadlinesParsed: 'сроков распознано',
    deadlineProblems: 'сроков с проблемами',
    withoutDeadline: 'без срока',
    withoutResponsible: 'без ответственного',
    warnings: 'замечаний',
    unrecognized: 'нераспознанных фрагментов',
  },
  columns: 'Столбцы',
  columnsTitle: 'Столбцы и первые строки таблицы',
  columnsHint:
    'Так понята каждая колонка. Если роль определена неверно, выберите её в списке — предпросмотр сразу обновится. Текст ни одного столбца не теряется: «другое» сохраняется в отдельном поле.',
  columnName: (k: number) => `Столбец ${k}`,
  roleOf: (name: string) => `Роль столбца «${name}»`,
  from: { header: 'по заголовку', content: 'по содержимому', user: 'выбрано вами' },
  rememberedColumns: 'Роли столбцов взяты из прошлого импорта такой же таблицы.',
  resetColumns: 'Вернуть автоматические роли',
  groups: 'Этапы и разделы',
  noGroups: 'В плане нет этапов и разделов.',
  warnings: 'Замечания',
  unrecognized: 'Текст, не попавший в мероприятия',
  unrecognizedNote: 'Этот текст не будет потерян: проверьте, не нужен ли он в плане.',
  th: {
    number: '№',
    stage: 'Этап / раздел',
    title: 'Мероприятие',
    responsible: 'Ответственный',
    deadlineText: 'Срок в документе',
    deadlineShown: 'Понято как',
  },
  rowsCut: (shown: number, total: number) =>
    `Показаны первые ${shown} из ${total} мероприятий; импортированы будут все.`,
  noActivities: 'Мероприятий не найдено: импортировать нечего. Проверьте, что таблица скопирована целиком.',
  importBtn: 'Импортировать',
  importing: 'Импортирую…',
  close: 'Закрыть',
  done: 'План импортирован',
  result: (r: { activities: number; kept: number; added: number; vanished: number }) =>
    `На лист «План» записано мероприятий: ${r.activities}. Сохранено с прежними отметками: ${r.kept}; новых: ${r.added}; пропали из нового плана (помечены, не удалены): ${r.vanished}.`,
  backup: (name: string) =>
    `Прежний лист сохранён как «${name}» — по нему можно вернуть всё как было. Удалите его, когда убедитесь, что импорт верен.`,
  noBackup: 'Лист «План» создан заново: прежнего листа не было.',
};

export type Texts = typeof RU;

const EN: Texts = {
  title: 'Import a plan',
  intro:
    'Upload the plan as a Word file (.docx) or paste the table copied from Word. You will first see how the plan was read; it is written to the «План» sheet only after that.',
  dropTitle: 'Word file (.docx)',
  dropHint: 'Drop the file here or',
  choose: 'choose a file',
  dropLimit: (mb) => `up to ${mb} MB; save an old .doc in Word as .docx first`,
  pasteTitle: 'Or paste the table',
  pastePlaceholder:
    'Copy the plan table in Word (with its header row) and paste it here: Ctrl+V.\nColumns are separated by tabs.',
  show: 'Preview',
  reading: (name) => `Reading “${name}”…`,
  empty: 'The box is empty: paste the plan table copied from Word, or upload a .docx file.',
  tooBig: (mb, limit) =>
    `The file is too large: ${mb} MB, the limit is ${limit} MB. Remove pictures and appendices from the document or keep only the plan.`,
  bug: 'The plan could not be read because of a bug. Please report it with the file or text. Details:',
  sourceFile: (name) => `File “${name}”`,
  sourceText: 'Pasted text',
  sourceSheet: (name) => `Sheet “${name}”`,
  readingSheet: (name) => `Reading the sheet “${name}”…`,
  sheetKept: (name) => `The sheet “${name}” is left as it was.`,
  change: 'Change',
  tablePick: 'Plan table',
  tableAuto: (k) => `Chosen automatically: table ${k}`,
  tableOption: (k, rows, first) => `Table ${k} (${rows} rows): ${first}`,
  tableNote: (n) =>
    `The document has ${n} tables. If the plan was read from the wrong one, choose another: the preview updates.`,
  planTitle: 'Title',
  horizon: 'Plan horizon',
  totals: {
    activities: 'activities',
    deadlinesParsed: 'deadlines read',
    deadlineProblems: 'deadlines with problems',
    withoutDeadline: 'without deadline',
    withoutResponsible: 'without responsible',
    warnings: 'warnings',
    unrecognized: 'unrecognized texts',
  },
  columns: 'Columns',
  columnsTitle: 'Columns and the first rows of the table',
  columnsHint:
    'This is how each column was read. If a role is wrong, choose it from the list: the preview updates at once. No column’s text is lost: “other” is kept in a field of its own.',
  columnName: (k) => `Column ${k}`,
  roleOf: (name) => `Role of the column “${name}”`,
  from: { header: 'from the header', content: 'from the cells', user: 'chosen by you' },
  rememberedColumns: 'Column roles are taken from the last import of a table like this one.',
  resetColumns: 'Back to automatic roles',
  groups: 'Stages and sections',
  noGroups: 'The plan has no stages or sections.',
  warnings: 'Warnings',
  unrecognized: 'Text not placed in any activity',
  unrecognizedNote: 'This text is not lost: check whether the plan needs it.',
  th: {
    number: 'No.',
    stage: 'Stage / section',
    title: 'Activity',
    responsible: 'Responsible',
    deadlineText: 'Deadline in the document',
    deadlineShown: 'Read as',
  },
  rowsCut: (shown, total) => `Showing the first ${shown} of ${total} activities; all of them will be imported.`,
  noActivities: 'No activities found: nothing to import. Check that the whole table was copied.',
  importBtn: 'Import',
  importing: 'Importing…',
  close: 'Close',
  done: 'The plan is imported',
  result: (r) =>
    `Activities written to the «План» sheet: ${r.activities}. Kept with their marks: ${r.kept}; new: ${r.added}; gone from the new plan (flagged, not deleted): ${r.vanished}.`,
  backup: (name) =>
    `The previous sheet is kept as «${name}»: it lets you undo the import. Delete it once you are sure.`,
  noBackup: 'The «План» sheet was created: there was no previous one.',
};

export function texts(locale: PreviewLocale): Texts {
  return locale === 'en' ? EN : RU;
}
