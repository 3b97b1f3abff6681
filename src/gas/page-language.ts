/**
 * Every page (the sidebar, the dialogs) is opened with the document's language in a <meta>
 * (src/ui/language.ts reads it), the way the settings dialog gets its data: HtmlOutput.append,
 * no call of its own — the language comes from the settings the guard read (Access.lang).
 */
import { LANGUAGE_META, type Language } from '../core/language';

export const languageMarker = (lang: Language): string => `<meta name="${LANGUAGE_META}" content="${lang}">`;

/** A built page (dist/<file>.html) in the document's language. */
export function pageIn(file: 'sidebar' | 'import' | 'settings', lang: Language): GoogleAppsScript.HTML.HtmlOutput {
  return HtmlService.createHtmlOutputFromFile(file).append(languageMarker(lang));
}
