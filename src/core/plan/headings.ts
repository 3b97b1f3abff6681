import { MONTHS_NOMINATIVE } from '../dates/months';
/**
 * Heading rows of a plan: stages ("Этап I. …", "1 этап (подготовительный)"), sections
 * ("1. Нормативно-правовое обеспечение", "I. МОНИТОРИНГ", "2.1. Подготовка к ВМКДО. Ответственный –
 * Руководитель ДОО.") and month rows of a calendar plan ("ЯНВАРЬ").
 */

export interface Heading {
  kind: 'stage' | 'section';
  text: string;
  /** Month of a month heading ("ЯНВАРЬ" → 1): day-only deadlines under it fall in this month. */
  month?: number;
  year?: number;
  /** "Ответственный – Координатор ДОО": applies to the activities under the heading. */
  responsible?: string;
}

const STAGE = /^(этап|стадия)\s+([IVXLC]+|\d+)\b|^([IVXLC]+|\d+)\s*(-?й\s+)?этап(\s|$|[.:,(])/i;
const RESPONSIBLE = /ответственн[а-яё]*\s*(?:[–—:-]+|за\s+выполнение\s*[–—:-]*)\s*([\s\S]+?)\s*\.?\s*$/i;

function monthOf(text: string): { month: number; year?: number } | null {
  const m = /^([а-яё]+)(?:\s+(\d{4})\s*(?:г\.?|года?)?)?\.?$/i.exec(text.trim());
  if (!m) return null;
  const i = MONTHS_NOMINATIVE.indexOf(m[1].toLowerCase());
  if (i < 0) return null;
  return m[2] ? { month: i + 1, year: Number(m[2]) } : { month: i + 1 };
}

export function isStageText(text: string): boolean {
  return STAGE.test(text.trim());
}

export function readHeading(text: string): Heading {
  const t = text.trim();
  const h: Heading = { kind: isStageText(t) ? 'stage' : 'section', text: t };
  const month = monthOf(t);
  if (month) {
    h.month = month.month;
    if (month.year) h.year = month.year;
  }
  const r = RESPONSIBLE.exec(t);
  if (r?.[1]) h.responsible = r[1].trim();
  return h;
}

/**
 * Does a lone text look like a heading by itself (not only by standing alone in its row)? Used for
 * a row whose only text sits in the activity column: "Формирование нормативно-правового обеспечения"
 * in a numbered table is a section; "5.2.9. Информирование …" is an activity.
 */
export function looksLikeHeadingText(text: string, bold: boolean): boolean {
  const t = text.trim();
  if (isStageText(t) || monthOf(t) || RESPONSIBLE.test(t)) return true;
  if (/^[IVXLC]+\.\s+\S/.test(t)) return true;
  // Upper-case openings: "I. МОНИТОРИНГ", "ОРГАНИЗАЦИОННАЯ РАБОТА Цель: …" (an abbreviation like
  // "ВФСК ГТО – «Фестиваль…»" runs out of capitals within ten letters).
  const letters = t.replace(/[^a-zа-яё]/gi, '');
  const head = letters.slice(0, 10);
  if (head.length >= 4 && head === head.toUpperCase()) return true;
  return bold;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function fromRoman(r: string): number {
  let n = 0;
  for (let i = 0; i < r.length; i++) {
    const v = ROMAN[r[i]];
    const next = ROMAN[r[i + 1]] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
}

/** The number of a stage heading ("Этап V." → 5, "2 этап" → 2), or null. */
export function stageNumber(text: string): number | null {
  const m = STAGE.exec(text.trim());
  if (!m) return null;
  const raw = (m[2] ?? m[3] ?? '').toUpperCase();
  if (/^\d+$/.test(raw)) return Number(raw);
  return /^[IVXLC]+$/.test(raw) ? fromRoman(raw) : null;
}
