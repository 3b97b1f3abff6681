/** A1 notation: "B3", "A1:C10", "A:A", "2:5", "'План'!A1:B2". Rows/columns are 1-based. */

export interface A1Ref {
  sheet?: string;
  row: number;
  col: number;
  /** undefined = to the end of the sheet (open ranges "A:A", "A2:C"). */
  numRows?: number;
  numCols?: number;
}

export function columnToLetters(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Splits "'My sheet'!A1:B2" into sheet name and range part. */
export function splitSheet(a1: string): { sheet?: string; range: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { range: a1 };
  let sheet = a1.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: a1.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]*)\$?(\d*)$/;

export function parseA1(a1: string, maxRows: number, maxCols: number): A1Ref {
  const { sheet, range } = splitSheet(a1.trim());
  const [a, b] = range.split(':');
  const m1 = CELL.exec(a ?? '');
  const m2 = b === undefined ? m1 : CELL.exec(b);
  if (!m1 || !m2 || (!m1[1] && !m1[2]) || (!m2[1] && !m2[2])) throw new Error(`Range not found`);
  const c1 = m1[1] ? lettersToColumn(m1[1]) : 1;
  const r1 = m1[2] ? Number(m1[2]) : 1;
  const c2 = m2[1] ? lettersToColumn(m2[1]) : maxCols;
  const r2 = m2[2] ? Number(m2[2]) : maxRows;
  if (r1 < 1 || r2 < 1 || c1 < 1 || c2 < 1) throw new Error('Range not found');
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { sheet, row, col, numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
}

export function toA1(row: number, col: number, numRows = 1, numCols = 1): string {
  const first = `${columnToLetters(col)}${row}`;
  if (numRows === 1 && numCols === 1) return first;
  return `${first}:${columnToLetters(col + numCols - 1)}${row + numRows - 1}`;
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
