/**
 * Text copied out of Word (or out of a web page that showed a Word table) carries a little markup:
 * `<b>…</b>`, `<p>…</p>`, `**…**`, `### …`, HTML entities. We read it as plain text and keep only
 * the one hint that matters for a plan: a bold cell is probably a heading.
 */

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  laquo: '«',
  raquo: '»',
  ndash: '–',
  mdash: '—',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

/** Anything that may be markup: a tag, bold stars, a heading hash, an entity, a no-break space. */
const MARKUP = /[<*#&\u00a0]/;

/** Spaces collapsed inside each line, empty lines dropped, the text trimmed. */
function tidy(s: string): string {
  if (!/[\n\t\f\v]|\s\s|^\s|\s$/.test(s)) return s;
  return s
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
    .trim();
}

/** True when the whole text is wrapped in bold markup (`<b>…</b>`, `<strong>…</strong>`, `**…**`). */
export function isBoldMarkup(raw: string): boolean {
  if (!MARKUP.test(raw)) return false;
  const s = raw.trim().replace(/^(<p>\s*)+|(\s*<\/p>)+$/gi, '');
  return (
    /^<(b|strong)>[\s\S]*<\/(b|strong)>$/i.test(s) ||
    (/^\*\*[\s\S]*\*\*$/.test(s) && s.length > 4) ||
    /^\*\*[\s\S]*$/.test(s) // a bold paragraph split over lines opens on one line and closes on another
  );
}

/**
 * Plain text of one cell or paragraph: tags removed, paragraphs (`</p> <p>`, `<br>`) become line
 * breaks, spaces collapsed inside each line. Words are never removed, only markup.
 */
export function stripMarkup(raw: string): string {
  // Most cells carry no markup at all: only their spaces need tidying (one pass, no regex chain).
  if (!MARKUP.test(raw)) return tidy(raw);
  let s = raw.replace(/\u00a0/g, ' ');
  s = s.replace(/<\/p>\s*<p[^>]*>/gi, '\n').replace(/<br\s*\/?>/gi, '\n');
  s = s.replace(/<\/?(?:b|strong|i|em|u|p|span|font|sup|sub|div)(?:\s[^>]*)?>/gi, '');
  s = s.replace(/\*\*/g, '');
  s = s.replace(/^\s*#{1,6}\s+/gm, '');
  return tidy(decodeEntities(s));
}
