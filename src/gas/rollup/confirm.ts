/**
 * «Свод → Подтвердить сопоставления»: the answers the department wrote into «Свод по
 * организациям» («да» / «нет» beside each proposed match) kept in the hidden tab «Свод:
 * сопоставления» (src/core/rollup/confirm.ts). Reads: the department's 2 calls (the roll-up tab
 * with them); writes: the tab rewritten in ONE batchUpdate. The next «Обновить свод» counts them.
 */
import { UserError } from '../../core/errors';
import {
  answersFromTab,
  CONFIRMATIONS_TAB_NAME,
  confirmationRows,
  mergeConfirmations,
} from '../../core/rollup/confirm';
import { ROLLUP_TAB_NAMES } from '../../core/rollup/tabs';
import { batchUpdate, freshSheetId } from '../sheets-api';
import { readDepartment } from './department';

export function confirmMatches(spreadsheetId: string): { answered: number; kept: number } {
  const d = readDepartment(spreadsheetId, [ROLLUP_TAB_NAMES.organisations]);
  const tab = d.extra[ROLLUP_TAB_NAMES.organisations];
  if (!tab)
    throw new UserError(
      'rollup-no-tab',
      `Нет вкладки «${ROLLUP_TAB_NAMES.organisations}»: сначала «Свод → Обновить свод».`,
      `There is no "${ROLLUP_TAB_NAMES.organisations}" tab: run the roll-up first.`,
    );
  const { answers, count } = answersFromTab(tab);
  if (!count) return { answered: 0, kept: confirmationRows(d.confirmations).length };
  const rows = confirmationRows(mergeConfirmations(d.confirmations, answers));
  const old = d.info.sheets.find((s) => s.title === CONFIRMATIONS_TAB_NAME);
  const sheetId = freshSheetId(d.info, 950_001);
  const text = (v: string) => ({ userEnteredValue: { stringValue: v } });
  batchUpdate(d.info.id, [
    ...(old ? [{ deleteSheet: { sheetId: old.sheetId } }] : []),
    {
      addSheet: {
        properties: {
          sheetId,
          title: CONFIRMATIONS_TAB_NAME,
          hidden: true,
          gridProperties: { rowCount: rows.length + 1, columnCount: 3 },
        },
      },
    },
    {
      updateCells: {
        start: { sheetId, rowIndex: 0, columnIndex: 0 },
        rows: rows.map((r) => ({ values: r.map(text) })),
        fields: 'userEnteredValue',
      },
    },
  ]);
  return { answered: count, kept: rows.length };
}
