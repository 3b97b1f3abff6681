/**
 * Confirming the proposed matches of organisations linked by URL with their own plan (issue 18
 * point 2: "with the matches shown for the department to confirm once"). «Свод по организациям»
 * lists each proposal with a column «Ответ» and the proposal's key; the department writes «да»
 * (it is that activity) or «нет» (it is not in the municipal plan) and picks «Свод → Подтвердить
 * сопоставления»: the answers are kept in a hidden tab «Свод: сопоставления» (spreadsheet ID, row
 * key, activity ID or empty), read by every roll-up with the other tabs. A row's key is its own ID,
 * else its № and title stems (src/core/rollup/match.ts `rowKey`): an answer holds while the
 * organisation keeps the row's number and wording.
 */
import { applyConfirmations, type Confirmation } from './match';

export const CONFIRMATIONS_TAB_NAME = 'Свод: сопоставления';
export const ANSWER_LABEL = 'Ответ (да / нет)';
export const KEY_LABEL = 'Ключ сопоставления (не меняйте)';

/** What the key cell of a proposal holds. */
export const proposalKey = (spreadsheetId: string, rowKey: string, activityId: string) =>
  JSON.stringify([spreadsheetId, rowKey, activityId]);

export type Confirmations = Map<string, Confirmation[]>;

function parseKey(cell: unknown): [string, string, string] | null {
  try {
    const k = JSON.parse(String(cell ?? ''));
    return Array.isArray(k) && k.length === 3 && k.every((x) => typeof x === 'string')
      ? (k as [string, string, string])
      : null;
  } catch {
    return null;
  }
}

/** «да» / «нет» (and their English), anything else is no answer. */
export function answerWord(cell: unknown): boolean | null {
  const t = String(cell ?? '')
    .trim()
    .toLowerCase();
  if (/^(да|yes|y|д|\+|верно)$/.test(t)) return true;
  if (/^(нет|no|n|н|-|не то)$/.test(t)) return false;
  return null;
}

/** The answers written into «Свод по организациям», per spreadsheet ID, and how many rows had one. */
export function answersFromTab(values: readonly (readonly unknown[])[]): { answers: Confirmations; count: number } {
  const answers: Confirmations = new Map();
  let count = 0;
  let answerCol = -1;
  let keyCol = -1;
  for (const row of values) {
    const a = row.indexOf(ANSWER_LABEL);
    const k = row.indexOf(KEY_LABEL);
    if (a >= 0 && k >= 0) {
      answerCol = a;
      keyCol = k;
      continue;
    }
    if (answerCol < 0) continue;
    const key = parseKey(row[keyCol]);
    const yes = answerWord(row[answerCol]);
    if (!key || yes === null) continue;
    const [id, rowKey, activityId] = key;
    answers.set(id, [...(answers.get(id) ?? []), { rowKey, activityId: yes ? activityId : null }]);
    count++;
  }
  return { answers, count };
}

/** The confirmations tab's values back per spreadsheet ID. */
export function confirmationsFromTable(values: readonly (readonly unknown[])[] | undefined): Confirmations {
  const out: Confirmations = new Map();
  for (const r of values ?? []) {
    const id = String(r[0] ?? '');
    const rowKey = String(r[1] ?? '');
    if (!id || !rowKey) continue;
    const activityId = String(r[2] ?? '') || null;
    out.set(id, applyConfirmations(out.get(id) ?? [], [{ rowKey, activityId }]));
  }
  return out;
}

/** The stored confirmations with the new answers (an answer replaces the one stored for its row). */
export function mergeConfirmations(stored: Confirmations, answers: Confirmations): Confirmations {
  const out: Confirmations = new Map(stored);
  for (const [id, list] of answers) out.set(id, applyConfirmations(out.get(id) ?? [], list));
  return out;
}

/** The confirmations tab's rows: spreadsheet ID, row key, activity ID ('' = not in the plan). */
export function confirmationRows(c: Confirmations): string[][] {
  return [...c].flatMap(([id, list]) => list.map((x) => [id, x.rowKey, x.activityId ?? '']));
}
