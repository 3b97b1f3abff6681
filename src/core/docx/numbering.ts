/**
 * Word's automatic numbering ("1.", "1.1.", "а)"): the number is not in the text, Word computes it
 * from numbering.xml while laying the document out. This module does the same, in document order.
 *
 * Rules followed (ECMA-376 §17.9, as Word behaves):
 * - a paragraph's list is `numId` (a `w:num`), which points at an `abstractNum` holding the levels;
 * - each level has a start value, a format and a text template ("%1.%2." — %k is level k's counter);
 * - numbering a paragraph at level L advances L and restarts the deeper levels (unless a level's
 *   `w:lvlRestart` says otherwise: 0 = never restart);
 * - `w:num`s that point at the same abstractNum share one sequence, except a `w:num` with a
 *   `w:lvlOverride/w:startOverride`, which is its own sequence starting at the override
 *   (this is how Word writes "restart numbering at 1");
 * - `numId` 0 means "no numbering" (it switches off numbering inherited from a style).
 */
import { createBudget, type DocxLimits, type ReadBudget, type ReadWarning, shown, thousands } from './limits';
import { decimal, kid, kids, val, type XmlElement } from './xml';

export interface Level {
  start: number;
  format: string;
  text: string;
  /** Restart after a level above this one (1-based) is used; 0 = never. Default: any level above. */
  restart?: number;
  /** `w:isLgl`: show all levels in this number as decimal. */
  legal: boolean;
  /** What follows the number: 'tab' (Word's default), 'space' or 'nothing'. */
  suffix: string;
}

export interface Numbering {
  /** Levels (by ilvl) of each abstractNum. */
  abstracts: Map<string, Level[]>;
  /** numId → abstractNum id and per-level start overrides. */
  nums: Map<string, { abstractId: string; starts: Map<number, number>; levels: Map<number, Level> }>;
}

/** A start value as Word can show it: 0 … maxNumber; anything else is clamped, with a warning. */
function startValue(raw: string | undefined, { limits: { maxNumber }, warn }: ReadBudget): number {
  const n = decimal(raw) ?? 0;
  if (n >= 0 && n <= maxNumber) return n;
  const to = n < 0 ? 0 : maxNumber;
  warn({
    code: 'docx-number-clamped',
    message: `Список в файле начинается с номера ${shown(raw ?? '')} — взято ${thousands(to)}.`,
    en: `A list in the file starts at ${shown(raw ?? '')}; read as ${to}.`,
  });
  return to;
}

/** A level index: Word has levels 0 … 8 (maxLevel); any other level is left out (undefined). */
function levelIndex(raw: string | undefined, { maxLevel }: DocxLimits): number | undefined {
  const n = decimal(raw ?? '0');
  return n !== undefined && n >= 0 && n <= maxLevel ? n : undefined;
}

const labelCut = (max: number): ReadWarning => ({
  code: 'docx-label-cut',
  message: `Номер списка длиннее ${max} знаков — обрезан.`,
  en: `A list number longer than ${max} characters was cut.`,
});

function parseLevel(lvl: XmlElement, budget: ReadBudget): Level {
  const restart = val(lvl, 'lvlRestart');
  const isLgl = kid(lvl, 'isLgl');
  const { maxLabelChars } = budget.limits;
  let text = val(lvl, 'lvlText') ?? '';
  if (text.length > maxLabelChars) {
    text = text.slice(0, maxLabelChars);
    budget.warn(labelCut(maxLabelChars));
  }
  return {
    start: startValue(val(lvl, 'start'), budget),
    format: val(lvl, 'numFmt') ?? 'decimal',
    text,
    restart: restart === undefined ? undefined : Number(restart),
    legal: !!isLgl && isLgl.attrs.val !== '0' && isLgl.attrs.val !== 'false',
    suffix: val(lvl, 'suff') ?? 'tab',
  };
}

function parseLevels(el: XmlElement, budget: ReadBudget): Level[] {
  const levels: Level[] = [];
  for (const lvl of kids(el, 'lvl')) {
    const k = levelIndex(lvl.attrs.ilvl, budget.limits);
    if (k !== undefined) levels[k] = parseLevel(lvl, budget);
  }
  return levels;
}

/**
 * Reads numbering.xml (its root element); an absent part gives an empty model. Start values
 * outside 0 … maxNumber are clamped (a warning in `budget`), levels outside 0 … maxLevel left out.
 */
export function parseNumbering(root: XmlElement | undefined, budget: ReadBudget = createBudget()): Numbering {
  const numbering: Numbering = { abstracts: new Map(), nums: new Map() };
  if (!root) return numbering;
  for (const a of kids(root, 'abstractNum'))
    numbering.abstracts.set(a.attrs.abstractNumId ?? '', parseLevels(a, budget));
  for (const n of kids(root, 'num')) {
    const starts = new Map<number, number>();
    const levels = new Map<number, Level>();
    for (const o of kids(n, 'lvlOverride')) {
      const ilvl = levelIndex(o.attrs.ilvl, budget.limits);
      if (ilvl === undefined) continue;
      const s = val(o, 'startOverride');
      if (s !== undefined) starts.set(ilvl, startValue(s, budget));
      const lvl = kid(o, 'lvl');
      if (lvl) levels.set(ilvl, parseLevel(lvl, budget));
    }
    numbering.nums.set(n.attrs.numId ?? '', { abstractId: val(n, 'abstractNumId') ?? '', starts, levels });
  }
  return numbering;
}

const RUSSIAN = 'абвгдежзиклмнопрстуфхцчшщэюя';
const LATIN = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Word's letters: a … z, then aa … zz, then aaa (the letter repeated, not "ab"). Word keeps a label
 * within 31 characters (MS-OI29500 §2.1.283, lvlText), so past 31 repeats the number is shown in digits.
 */
function letters(n: number, alphabet: string): string {
  const k = alphabet.length;
  const times = Math.floor((n - 1) / k) + 1;
  if (n < 1 || times > 31) return String(n);
  return alphabet[(n - 1) % k].repeat(times);
}

function roman(n: number): string {
  if (n < 1 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let s = '';
  for (const [v, r] of table) {
    while (n >= v) {
      s += r;
      n -= v;
    }
  }
  return s;
}

/** One counter value in a level's format. Formats not listed here fall back to decimal. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n, LATIN);
    case 'upperLetter':
      return letters(n, LATIN).toUpperCase();
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'russianLower':
      return letters(n, RUSSIAN);
    case 'russianUpper':
      return letters(n, RUSSIAN).toUpperCase();
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** The counters of one document, advanced paragraph by paragraph in document order. */
export interface Counter {
  /**
   * The label Word shows for a paragraph numbered (numId, ilvl), or null when the list or level
   * does not exist or shows nothing. Bullets come back as "•". Advances the counters.
   */
  next(numId: string, ilvl: number): { label: string; suffix: string } | null;
}

/** Labels longer than the budget's `maxLabelChars` are cut, with a warning. */
export function createCounter(numbering: Numbering, budget: ReadBudget = createBudget()): Counter {
  const sequences = new Map<string, (number | undefined)[]>();
  const { maxLevel, maxLabelChars } = budget.limits;
  return {
    next(numId, ilvl) {
      if (!(Number.isInteger(ilvl) && ilvl >= 0 && ilvl <= maxLevel)) return null;
      const num = numbering.nums.get(numId);
      if (!num) return null;
      const abstract = numbering.abstracts.get(num.abstractId) ?? [];
      const levelAt = (k: number): Level | undefined => num.levels.get(k) ?? abstract[k];
      const level = levelAt(ilvl);
      if (!level) return null;
      const key = num.starts.size ? `num:${numId}` : `abs:${num.abstractId}`;
      let seq = sequences.get(key);
      if (!seq) {
        seq = [];
        sequences.set(key, seq);
      }
      const startOf = (k: number) => num.starts.get(k) ?? levelAt(k)?.start ?? 0;
      seq[ilvl] = seq[ilvl] === undefined ? startOf(ilvl) : (seq[ilvl] as number) + 1;
      // Deeper levels restart when a level above them is used (lvlRestart = 1-based level, 0 = never).
      for (let d = ilvl + 1; d < 9; d++) {
        const r = levelAt(d)?.restart;
        if (r === undefined || (r !== 0 && ilvl < r)) seq[d] = undefined;
      }
      if (level.format === 'bullet') return { label: '•', suffix: level.suffix };
      const label = level.text.replace(/%([1-9])/g, (_, k: string) => {
        const at = Number(k) - 1;
        const lv = levelAt(at);
        // A level above that has not been used yet shows its start value, as Word does.
        const value = seq[at] ?? startOf(at);
        return formatNumber(value, level.legal ? 'decimal' : (lv?.format ?? 'decimal'));
      });
      if (label.length > maxLabelChars) {
        budget.warn(labelCut(maxLabelChars));
        return { label: label.slice(0, maxLabelChars), suffix: level.suffix };
      }
      return label ? { label, suffix: level.suffix } : null;
    },
  };
}
