/**
 * The paragraphs before the table: the plan's title ("План – график …", "ПЛАН" + the bold line
 * under it, "План мероприятий («дорожная карта») … до 2024 года") and the rest (order text,
 * "УТВЕРЖДЕНО" block), which goes to `unrecognized` so that no word is lost.
 */

const TITLE_START = /^(план|дорожная карта|календарный план|график|программа мероприятий)(?![а-яё])/i;

export interface Preamble {
  title: string | null;
  /** Paragraphs that are not the title, in order. */
  rest: string[];
}

/**
 * The title is the last paragraph that starts like a plan's name (the order above the table may
 * mention "Плана мероприятий" too, but the plan's own heading stands right before the table), plus
 * the lines that continue it: a bare "ПЛАН" takes the next paragraph, and a line that starts in
 * lower case continues the one above (Word keeps a long title as several paragraphs).
 */
export function readPreamble(paragraphs: string[]): Preamble {
  let at = -1;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    if (TITLE_START.test(paragraphs[i].trim())) {
      at = i;
      break;
    }
  }
  if (at < 0) return { title: null, rest: [...paragraphs] };
  let end = at + 1;
  const words = paragraphs[at].trim().split(/\s+/).length;
  if (words <= 2 && end < paragraphs.length) end++;
  while (end < paragraphs.length && /^[а-яё(«"]/.test(paragraphs[end].trim())) end++;
  const title = paragraphs
    .slice(at, end)
    .map((p) => p.trim())
    .join(' ')
    .replace(/\s+/g, ' ');
  return { title, rest: [...paragraphs.slice(0, at), ...paragraphs.slice(end)] };
}
