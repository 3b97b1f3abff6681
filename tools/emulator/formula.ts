/**
 * How Sheets reads the text of a formula in a spreadsheet's locale — enough to refuse one it could
 * not parse. Not an evaluator.
 *
 * A conditional-format or validation condition "is parsed as if the user typed into a cell"
 * (Sheets API reference, ConditionValue.userEnteredValue; formulas "must begin with an = or a +"),
 * and typing follows the spreadsheet's locale: where the decimal separator is a comma (ru_RU, most
 * of Europe, Latin America) function arguments are separated by `;`, elsewhere (en_US, en_GB, …)
 * by `,` (Sheets' locale settings; the per-locale table on Stack Overflow, "locale differences in
 * google sheets", 2022, lists 28 comma locales and 44 semicolon ones — the decimal rule gives that
 * table exactly). A comma is never read as a separator in a semicolon locale, so such a formula is
 * a parse error; the editor turns a typed `;` into `,` in a comma locale, but nothing says the API
 * does, so here a `;` there is refused too (stricter, never looser).
 */

/** The argument separator of a spreadsheet locale (`ru_RU` → `;`, `en_US` → `,`). */
export function argumentSeparator(locale: string): ',' | ';' {
  const tag = locale.replace('_', '-').replace(/^iw\b/, 'he').replace(/^in\b/, 'id');
  let decimal = '.';
  try {
    decimal = new Intl.NumberFormat(tag).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
  } catch {
    // an unknown tag: as en_US
  }
  return decimal === ',' ? ';' : ',';
}

/** Why `text` is not a formula Sheets would accept in `locale`, or null when it is. */
export function formulaProblem(text: string, locale: string): string | null {
  if (!/^[=+]/.test(text)) return 'a formula must begin with = or +';
  const sep = argumentSeparator(locale);
  const other = sep === ',' ? ';' : ',';
  let depth = 0;
  let braces = 0;
  for (let i = 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      // A string literal, "" inside it being one quote: skip to its closing quote.
      let j = i + 1;
      while (j < text.length && !(text[j] === '"' && text[j + 1] !== '"')) j += text[j] === '"' ? 2 : 1;
      if (j >= text.length) return 'unterminated string';
      i = j;
      continue;
    }
    if (ch === '{') braces++;
    else if (ch === '}') braces--;
    else if (ch === '(') depth++;
    else if (ch === ')') {
      depth--;
      if (depth < 0) return 'unbalanced parentheses';
    } else if (ch === other && braces === 0) {
      // In a semicolon locale a comma between digits is a decimal comma (1,5).
      const decimalComma = other === ',' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '');
      if (!decimalComma) return `"${other}" is not an argument separator in locale ${locale} (use "${sep}")`;
    }
  }
  if (depth !== 0) return 'unbalanced parentheses';
  if (braces !== 0) return 'unbalanced braces';
  return null;
}
