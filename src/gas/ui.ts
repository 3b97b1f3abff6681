/** Running a menu action: a UserError becomes an alert in the document's language; anything else is a bug and is rethrown. */
import { isUserError } from '../core/errors';
import type { Language } from '../core/language';

export const APP_TITLE = 'План-график';

export function menuAction(fn: (ui: GoogleAppsScript.Base.Ui) => void, lang: Language = 'ru'): void {
  const ui = SpreadsheetApp.getUi();
  try {
    fn(ui);
  } catch (e) {
    if (isUserError(e)) {
      ui.alert(APP_TITLE, lang === 'en' ? e.en : e.message, ui.ButtonSet.OK);
      return;
    }
    throw e;
  }
}
