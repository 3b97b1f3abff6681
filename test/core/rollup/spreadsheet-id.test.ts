import { spreadsheetIdOf, spreadsheetUrl } from '../../../src/core/rollup/spreadsheet-id';

const ID = '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms';

describe('spreadsheetIdOf', () => {
  it.each([
    [ID],
    [`  ${ID}  `],
    [`https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`],
    [`https://docs.google.com/spreadsheets/d/${ID}/edit?usp=sharing`],
    [`https://docs.google.com/spreadsheets/u/1/d/${ID}/edit`],
    [`docs.google.com/spreadsheets/d/${ID}`],
    [`https://docs.google.com/spreadsheet/ccc?key=${ID}`],
    [`https://drive.google.com/open?id=${ID}`],
    [spreadsheetUrl(ID)],
  ])('reads the ID from %s', (text) => {
    expect(spreadsheetIdOf(text)).toEqual({ ok: true, id: ID });
  });

  it.each([
    ['', /не указана таблица/],
    [`https://docs.google.com/document/d/${ID}/edit`, /документ Google/],
    ['https://drive.google.com/drive/folders/0B-Hia093Kr3ELUZjWFl3Mk1XHRT', /папку/],
    [`https://docs.google.com/spreadsheets/d/e/2PACX-${ID}/pubhtml`, /Опубликовать в интернете/],
    ['https://docs.google.com/spreadsheets/d/abc/edit', /нет полного ID/],
    ['https://school5.ru/plan.xlsx', /не ссылка на таблицу Google/],
    ['таблица у завуча', /не ссылка на таблицу и не её ID/],
  ])('says in Russian what is wrong with %s', (text, message) => {
    const r = spreadsheetIdOf(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
});
