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

/** True when the whole text is wrapped in bold markup (`<b>…</b>`, `<strong>…</strong>`, `**…**`). */
export function isBoldMarkup(raw: string): boolean {
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
  let s = raw.replace(/\u00a0/g, ' ');
  s = s.replace(/<\/p>\s*<p[^>]*>/gi, '\n').replace(/<br\s*\/?>/gi, '\n');
  s = s.replace(/<\/?(?:b|strong|i|em|u|p|span|font|sup|sub|div)(?:\s[^>]*)?>/gi, '');
  s = s.replace(/\*\*/g, '');
  s = s.replace(/^\s*#{1,6}\s+/gm, '');
  s = decodeEntities(s);
  return s
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
    .trim();
}
