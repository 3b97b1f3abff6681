/**
 * What a column's cells say about its role, measured on the table's data rows: how full it is, how
 * varied and long its texts are, and how many of them read as a date, a number or people. The
 * activity column holds long, varied, per-row text; a stage column repeats itself or stands on the
 * first row of its stage only; a deadline column reads as dates; a responsible column names
 * people, roles and bodies; a № column holds numbers.
 */
import { parseDeadline } from '../deadline/parse';
import {
  GROUP_HEADS,
  INSTITUTION_ABBR,
  lexForm,
  looksAdjective,
  NOUN_ADJECTIVES,
  ORG_HEADS,
  PLURAL_ROLES,
  SINGULAR_ROLES,
} from '../people/lexicon';
import { splitResponsible } from '../people/split';
import { looksLikeDeadline } from './align';

export interface ColumnEvidence {
  /** Data rows looked at. */
  rows: number;
  /** Rows where this column holds text. */
  filled: number;
  /** Distinct texts among them. */
  distinct: number;
  /** Mean length of the texts, in characters. */
  meanLength: number;
  /** Shares of the filled cells (0..1). */
  dates: number;
  numbers: number;
  people: number;
}

/** Enough rows to tell the roles apart; the rest of a long plan says the same. */
export const SAMPLE_ROWS = 300;
/** Cells are read for evidence up to this length (a long cell is an activity anyway). */
const CELL_CUT = 240;

const NUMBER = /^(№\s*)?([IVXLC]{1,6}|\d{1,3}(\.\d{1,3}){0,4})[.)]?$/;
const DAY_ONLY = /^\d{1,2}(\s*[-–—,]\s*\d{1,2})*\.?$/;
/** "Фамилия И.О." or "И.О. Фамилия": a person for sure. */
const NAME = /[А-ЯЁ][а-яё]+(-[А-ЯЁ][а-яё]+)?\s*[А-ЯЁ]\.\s*[А-ЯЁ]\.?|[А-ЯЁ]\.\s*[А-ЯЁ]\.\s*[А-ЯЁ][а-яё]+/u;
/** Dotted abbreviations of roles: "Зам. директора", "Кл. руководители", "Ст. воспитатель". */
const ROLE_ABBR = /^(зам|зав|кл|рук|пед|соц|мед|ст|гл|нач|спец|уч|дир|инстр|преп|пред|отв)\.$/;

export function isNumberCell(text: string): boolean {
  return NUMBER.test(text.trim());
}

/** The text is a deadline and little else: a short cell the deadline parser reads. */
export function isDateCell(text: string): number {
  const t = text.trim();
  if (!t || t.length > 60 || !looksLikeDeadline(t)) return 0;
  // day numbers alone ("1-10") are dates under a month heading, and classes ("1-11") elsewhere
  if (DAY_ONLY.test(t)) return 0.5;
  const d = parseDeadline(t, { year: 2000 });
  return !d.problem && (d.start !== null || d.end !== null || d.recurrence !== 'none') ? 1 : 0;
}

const isHead = (f: string) =>
  SINGULAR_ROLES.has(f) || PLURAL_ROLES.has(f) || GROUP_HEADS.has(f) || ORG_HEADS.has(f) || NOUN_ADJECTIVES.has(f);

/** The first noun of a phrase, past its adjectives ("Старший воспитатель" → "воспитатель"). */
function headNoun(words: string[]): string | null {
  for (const w of words) {
    const f = lexForm(w.replace(/[«»"().,:;]/g, ''));
    if (!f) continue;
    if (ROLE_ABBR.test(`${f}.`) && w.endsWith('.')) return 'abbr';
    if (isHead(f)) return f;
    if (looksAdjective(f)) continue;
    return f;
  }
  return null;
}

/** Does a cell name people, roles or bodies, and nothing else? (0..1: the share of its parts that do.) */
export function peopleShare(text: string): number {
  const t = text.trim();
  if (!t || t.length > 160) return 0;
  if (t.split(/\s+/).length > 14) return 0;
  const parts = splitResponsible(t);
  if (!parts.length) return 0;
  let ok = 0;
  for (const p of parts) {
    if (p.kind === 'person' && p.name && NAME.test(p.text)) ok++;
    else {
      const words = p.text.split(/\s+/).filter(Boolean);
      if (words.length > 8) continue;
      const first = words[0] ?? '';
      if (INSTITUTION_ABBR.test(first) || /^[А-ЯЁ]{2,8}$/u.test(first)) {
        ok++;
        continue;
      }
      const head = headNoun(words);
      if (head && (head === 'abbr' || isHead(head))) ok++;
    }
  }
  return ok / parts.length;
}

/** Every `step`-th row, so that the evidence of a long plan costs as much as a short one's. */
export function sample<T>(rows: readonly T[], max = SAMPLE_ROWS): T[] {
  if (rows.length <= max) return [...rows];
  const step = rows.length / max;
  const out: T[] = [];
  for (let i = 0; i < max; i++) out.push(rows[Math.floor(i * step)]);
  return out;
}

/** Evidence for each column of `rows` (cell texts per column; data rows only). */
export function columnEvidence(rows: readonly (readonly string[])[], width: number): ColumnEvidence[] {
  const picked = sample(rows);
  return Array.from({ length: width }, (_, j) => {
    const seen = new Set<string>();
    let filled = 0;
    let length = 0;
    let dates = 0;
    let numbers = 0;
    let people = 0;
    for (const r of picked) {
      const raw = (r[j] ?? '').trim();
      if (!raw) continue;
      const text = raw.length > CELL_CUT ? raw.slice(0, CELL_CUT) : raw;
      filled++;
      length += raw.length;
      seen.add(text.toLowerCase());
      dates += isDateCell(text);
      if (isNumberCell(text)) numbers++;
      people += peopleShare(text);
    }
    const share = (n: number) => (filled ? n / filled : 0);
    return {
      rows: picked.length,
      filled,
      distinct: seen.size,
      meanLength: filled ? length / filled : 0,
      dates: share(dates),
      numbers: share(numbers),
      people: share(people),
    };
  });
}

/** How much a column looks like the activity column: full, varied, long text that is no date, number or name list. */
export function titleScore(e: ColumnEvidence): number {
  if (!e.rows || !e.filled) return 0;
  const fill = e.filled / e.rows;
  const varied = e.distinct / e.filled;
  const long = Math.min(1, e.meanLength / 40);
  return fill * varied * long * (1 - e.dates) * (1 - e.numbers) * (1 - 0.6 * e.people);
}
