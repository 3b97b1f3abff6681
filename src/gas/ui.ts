/** Running a menu action: a UserError becomes a Russian alert; anything else is a bug and is rethrown. */
import { isUserError } from '../core/errors';

export const APP_TITLE = 'План-график';

export function menuAction(fn: (ui: GoogleAppsScript.Base.Ui) => void): void {
  const ui = SpreadsheetApp.getUi();
  try {
    fn(ui);
  } catch (e) {
    if (isUserError(e)) {
      ui.alert(APP_TITLE, e.message, ui.ButtonSet.OK);
      return;
    }
    throw e;
  }
}
