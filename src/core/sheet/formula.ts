/**
 * Every formula the add-on writes into a spreadsheet (conditional formats, validation, cells) is
 * built by `formula` with the separator of the spreadsheet's locale: a condition "is parsed as if
 * the user typed into a cell" (Sheets API, ConditionValue.userEnteredValue), and typing follows the
 * locale — function arguments are separated by `,` in 28 locales (en_US, en_GB, ja_JP, …) and by
 * `;` in the others (ru_RU, de_DE, fr_FR, …: where a comma is the decimal separator). A comma is
 * not corrected into a semicolon there, so a comma formula would be refused in a Russian
 * spreadsheet. (Table: Stack Overflow, "locale differences in google sheets", 2022; Sheets does
 * correct a typed `;` into `,` in comma locales, which makes `;` the safe default for a locale not
 * in the table.) An .xlsx export is OOXML, whose formulas always use `,`: it does not come here.
 */

export type ArgumentSeparator = ',' | ';';

/** Locales whose argument separator is `,` (language_COUNTRY as Sheets names them). */
const COMMA_LOCALES = new Set([
  'en_US',
  'en_GB',
  'en_AU',
  'en_CA',
  'en_IE',
  'en_IN',
  'en_PH',
  'cy_GB',
  'bn_IN',
  'gu_IN',
  'hi_IN',
  'kn_IN',
  'ml_IN',
  'mr_IN',
  'pa_IN',
  'ta_IN',
  'te_IN',
  'iw_IL',
  'he_IL',
  'de_CH',
  'zh_CN',
  'zh_HK',
  'zh_TW',
  'ja_JP',
  'ko_KR',
  'th_TH',
  'mn_MN',
  'my_MM',
  'ar_EG',
  'es_MX',
]);

/** A bare language code (Sheets allows `en`, `fil`…) whose every locale in the table uses `,`. */
const COMMA_LANGUAGES = new Set(['en', 'ja', 'ko', 'zh', 'th', 'mn', 'my', 'hi', 'bn', 'gu', 'kn', 'ml', 'mr', 'pa']);

/** The spreadsheet's argument separator, from `properties.locale` (`ru_RU` → `;`, `en_US` → `,`). */
export function argumentSeparator(locale: string | null | undefined): ArgumentSeparator {
  const l = (locale ?? '').trim().replace('-', '_');
  if (COMMA_LOCALES.has(l)) return ',';
  return !l.includes('_') && COMMA_LANGUAGES.has(l.toLowerCase()) ? ',' : ';';
}

/** A function call in a formula: its arguments are joined with the locale's separator. */
export interface Call {
  fn: string;
  args: Expr[];
}
/** An operand written as is (`$N2<>""`, `TODAY()+7`: no argument separator inside), or a call. */
export type Expr = string | Call;

export const call = (fn: string, ...args: Expr[]): Call => ({ fn, args });

/** A string literal: `Выполнено` → `"Выполнено"`, quotes doubled. */
export const quoted = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** Outside string literals, a raw operand must not hold a separator: it would mean another thing in another locale. */
function checkOperand(raw: string): void {
  if (/[,;]/.test(raw.replace(/"(?:[^"]|"")*"/g, ''))) {
    throw new Error(`formula operand "${raw}" holds an argument separator: build it with call()`);
  }
}

function render(e: Expr, sep: ArgumentSeparator): string {
  if (typeof e === 'string') {
    checkOperand(e);
    return e;
  }
  return `${e.fn}(${e.args.map((a) => render(a, sep)).join(sep)})`;
}

/** The formula text for a spreadsheet of that locale's separator: `=AND(…;…)` or `=AND(…,…)`. */
export function formula(e: Expr, sep: ArgumentSeparator): string {
  return `=${render(e, sep)}`;
}
