/**
 * Entry points of the education department's add-on «План-график: Свод» (issue 18): a separate
 * Apps Script project built into dist/rollup/Code.js (tools/build.ts), sharing src/core with the
 * school add-on. Every function exported here becomes a top-level function of that file. Thin.
 */

import { addRollupMenu, menuConfirmAction, menuDistributeAction, menuRollupAction } from './gas/rollup/menu';
import { continueRollup } from './gas/rollup/run';

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  // Builds the menu only: it may run in AuthMode.NONE.
  addRollupMenu(SpreadsheetApp.getUi());
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export function menuDistribute(): void {
  menuDistributeAction();
}

export function menuRollup(): void {
  menuRollupAction();
}

export function menuConfirmMatches(): void {
  menuConfirmAction();
}

/** The continuation trigger (src/gas/rollup/continuation.ts: CONTINUE_FUNCTION). */
export function rollupContinue(e?: { triggerUid?: string }): void {
  continueRollup(e);
}
