/**
 * Item numbers written inside the text: "1. Издание …", "1.Совершенствование …", "2.2.1. …; 2.2.2. …".
 * A date ("01.10.2020 Обучение") is not a number: its parts have leading zeros or four digits.
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

/**
 * Several numbered sub-activities in one cell ("2.2.1. Изучение …; 2.2.2. Изучение …"): the first
 * starts the cell, the others start after a `;`, `.`, `)` or a line break and share the first one's
 * parent number ("2.2."), so a reference like "по этапам 4.1. и 4.2." never splits a cell.
 * Returns null when the cell holds fewer than two such items.
 */
export function splitSubItems(text: string): SubItem[] | null {
  const starts: { at: number; end: number; number: string }[] = [];
  ITEM.lastIndex = 0;
  for (let m = ITEM.exec(text); m; m = ITEM.exec(text)) {
    const before = text.slice(0, m.index);
    if (m.index > 0 && !/[;.)»\n]\s*$/.test(before)) continue;
    if (!plausible(m[1])) continue;
    starts.push({ at: m.index, end: m.index + m[0].length, number: m[1] });
  }
  if (starts.length < 2 || starts[0].at !== 0) return null;
  const parent = (n: string) => n.split('.').slice(0, -1).join('.');
  const depth = (n: string) => n.split('.').length;
  const first = starts[0].number;
  const items = starts.filter((s) => parent(s.number) === parent(first) && depth(s.number) === depth(first));
  if (items.length < 2) return null;
  return items.map((s, i) => {
    const stop = i + 1 < items.length ? items[i + 1].at : text.length;
    const body = text.slice(s.end, stop).trim().replace(/\s*;$/, '').trim();
    return { number: s.number, text: body };
  });
}
