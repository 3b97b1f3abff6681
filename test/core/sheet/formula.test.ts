import { argumentSeparator, call, formula, quoted } from '../../../src/core/sheet/formula';

describe('formulas in the spreadsheet locale', () => {
  it.each([
    ['ru_RU', ';'],
    ['uk_UA', ';'],
    ['de_DE', ';'],
    ['fr_FR', ';'],
    ['pt_BR', ';'],
    ['en_US', ','],
    ['en_GB', ','],
    ['ja_JP', ','],
    ['de_CH', ','],
    ['en', ','],
    ['ru', ';'],
    ['', ';'],
    ['xx_YY', ';'],
  ])('%s separates arguments with "%s"', (locale, sep) => {
    expect(argumentSeparator(locale)).toBe(sep);
  });

  it('joins the arguments of every call with the separator, nested calls too', () => {
    const e = call('AND', '$A2<>""', call('OR', '$B2=1', '$B2=2'), `$C2=${quoted('да, "нет"')}`);
    expect(formula(e, ';')).toBe('=AND($A2<>"";OR($B2=1;$B2=2);$C2="да, ""нет""")');
    expect(formula(e, ',')).toBe('=AND($A2<>"",OR($B2=1,$B2=2),$C2="да, ""нет""")');
  });

  it('refuses an operand that hides a separator outside a string literal', () => {
    expect(() => formula(call('AND', 'A1,B1'), ';')).toThrow('build it with call()');
    expect(() => formula('ROUND(A1;0)', ',')).toThrow('build it with call()');
    expect(formula('$A2="a;b"', ',')).toBe('=$A2="a;b"');
  });
});
