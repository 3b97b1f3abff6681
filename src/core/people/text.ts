/**
 * Text folding shared by the splitter and the resolver. Plans and staff lists write the same
 * thing in many ways ("Ё"/"Е", «Интернет»/"Интернет", "Зам."/"Заместитель"), and a comparison
 * must not depend on that; the user's own text is never replaced by the folded form.
 */

/** Lower case, ё → е: a word compared as a word (one copy of it for the whole bundle). */
export const lowerYo = (s: string): string => s.toLowerCase().replace(/ё/g, 'е');

/** Lower case, ё → е, non-breaking spaces made plain (`\s` matches them too), spaces collapsed. */
export function fold(s: string): string {
  return lowerYo(s).replace(/\s+/g, ' ').trim();
}

/** The first letter in upper case, the rest as written ("заместитель директора" → "Заместитель директора"). */
export function capitalize(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/**
 * Shortened role words as plans write them. Expanded before comparison, so that
 * "Зам. директора по УВР" and "Заместитель директора по УВР" are one role.
 */
const SHORT_WORDS: [RegExp, string][] = [
  // "Кл. рук." in a plan names the class teachers; "кл." agrees with the noun after it.
  [/(^|[^\p{L}])(кл\.\s*рук\.)(?=\s|$)/giu, 'классные руководители'],
  [/(^|[^\p{L}])(кл\.)(?=\s*\p{L}+[иы](?:\s|$|[^\p{L}]))/giu, 'классные'],
  [/(^|[^\p{L}])(кл\.)(?=\s*\p{L})/giu, 'классный'],
  [/(^|[^\p{L}])(зам\.?)(?=\s|$)/giu, 'заместитель'],
  [/(^|[^\p{L}])(зав\.?)(?=\s|$)/giu, 'заведующий'],
  [/(^|[^\p{L}])(нач\.)(?=\s|$)/giu, 'начальник'],
  [/(^|[^\p{L}])(рук\.)(?=\s|$)/giu, 'руководитель'],
  [/(^|[^\p{L}])(пед\.)(?=\s|$)/giu, 'педагог'],
  [/(^|[^\p{L}])(ст\.)(?=\s|$)/giu, 'старший'],
];

/** Expand "Зам." etc., keeping the case of the first letter ("Зам." → "Заместитель"). */
export function expandShortWords(s: string): string {
  let out = s;
  for (const [re, full] of SHORT_WORDS) {
    out = out.replace(
      re,
      (_m: string, pre: string, word: string) => pre + (word[0] === word[0].toUpperCase() ? capitalize(full) : full),
    );
  }
  return out;
}

/** Markup that pasted plans carry (`<p>`, `<b>`, `<br>`): block tags become new lines, the rest goes. */
export function stripMarkup(s: string): string {
  return (
    s
      .replace(/<\s*(br|\/p|p|\/li|li|\/div|div)\b[^<>]*>/gi, '\n')
      // Only what is shaped like a tag: "<A, >" in a plan's text is text.
      .replace(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi, '')
      .replace(/&nbsp;/g, ' ')
      .replace(/&quot;/g, '"')
      .replace(/&laquo;/g, '«')
      .replace(/&raquo;/g, '»')
      .replace(/&amp;/g, '&')
  );
}
