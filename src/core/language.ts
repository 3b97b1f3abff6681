/**
 * The document's language: one per spreadsheet, saved with its settings (`language` of
 * src/core/reminders/settings.ts). It decides what everyone shares — e-mails, the report tabs,
 * status values — and the language every page is drawn in: the server puts it in the page
 * (`LANGUAGE_META`, src/gas/page-language.ts) and in every answer (`lang`, src/gas/endpoint.ts),
 * so a page never follows the browser's language by accident.
 */
export type Language = 'ru' | 'en';

/** The words of one language, Russian first, written side by side where they are used: `say('Итого', 'Total')`. */
export const sayIn =
  (lang: Language) =>
  (ru: string, en: string): string =>
    lang === 'en' ? en : ru;

/** The <meta> a page reads the document's language from. */
export const LANGUAGE_META = 'plan-grafik-lang';

/** The language of a stored or sent value: English only when it says so; anything else is Russian. */
export const languageOf = (v: unknown): Language => (v === 'en' ? 'en' : 'ru');

/** The titles of the dialogs and the sidebar (the frame Google draws around a page). */
export const PAGE_TITLES: Record<'import' | 'convert' | 'settings' | 'sidebar', Record<Language, string>> = {
  import: { ru: 'Импорт плана', en: 'Import a plan' },
  convert: { ru: 'Распознать таблицу на листе', en: 'Recognise the table on the sheet' },
  settings: { ru: 'Настройки', en: 'Settings' },
  sidebar: { ru: 'Мои мероприятия', en: 'My activities' },
};
