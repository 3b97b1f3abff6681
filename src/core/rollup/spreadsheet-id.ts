/**
 * A spreadsheet's ID from what a person pastes into «Организации»: the address bar of a Google
 * Sheets tab (`…/spreadsheets/d/<ID>/edit#gid=0`, `…/spreadsheets/u/1/d/<ID>/…`, `…?id=<ID>`) or
 * the bare ID. Sheets API concepts: "The spreadsheet ID can be found in the URL … between /d/ and
 * /edit"; it is letters, digits, `-` and `_` (https://developers.google.com/sheets/api/guides/concepts#spreadsheet_id).
 */
export type SpreadsheetRef = { ok: true; id: string } | { ok: false; message: string };

/** Real IDs are 44 characters, legacy ones shorter; fewer than 20 is a typo or a fragment. */
const ID = /^[A-Za-z0-9_-]{20,}$/;

/** The address of a spreadsheet by ID (the form `Spreadsheet.getUrl()` gives). */
export const spreadsheetUrl = (id: string) => `https://docs.google.com/spreadsheets/d/${id}/edit`;

const OTHER_KINDS: [RegExp, string][] = [
  [/\/document\/(?:u\/\d+\/)?d\//, 'документ Google (Docs)'],
  [/\/presentation\/(?:u\/\d+\/)?d\//, 'презентацию Google'],
  [/\/forms\/(?:u\/\d+\/)?d\//, 'Google Форму'],
  [/drive\.google\.com\/drive\/(?:u\/\d+\/)?folders\//, 'папку на Диске'],
];

export function spreadsheetIdOf(pasted: unknown): SpreadsheetRef {
  const text = String(pasted ?? '').trim();
  if (!text) return { ok: false, message: 'не указана таблица: вставьте ссылку на таблицу организации или её ID' };
  for (const [re, what] of OTHER_KINDS)
    if (re.test(text)) return { ok: false, message: `это ссылка на ${what}, а не на таблицу Google` };
  const inPath = /\/spreadsheets\/(?:u\/\d+\/)?d\/(?:e\/)?([A-Za-z0-9_-]+)/.exec(text);
  if (inPath) {
    // A "Publish to the web" address (/d/e/2PACX-…) names a published copy, not the spreadsheet.
    if (/\/spreadsheets\/(?:u\/\d+\/)?d\/e\//.test(text))
      return {
        ok: false,
        message: 'это ссылка «Опубликовать в интернете»: нужна обычная ссылка на таблицу (из адресной строки)',
      };
    if (ID.test(inPath[1])) return { ok: true, id: inPath[1] };
    return { ok: false, message: `в ссылке нет полного ID таблицы («${inPath[1]}»)` };
  }
  const query = /[?&](?:id|key)=([A-Za-z0-9_-]+)/.exec(text);
  if (query && /google\.com/.test(text) && ID.test(query[1])) return { ok: true, id: query[1] };
  if (ID.test(text)) return { ok: true, id: text };
  if (/^https?:\/\//i.test(text) || /\.(ru|com|рф)\b/i.test(text))
    return {
      ok: false,
      message: 'это не ссылка на таблицу Google (нужен адрес вида https://docs.google.com/spreadsheets/d/…)',
    };
  return { ok: false, message: `«${text}» — не ссылка на таблицу и не её ID` };
}
