/**
 * A menu item's entry point, built once: the guard of its entry (role, document, language), then
 * its action, whose UserError becomes an alert in the document's language (menuAction).
 */
import type { EntryName } from '../core/access/entry-points';
import { type Access, guard } from './access';
import { APP_TITLE, menuAction } from './ui';

type Ui = GoogleAppsScript.Base.Ui;

export const menuItem = (entry: EntryName, fn: (a: Access, ui: Ui) => void) => (): void => {
  const a = guard(entry);
  if (a) menuAction((ui) => fn(a, ui), a.lang);
};

/** An alert with the add-on's name and OK; `YES_NO` asks, and says whether the answer was Yes. */
export const tell = (ui: Ui, text: string): void => {
  ui.alert(APP_TITLE, text, ui.ButtonSet.OK);
};
export const ask = (ui: Ui, text: string): boolean => ui.alert(APP_TITLE, text, ui.ButtonSet.YES_NO) === ui.Button.YES;
