import { createCounter, formatNumber, parseNumbering } from '../../../src/core/docx/numbering';
import { parseXml } from '../../../src/core/docx/xml';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const lvl = (i: number, fmt: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;

function counter(abstract: string, nums = '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>') {
  const root = parseXml(
    `<w:numbering ${W}><w:abstractNum w:abstractNumId="0">${abstract}</w:abstractNum>${nums}</w:numbering>`,
  );
  const c = createCounter(parseNumbering(root));
  return (ilvl: number, numId = '1') => c.next(numId, ilvl)?.label ?? null;
}

describe('formatNumber', () => {
  it('writes Word formats', () => {
    expect([1, 2, 26, 27, 28, 53].map((n) => formatNumber(n, 'lowerLetter'))).toEqual([
      'a',
      'b',
      'z',
      'aa',
      'bb',
      'aaa',
    ]);
    expect(formatNumber(3, 'upperLetter')).toBe('C');
    expect([1, 4, 9, 14, 40, 1994].map((n) => formatNumber(n, 'upperRoman'))).toEqual([
      'I',
      'IV',
      'IX',
      'XIV',
      'XL',
      'MCMXCIV',
    ]);
    expect(formatNumber(12, 'lowerRoman')).toBe('xii');
    // Word's Russian letters skip ё, й, ъ, ы, ь: 9 is "и", 10 is "к", 28 is "я".
    expect([1, 9, 10, 28, 29].map((n) => formatNumber(n, 'russianLower'))).toEqual(['а', 'и', 'к', 'я', 'аа']);
    expect(formatNumber(2, 'russianUpper')).toBe('Б');
    expect(formatNumber(7, 'decimalZero')).toBe('07');
    expect(formatNumber(7, 'decimal')).toBe('7');
    expect(formatNumber(7, 'someFutureFormat')).toBe('7');
  });
});

describe('createCounter', () => {
  it('advances a level and restarts deeper levels when a higher one is used', () => {
    const next = counter(lvl(0, 'decimal', '%1.') + lvl(1, 'decimal', '%1.%2.') + lvl(2, 'lowerLetter', '%3)'));
    expect([0, 1, 1, 2, 2, 1, 2, 0, 2, 1].map((l) => next(l))).toEqual([
      '1.',
      '1.1.',
      '1.2.',
      'a)',
      'b)',
      '1.3.',
      'a)',
      '2.',
      'a)',
      '2.1.',
    ]);
  });

  it('keeps a deeper level running when lvlRestart is 0', () => {
    const next = counter(lvl(0, 'decimal', '%1.') + lvl(1, 'decimal', '%2)', '<w:lvlRestart w:val="0"/>'));
    expect([0, 1, 1, 0, 1].map((l) => next(l))).toEqual(['1.', '1)', '2)', '2.', '3)']);
  });

  it('shows legal numbering (isLgl) in decimal', () => {
    const next = counter(lvl(0, 'upperRoman', '%1.') + lvl(1, 'decimal', '%1.%2.', '<w:isLgl/>'));
    expect([0, 1, 0, 1].map((l) => next(l))).toEqual(['I.', '1.1.', 'II.', '2.1.']);
  });

  it('returns null for an unknown list or level, and for a level that shows nothing', () => {
    const next = counter(lvl(0, 'decimal', '%1.') + lvl(1, 'none', ''));
    expect(next(0, '42')).toBeNull();
    expect(next(5)).toBeNull();
    expect(next(1)).toBeNull();
    expect(next(0)).toBe('1.');
  });
});
