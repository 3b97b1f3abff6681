/**
 * Cleans a deadline cell before it is read: the noise Word, HTML and people add around a date,
 * none of which changes the date — tags, dashes, times of day, lessons, rooms, classes, numbers
 * after «№», words broken across a line or doubled, Latin look-alike letters, template blanks.
 * The caller keeps the original text; this is only for reading.
 *
 * Every pattern is anchored at a word start or bounded, so cleaning is linear in the text's length.
 */

/** Cells longer than this are read only up to it (the whole text is kept); see parse.ts. */
export const READ_LIMIT = 1000;

export interface Cleaned {
  /** Lower-cased, one space between words, noise gone. */
  s: string;
  /** A time of day was there ("10.00", "08:30 - 12:30"). */
  time: boolean;
  /** The cell was longer than READ_LIMIT and was cut for reading. */
  cut: boolean;
}

/** Times of day are not part of a deadline's day: "(до 18:00 мск)", "в 10.00", "07.00-08.00". */
const MINUTES = '(?:00|1[3-9]|[2-5]\\d)'; // a dotted time whose minutes cannot be a month: "10.00", "10.30"
const TIME = `(?:(?<![\\d.])\\d{1,2}:\\d{2}(?!\\d)|(?<![\\d.])\\d{1,2}\\.${MINUTES}(?!\\.?\\d)|(?<![\\d.])\\d{1,2}-00(?![\\d.]))`;
const TIMES = new RegExp(
  `(?:(?<![а-я])(?:до|с|в|к|на)\\s+)?${TIME}(?:\\s*-\\s*${TIME})?(?:\\s*(?:ч\\.?|час[а-я]*|мин\\.?|мск\\.?|по москве|(?:по\\s+)?местно(?:го|му)\\s+времени)(?![а-я]))?`,
  'g',
);
/** A bracket left with nothing but a preposition once its time is gone: "(до 18:00 мск)". */
const EMPTY_BRACKET = /\(\s*(?:(?:до|с|в|к|по|мск|ч)\.?\s*)*\)/g;

/** Numbers that count or name something other than a day: lessons, classes, rooms, «№ 5», ages. */
const NOT_DAYS: RegExp[] = [
  // "2 урок", "1-2 уроки", "3-й урок"
  /(?<![\d.])\d{1,2}(?:\s*-\s*\d{1,2})?(?:-?[а-я]{1,2})?\s*урок[а-я]*/g,
  // "(1-9, 11 кл.)", "5-9 классы", "1в класс", "10-11-х классов"
  /(?<![\d.])\d{1,2}(?:\s*[-,]\s*\d{1,2})*(?:\s*-?[а-я]{1,2})?\s*(?:кл\.?(?![а-я])|класс[а-я]*)/g,
  // "229 кабинет", "каб. 12", "ауд. 3", "кабинет № 5"
  /(?<![\d.])\d{1,4}\s*(?:кабинет[а-я]*|каб\.?(?![а-я]))/g,
  /(?<![а-я])(?:кабинет[а-я]*|каб\.|ауд\.|аудитори[а-я]*)\s*№?\s*\d+/g,
  // "№ 5", "№12а"
  /№\s*\d+[а-я]?/g,
  // "к 75-летию", "30 лет", "20 чел.", "100%"
  /(?<![\d.])\d+\s*-?\s*лет(?:и[а-я]*|[а-я]{0,2})?(?![а-я])/g,
  /(?<![\d.])\d+\s*(?:чел\.?|человек[а-я]*|участник[а-я]*)(?![а-я])/g,
  /(?<![\d.])\d+\s*%/g,
];

/** Latin letters that look like Russian ones, as people type them by mistake inside Russian words. */
const LOOK_ALIKE: Record<string, string> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
};

function russianLetters(s: string): string {
  return s.replace(/(?<![a-zа-я])[a-zа-я]+/g, (w) =>
    /[а-я]/.test(w) && /[a-z]/.test(w) ? w.replace(/[a-z]/g, (c) => LOOK_ALIKE[c] ?? c) : w,
  );
}

/**
 * Words a deadline is made of, whole: a word broken across a line ("в те- чение", "понедельн\nик",
 * "Сентябр-\nь") is joined only when the halves make one of these and neither half is one alone.
 */
const KNOWN_WORD =
  /^(?:течени[еия]|ежегодн[а-я]*|ежемесячн[а-я]*|еженедельн[а-я]*|ежедневн[а-я]*|ежекварт[а-я]*|необходимост[иь]|постоянн[а-я]*|учебн[а-я]*|понедельник[а-я]*|вторник[а-я]*|сред[аеуы]|средам|четверг[а-я]*|пятниц[а-я]*|суббот[а-я]*|воскресень[а-я]*|недел[а-я]*|месяц[а-я]*|квартал[а-я]*|полугоди[а-я]*|четверт[а-я]*|числ[а-я]*|кажд[а-я]*|период[а-я]*|январ[ьяею]|феврал[ьяею]|март[аеу]?|апрел[ьяею]|ма[йяею]|июн[ьяею]|июл[ьяею]|август[аеу]?|сентябр[ьяею]|октябр[ьяею]|ноябр[ьяею]|декабр[ьяею])$/;

function joinBroken(s: string): string {
  // the second half is only looked at, so that it can be the first half of the next pair
  return s.replace(/(?<![а-я])([а-я]+)(-\s+|-?[ \t]*\n\s*)(?=([а-я]+))/g, (m, a: string, _sep: string, b: string) =>
    KNOWN_WORD.test(a + b) && !KNOWN_WORD.test(a) && !KNOWN_WORD.test(b) ? a : m,
  );
}

export function normalize(text: string): Cleaned {
  const cut = text.length > READ_LIMIT;
  let s = (cut ? text.slice(0, READ_LIMIT) : text)
    .replace(/<[^<>]*>/g, ' ') // <b>, <p>, <br/> from pasted HTML
    .replace(/&nbsp;/gi, ' ')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f\u2009\t]/g, ' ')
    .replace(/[‐‑‒–—―−]/g, '-')
    .toLowerCase()
    .replace(/ё/g, 'е');
  s = joinBroken(russianLetters(s))
    .replace(/\n/g, ' ')
    // a name in quotes is not a date, whatever numbers it has: «Достижения 2070», "Школа 2100"
    .replace(/«[^«»]{0,200}»|“[^“”]{0,200}”|„[^„“”]{0,200}[“”]|"[^"]{0,200}"/g, (m) => (/[а-яa-z]/.test(m) ? ' ' : m))
    .replace(/[«»"“”„]/g, '')
    // template blanks "«__» мая 2023 г.", "______ 2023г"
    .replace(/_+/g, ' ')
    // footnote marks: "*", "¹", "[1]"
    .replace(/[*¹²³⁰⁴⁵⁶⁷⁸⁹†]/g, ' ')
    .replace(/\[\d+\]/g, ' ')
    // a letter o typed for a zero between digits: "2о21"
    .replace(/(?<=\d)[оo](?=\d)/g, '0')
    // a preposition glued to its number: "по26.06.2015", "до20 августа"
    .replace(/(?<![а-я])(до|по|со|с|к|от|на|в)(?=\d)/g, '$1 ')
    // a date typed with spaces after its dots: "13. 11. 2021", "01. 09.2023"
    .replace(/(?<![\d.])(0?[1-9]|[12]\d|3[01])\. ?(0?[1-9]|1[0-2])\. ?((?:19|20)\d\d)(?!\d)/g, '$1.$2.$3')
    // "в течении года", "в теч. года": misspelt or cut short
    .replace(/(?<![а-я])(в|на)\s+(?:течени[ия]|теч\.)(?![а-я])/g, '$1 течение');
  let time = false;
  s = s
    .replace(TIMES, () => {
      time = true;
      return ' ';
    })
    .replace(EMPTY_BRACKET, ' ');
  for (const re of NOT_DAYS) s = s.replace(re, ' ');
  s = s
    // "2022г.", "2022 года", "2020-2025 гг.", "2021 г.г." — the word for "year" after a year number;
    // "19.10.20г." after a two-digit one
    .replace(/(\d{4})\s*(?:г\.?\s*г|гг|г|года|году|год|годы|годов|годах)\.?(?![а-я])/g, '$1')
    .replace(/(?<![\d.])(\d{1,2}\.\d{1,2}\.\d{2})\s*(?:г\.?|года?)(?![а-я\d])/g, '$1')
    // "25.12. 2013г.": the year after a space is the date's own
    .replace(/(?<![\d.])(\d{1,2}\.\d{1,2})\.\s+((?:19|20)\d\d)(?!\d)/g, '$1.$2')
    // "Начало учебного года — 01.09.2022", "окончание учебного года- 25.05.2018": a label before the date
    .replace(/(?<![а-я])(?:начал[оа]|окончани[ея])\s+учебного\s+года(?=\s*[-:]|\s*\d)/g, ' ')
    .replace(/(\d)\s*-\s*(?=[\dа-я])/g, '$1-')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/\s*([,;])\s*/g, '$1 ')
    // a doubled word: "до до 20.05", "в течение течение года"
    .replace(/(?<![а-я])([а-я]{2,}) \1(?![а-я])/g, '$1')
    .trim()
    // trailing dots, commas, semicolons, colons; leading bullets
    .replace(/^[-•·,;:.\s]+/, '')
    .replace(/[\s.,;:!]+$/, '')
    // a label typed into the cell: "Сроки: …", "Срок исполнения: …"
    .replace(/^срок[а-я]*(?:\s+(?:исполнения|выполнения|проведения|реализации))?\s*:\s*/, '');
  return { s, time, cut };
}
