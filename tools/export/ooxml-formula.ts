/**
 * A Sheets formula (as the add-on writes it into a conditional-format rule) as an OOXML formula.
 *
 * - Sheets parses a rule's formula in the spreadsheet's locale: in ru_RU arguments are separated
 *   by `;` and decimals written `1,5`. A file stores formulas in the invariant form — `,` between
 *   arguments, `.` in numbers (ECMA-376 Part 1, §18.17 "Formulas") — whatever the locale of the
 *   application that opens it. Function names are English in both.
 * - `TODAY()` may be pinned to a day (`DATE(y,m,d)`): the playground's workbook lives on a
 *   simulated clock, and its export should colour overdue rows as the page does, not as the real
 *   calendar would.
 */

/** Whether the locale writes decimals with a comma, so Sheets' formulas separate arguments with `;`. */
export function commaDecimal(locale: string): boolean {
  try {
    return new Intl.NumberFormat(locale.replace('_', '-')).format(1.5).includes(',');
  } catch {
    return false;
  }
}

/** Splits a formula into string literals (kept whole) and the code between them. */
function pieces(formula: string): Array<{ text: string; literal: boolean }> {
  const out: Array<{ text: string; literal: boolean }> = [];
  const re = /"(?:[^"]|"")*"/g;
  let last = 0;
  for (let m = re.exec(formula); m; m = re.exec(formula)) {
    if (m.index > last) out.push({ text: formula.slice(last, m.index), literal: false });
    out.push({ text: m[0], literal: true });
    last = m.index + m[0].length;
  }
  if (last < formula.length) out.push({ text: formula.slice(last), literal: false });
  return out;
}

export function ooxmlFormula(formula: string, opts: { locale: string; today?: string }): string {
  const parts = pieces(formula.replace(/^\s*=/, ''));
  // A formula with `;` between arguments was written for a comma-decimal locale; one without is
  // already in the invariant form (or has no second argument to separate).
  const localized = commaDecimal(opts.locale) && parts.some((p) => !p.literal && p.text.includes(';'));
  const day = opts.today ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(opts.today) : null;
  if (opts.today && !day) throw new Error(`today must be YYYY-MM-DD: ${opts.today}`);
  return parts
    .map(({ text, literal }) => {
      if (literal) return text;
      let code = text;
      if (localized) code = code.replace(/(\d),(\d)/g, '$1.$2').replace(/;/g, ',');
      if (day)
        code = code.replace(/\bTODAY\s*\(\s*\)/gi, `DATE(${Number(day[1])},${Number(day[2])},${Number(day[3])})`);
      return code;
    })
    .join('');
}
