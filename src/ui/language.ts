/**
 * The language a page is drawn in: the document's, which the server put in the page
 * (src/gas/page-language.ts) — never the browser's. The pages' scripts run once the page is parsed
 * (tools/build-page.ts), so the <meta> appended after the script is there to be read.
 */
import { LANGUAGE_META, type Language, languageOf, PAGE_TITLES } from '../core/language';

export function pageLanguage(page: keyof typeof PAGE_TITLES): Language {
  const lang = languageOf(document.querySelector(`meta[name="${LANGUAGE_META}"]`)?.getAttribute('content'));
  document.documentElement.lang = lang;
  document.title = PAGE_TITLES[page][lang];
  return lang;
}
