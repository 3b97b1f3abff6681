/**
 * Conditional formatting as Google Sheets would paint it, for the playground page: the emulator
 * stores the rules (the План tab's overdue / this week / done colours) but paints nothing, so the
 * page would otherwise show a plan without its colours.
 *
 * Only CUSTOM_FORMULA rules are evaluated, with the small formula language the add-on writes:
 * AND / OR / NOT, comparisons, + and -, TODAY(), DATE(y,m,d), ISBLANK(), numbers, "strings" and cell
 * references ($N2: row relative to the rule's first row, as in Sheets). A formula outside that
 * language leaves the cells unpainted rather than guessed.
 */
import type { SheetSnapshot } from '../emulator';
import { parseA1 } from '../emulator/a1';

type Value = number | string | boolean;
type Node =
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  | { k: 'ref'; row: number; col: number; absRow: boolean; absCol: boolean }
  | { k: 'call'; name: string; args: Node[] }
  | { k: 'bin'; op: string; a: Node; b: Node }
  | { k: 'neg'; a: Node };

const colNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** Parses `=AND($L2<>"",$L2<TODAY())`; throws on anything outside the supported language. */
export function parseFormula(src: string): Node {
  const s = src.replace(/^=/, '');
  let i = 0;
  const ws = () => {
    while (s[i] === ' ') i++;
  };
  const peek = (t: string) => {
    ws();
    return s.startsWith(t, i);
  };
  const eat = (t: string) => {
    if (!peek(t)) throw new Error(`expected ${t} at ${i} in ${src}`);
    i += t.length;
  };
  const primary = (): Node => {
    ws();
    if (peek('(')) {
      eat('(');
      const e = compare();
      eat(')');
      return e;
    }
    if (peek('-')) {
      eat('-');
      return { k: 'neg', a: primary() };
    }
    if (s[i] === '"') {
      const end = s.indexOf('"', i + 1);
      if (end < 0) throw new Error(`unterminated string in ${src}`);
      const v = s.slice(i + 1, end);
      i = end + 1;
      return { k: 'str', v };
    }
    const num = /^\d+(\.\d+)?/.exec(s.slice(i));
    if (num) {
      i += num[0].length;
      return { k: 'num', v: Number(num[0]) };
    }
    const ref = /^(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Z(])/.exec(s.slice(i));
    if (ref) {
      i += ref[0].length;
      return { k: 'ref', absCol: !!ref[1], col: colNumber(ref[2]), absRow: !!ref[3], row: Number(ref[4]) };
    }
    const fn = /^([A-Z][A-Z0-9.]*)\(/.exec(s.slice(i));
    if (fn) {
      i += fn[0].length;
      const args: Node[] = [];
      ws();
      if (!peek(')')) {
        args.push(compare());
        while (peek(',') || peek(';')) {
          i++;
          args.push(compare());
        }
      }
      eat(')');
      return { k: 'call', name: fn[1], args };
    }
    throw new Error(`cannot read ${s.slice(i)} in ${src}`);
  };
  const additive = (): Node => {
    let a = primary();
    for (;;) {
      ws();
      const op = s[i];
      if (op !== '+' && op !== '-') return a;
      i++;
      a = { k: 'bin', op, a, b: primary() };
    }
  };
  const compare = (): Node => {
    const a = additive();
    ws();
    const op = ['<>', '<=', '>=', '=', '<', '>'].find((o) => s.startsWith(o, i));
    if (!op) return a;
    i += op.length;
    return { k: 'bin', op, a, b: additive() };
  };
  const e = compare();
  ws();
  if (i !== s.length) throw new Error(`unexpected ${s.slice(i)} in ${src}`);
  return e;
}

/** Day number of an ISO date as a spreadsheet stores dates (days since 30.12.1899). */
export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

const blank = (v: Value) => v === '';
const num = (v: Value) => (typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : Number(v) || 0);

/** Sheets' comparison: blank equals "" and 0; numbers sort before text; text case-insensitively. */
function cmp(a: Value, b: Value): number {
  if (blank(a) && typeof b === 'number') a = 0;
  if (blank(b) && typeof a === 'number') b = 0;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  const x = String(a).toLowerCase();
  const y = String(b).toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

function evaluate(n: Node, cell: (row: number, col: number) => Value, dr: number, dc: number, today: number): Value {
  const ev = (x: Node) => evaluate(x, cell, dr, dc, today);
  switch (n.k) {
    case 'num':
    case 'str':
      return n.v;
    case 'ref':
      return cell(n.absRow ? n.row : n.row + dr, n.absCol ? n.col : n.col + dc);
    case 'neg':
      return -num(ev(n.a));
    case 'call': {
      const args = n.args.map(ev);
      if (n.name === 'TODAY') return today;
      if (n.name === 'DATE')
        return (Date.UTC(num(args[0]), num(args[1]) - 1, num(args[2])) - Date.UTC(1899, 11, 30)) / 86_400_000;
      if (n.name === 'AND') return args.every((a) => !!a);
      if (n.name === 'OR') return args.some((a) => !!a);
      if (n.name === 'NOT') return !args[0];
      if (n.name === 'ISBLANK') return blank(args[0] ?? '');
      throw new Error(`unsupported function ${n.name}`);
    }
    case 'bin': {
      const a = ev(n.a);
      const b = ev(n.b);
      if (n.op === '+') return num(a) + num(b);
      if (n.op === '-') return num(a) - num(b);
      const c = cmp(a, b);
      return { '=': c === 0, '<>': c !== 0, '<': c < 0, '<=': c <= 0, '>': c > 0, '>=': c >= 0 }[n.op] ?? false;
    }
  }
}

/**
 * A rule's formula as a test of one cell on `today` (YYYY-MM-DD): `(i, j)` is the cell `i` rows
 * and `j` columns from the rule range's first cell, which relative references count from.
 * Throws when the formula is outside the supported language.
 */
export function formulaHolds(formula: string, s: SheetSnapshot, today: string): (i: number, j: number) => boolean {
  const tree = parseFormula(formula);
  const serial = isoToSerial(today);
  const cell = (row: number, col: number): Value => {
    const v = s.values[row - 1]?.[col - 1];
    return v === undefined || v === null ? '' : (v as Value);
  };
  return (i, j) => !!evaluate(tree, cell, i, j, serial);
}

export interface Painted {
  backgrounds: (string | null)[][];
  fontColors: (string | null)[][];
  fontWeights: ('bold' | 'normal')[][];
  /** Rules that could not be evaluated (their formula), so the page can say so. */
  skipped: string[];
}

/**
 * The sheet's formats with its conditional rules applied for `today` (YYYY-MM-DD): the first
 * matching rule wins for each cell, as in Sheets.
 */
export function paintConditional(s: SheetSnapshot, today: string): Painted {
  const backgrounds = s.backgrounds.map((r) => [...r]);
  const fontColors = s.fontColors.map((r) => [...r]);
  const fontWeights = s.fontWeights.map((r) => [...r]);
  const skipped: string[] = [];
  const done = new Set<string>();
  for (const rule of s.conditionalFormatRules) {
    if (rule.type !== 'CUSTOM_FORMULA') {
      skipped.push(rule.type);
      continue;
    }
    let holds: (i: number, j: number) => boolean;
    try {
      holds = formulaHolds(String(rule.values[0] ?? ''), s, today);
    } catch {
      skipped.push(String(rule.values[0]));
      continue;
    }
    for (const a1 of rule.ranges) {
      const r = parseA1(a1.replace(/^.*!/, ''), s.maxRows, s.maxColumns);
      const rows = Math.min(r.numRows ?? 1, s.rows - r.row + 1);
      const cols = Math.min(r.numCols ?? 1, s.columns - r.col + 1);
      for (let i = 0; i < rows; i++)
        for (let j = 0; j < cols; j++) {
          const key = `${r.row + i}:${r.col + j}`;
          if (done.has(key)) continue;
          let hit: boolean;
          try {
            hit = holds(i, j);
          } catch {
            continue;
          }
          if (!hit) continue;
          done.add(key);
          const [y, x] = [r.row + i - 1, r.col + j - 1];
          if (rule.format.background && backgrounds[y]) backgrounds[y][x] = rule.format.background;
          if (rule.format.fontColor && fontColors[y]) fontColors[y][x] = rule.format.fontColor;
          if (rule.format.bold && fontWeights[y]) fontWeights[y][x] = 'bold';
        }
    }
  }
  return { backgrounds, fontColors, fontWeights, skipped };
}
