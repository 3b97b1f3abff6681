import { organisationsFromTable } from '../../../src/core/rollup/organisations';

const ID1 = '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms';
const ID2 = '1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';

describe('organisationsFromTable', () => {
  it('reads the tab by header text, in any column order, and keeps every row', () => {
    const { organisations, problems } = organisationsFromTable([
      ['Таблица', 'Организация', 'Способ', 'E-mail координатора'],
      [
        `https://docs.google.com/spreadsheets/d/${ID1}/edit#gid=0`,
        'МБДОУ «Детский сад № 1»',
        'Разослано',
        'sad1@example.ru',
      ],
      [ID2, 'МБДОУ «Детский сад № 2»', 'подключено по ссылке', 'sad2@example.ru'],
      ['', '', '', ''],
    ]);
    expect(problems).toEqual([]);
    expect(organisations.map((o) => [o.name, o.spreadsheetId, o.method, o.row])).toEqual([
      ['МБДОУ «Детский сад № 1»', ID1, 'distributed', 2],
      ['МБДОУ «Детский сад № 2»', ID2, 'linked', 3],
    ]);
  });

  it('reports bad rows with their row number and what is wrong, without dropping them', () => {
    const { organisations, problems } = organisationsFromTable([
      ['Организация', 'E-mail', 'Таблица (ссылка или ID)', 'Способ'],
      ['Школа № 3', 'завуч(at)school3', `https://docs.google.com/document/d/${ID1}/edit`, ''],
      ['', 'sad@example.ru', ID2, 'как-нибудь'],
      ['Школа № 4', '', ID2, ''],
      ['школа № 3', 'a@b.ru', '1ccccccccccccccccccccccccccccccccccccccccccc', ''],
    ]);
    expect(organisations).toHaveLength(4);
    expect(organisations[0].spreadsheetId).toBeNull();
    expect(organisations[1].name).toBe('Организация в строке 3');
    // The same spreadsheet twice: counted once, under its first row.
    expect(organisations[1].spreadsheetId).toBe(ID2);
    expect(organisations[2].spreadsheetId).toBeNull();
    expect(problems.map((p) => p.message)).toEqual([
      'Строка 2 («Школа № 3»): «завуч(at)school3» — не адрес электронной почты.',
      'Строка 2 («Школа № 3»): это ссылка на документ Google (Docs), а не на таблицу Google.',
      'Строка 3: не указано название организации.',
      'Строка 3: непонятный способ «как-нибудь»: укажите «Разослано» или «Подключено по ссылке».',
      'Строка 4 («Школа № 4»): не указан e-mail координатора.',
      'Строка 4 («Школа № 4»): та же таблица, что в строке 3: организация будет учтена один раз.',
      'Строка 5 («школа № 3»): то же название, что в строке 2.',
    ]);
  });

  it('names the missing columns', () => {
    const { problems } = organisationsFromTable([['ФИО', 'E-mail']]);
    expect(problems.map((p) => p.message)).toEqual([
      'Строка 1: нет столбца «Организация» (заголовки: ФИО, E-mail).',
      'Строка 1: нет столбца «Таблица (ссылка или ID)» (заголовки: ФИО, E-mail).',
    ]);
  });

  it('reads numbers and booleans as their text', () => {
    const { organisations } = organisationsFromTable([
      ['Организация', 'Таблица'],
      [42, ID1],
    ]);
    expect(organisations[0].name).toBe('42');
  });
});
