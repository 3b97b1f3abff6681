/**
 * Cleans a deadline cell before it is read: the noise Word, HTML and people add around a date,
 * none of which changes the date. The caller keeps the original text; this is only for reading.
 */

/** Times of day are not part of a deadline's day: "(до 18:00 мск)", "в 10.00", "07.00-08.00". */
const MINUTES = '(?:00|1[3-9]|[2-5]\\d)'; // a dotted time whose minutes cannot be a month: "10.00", "10.30"
const TIME = `(?:\\d{1,2}:\\d{2}|(?<![\\d.])\\d{1,2}\\.${MINUTES}(?!\\.?\\d))`;
const TIMES = new RegExp(
  `(?:(?<![а-я])(?:до|с|в|к|на)\\s+)?${TIME}(?:\\s*-\\s*${TIME})?(?:\\s*(?:ч\\.?|час[а-я]*|мин\\.?|мск\\.?|по москве|местного времени)(?![а-я]))?`,
  'g',
);
/** A bracket left with nothing but a preposition once its time is gone: "(до 18:00 мск)". */
const EMPTY_BRACKET = /\(\s*(?:(?:до|с|в|к|по|мск|ч)\.?\s*)*\)/g;

function dropTimes(s: string): string {
  return s.replace(TIMES, ' ').replace(EMPTY_BRACKET, ' ');
}

export function normalize(text: string): string {
  let s = text
    .replace(/<[^>]*>/g, ' ') // <b>, <p>, <br/> from pasted HTML
    .replace(/&nbsp;/gi, ' ')
    .replace(/[\u00a0\u2007\u202f\u2009\t\r\n]/g, ' ')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/[«»"“”„]/g, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    // footnote marks: "*", "¹", "[1]"
    .replace(/[*¹²³⁰⁴⁵⁶⁷⁸⁹†]/g, ' ')
    .replace(/\[\d+\]/g, ' ');
  s = dropTimes(s);
  s = s
    // "2022г.", "2022 года", "2020-2025 гг.", "2021 г.г." — the word for "year" after a year number
    .replace(/(\d{4})\s*(?:г\.?\s*г|гг|г|года|году|год|годы|годов|годах)\.?(?![а-я])/g, '$1')
    .replace(/(\d)\s*-\s*(?=[\dа-я])/g, '$1-')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/\s*([,;])\s*/g, '$1 ')
    .trim()
    // trailing dots, commas, semicolons, colons; leading bullets
    .replace(/^[-•·,;:.\s]+/, '')
    .replace(/[\s.,;:!]+$/, '')
    // a label typed into the cell: "Сроки: …", "Срок исполнения: …"
    .replace(/^срок[а-я]*(?:\s+(?:исполнения|выполнения|проведения|реализации))?\s*:\s*/, '');
  return s;
}
