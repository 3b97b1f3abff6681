/**
 * Item numbers written inside the text: "1. Издание …", "1.Совершенствование …", "2.2.1. …; 2.2.2. …",
 * "1.Праздник … 2.Физкультурный досуг …". A date ("01.10.2020 Обучение", "к 9.05.") is not a number:
 * its parts have leading zeros or four digits, or a digit follows the dot.
 * Every function here is linear in the length of the text (no slice per match).
 */

const NUM = String.raw`\d{1,3}(?:\.\d{1,3})*`;
const LEADING = new RegExp(String.raw`^(${NUM})(?:[.)]\s*|\s+(?=\S))`);

function plausible(num: string): boolean {
  const parts = num.split('.');
  if (parts.some((p) => p.length > 1 && p.startsWith('0'))) return false;
  return parts.every((p) => p.length <= 3);
}

/**
 * The number at the start of a title and the title without it. Needs a dot or a bracket after a
 * one-level number ("1. X", "1) X", "1.X"), so that "1 этап" or "3 раза в неделю" keep their digit.
 */
export function splitLeadingNumber(text: string): { number: string | null; rest: string } {
  const m = LEADING.exec(text);
  if (!m) return { number: null, rest: text };
  const num = m[1];
  const sep = m[0].slice(num.length);
  const multi = num.includes('.');
  if (!multi && !/^[.)]/.test(sep)) return { number: null, rest: text };
  const rest = text.slice(m[0].length);
  if (!rest || /^[\d.,:;/-]/.test(rest) || !plausible(num)) return { number: null, rest: text };
  return { number: num, rest };
}

export interface SubItem {
  number: string;
  text: string;
}

const ITEM = /(\d{1,3}(?:\.\d{1,3}){1,4})\.?\s+(?=[^\d\s.,;])/g;
/** A one-level item: "1." or "1)" before a capital letter or an opening quote. */
const FLAT_ITEM = /(\d{1,2})[.)]\s*(?=[«"„“А-ЯЁA-Z])/g;

/** Does an item start at `at`: after `;`, `.`, `)`, `»` or a line break (spaces between allowed)? */
function startsAfterBreak(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i])) {
    if (text[i] === '\n') return true;
    i--;
  }
  return i >= 0 && /[;.)»]/.test(text[i]);
}

function cut(text: string, items: { at: number; end: number; number: string }[]): SubItem[] {
  return items.map((s, i) => {
    const stop = i + 1 < items.length ? items[i + 1].at : text.length;
    const body = text.slice(s.end, stop).trim().replace(/\s*;$/, '').trim();
    return { number: s.number, text: body };
  });
}

/**
 * Multi-level items ("2.2.1. Изучение …; 2.2.2. Изучение …"): the first starts the cell, the
 * others start after a `;`, `.`, `)` or a line break and share the first one's parent number
 * ("2.2."), so a reference like "по этапам 4.1. и 4.2." never splits a cell.
 */
function multiLevel(text: string): SubItem[] | null {
  const starts: { at: number; end: number; number: string }[] = [];
  ITEM.lastIndex = 0;
  for (let m = ITEM.exec(text); m; m = ITEM.exec(text)) {
    if (m.index > 0 && !startsAfterBreak(text, m.index)) continue;
    if (!plausible(m[1])) continue;
    starts.push({ at: m.index, end: m.index + m[0].length, number: m[1] });
  }
  if (starts.length < 2 || starts[0].at !== 0) return null;
  const parent = (n: string) => n.slice(0, n.lastIndexOf('.'));
  const depth = (n: string) => n.split('.').length;
  const first = starts[0].number;
  const items = starts.filter((s) => parent(s.number) === parent(first) && depth(s.number) === depth(first));
  return items.length < 2 ? null : cut(text, items);
}

/** After a space or a sentence's end: not inside "12.", "1.1." or a word. */
function afterSeparator(text: string, at: number): boolean {
  const c = text[at - 1];
  if (/[\s;,)»"!?:]/.test(c)) return true;
  return c === '.' && at >= 2 && !/\d/.test(text[at - 2]);
}

/**
 * One-level items counted from 1 ("1.Праздник … 2.Физкультурный досуг … 3.…"): the cell starts
 * with "1." and each next number follows in order — or repeats or skips one, as typos do — before a
 * capital letter. A "2" that is not followed by a dot ("2 раза в год"), a date ("к 9.05.") or a
 * number far from the last does not start an item.
 */
function flatList(text: string): SubItem[] | null {
  if (!/^1[.)]/.test(text)) return null;
  const items: { at: number; end: number; number: string }[] = [];
  let last = 0;
  FLAT_ITEM.lastIndex = 0;
  for (let m = FLAT_ITEM.exec(text); m; m = FLAT_ITEM.exec(text)) {
    const n = Number(m[1]);
    // the next number, or a typo next to it: the same number again, or one skipped (1, 2, 2, 4)
    if (items.length === 0 ? n !== 1 : n < last || n > last + 2) continue;
    if (m.index > 0 && !afterSeparator(text, m.index)) continue;
    items.push({ at: m.index, end: m.index + m[0].length, number: m[1] });
    last = n;
  }
  // the first item must open the cell: text before it would belong to no item
  if (items.length < 2 || items[0].at !== 0) return null;
  const out = cut(text, items);
  return isAgenda(out) ? null : out;
}

/**
 * The questions of one meeting ("1. О выборе председателя… 2. Об итогах…"): an agenda, numbered
 * like a list but one activity — the meeting. Most items open with «О», «Об», «Обо».
 */
function isAgenda(items: SubItem[]): boolean {
  const about = items.filter((it) => /^(о|об|обо)\s/i.test(it.text)).length;
  return about * 2 > items.length;
}

/**
 * Several numbered sub-activities in one cell. Returns null when the cell holds fewer than two.
 */
export function splitSubItems(text: string): SubItem[] | null {
  return multiLevel(text) ?? flatList(text);
}
