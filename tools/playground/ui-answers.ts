/**
 * The answer a person gave in the page to a question the add-on asks, kept for the question it
 * answers. The page asks before it clicks the menu item (as it asks the school add-on's prompt);
 * the answer is handed to the emulator's Ui only when the add-on asks THAT question — an alert or a
 * prompt with the same button set. A click on which the add-on asks nothing else (e.g. «Разослать
 * план организациям…» when every organisation already has its spreadsheet: it only says so, with
 * OK) leaves the answer unused instead of pressing a button that alert does not have.
 */
import type { Emulator } from '../emulator';

export interface PendingAnswer {
  kind: 'alert' | 'prompt';
  /** The ButtonSet it answers: 'OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'. */
  buttons: string;
  button: string;
  text?: string;
}

/** The button set of ui.alert / ui.prompt's arguments (reference/base/ui: (prompt), (prompt, buttons), (title, prompt, buttons)). */
const buttonSetOf = (args: unknown[]): string =>
  args.length >= 3 ? String(args[2]) : args.length === 2 ? String(args[1]) : 'OK';

/**
 * `app` (the emulator's SpreadsheetApp) whose getUi() hands a pending answer to the question it
 * was given for. Calls and their counts are the emulator's own: this only fills its answer queue.
 */
export function answeringSpreadsheetApp(
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  emu: () => Emulator,
  pending: PendingAnswer[],
): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  const wrapUi = (ui: GoogleAppsScript.Base.Ui) =>
    new Proxy(ui, {
      get(t, k) {
        const v = Reflect.get(t, k, t);
        if ((k !== 'alert' && k !== 'prompt') || typeof v !== 'function')
          return typeof v === 'function' ? v.bind(t) : v;
        return (...args: unknown[]) => {
          const i = pending.findIndex((p) => p.kind === k && p.buttons === buttonSetOf(args));
          if (i >= 0) {
            const [a] = pending.splice(i, 1);
            if (a.kind === 'prompt') emu().ui.answerPrompt(a.text ?? '', a.button);
            else emu().ui.answer(a.button);
          }
          return (v as (...a: unknown[]) => unknown).apply(t, args);
        };
      },
    });
  return new Proxy(app, {
    get(t, k) {
      const v = Reflect.get(t, k, t);
      if (k === 'getUi' && typeof v === 'function') return () => wrapUi((v as () => GoogleAppsScript.Base.Ui).call(t));
      return typeof v === 'function' ? v.bind(t) : v;
    },
  });
}
