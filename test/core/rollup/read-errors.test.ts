import { readErrorInWords } from '../../../src/core/rollup/read-errors';

describe('readErrorInWords', () => {
  it.each([
    [
      'API call to sheets.spreadsheets.values.batchGet failed with error: The caller does not have permission',
      /^нет доступа к таблице/,
    ],
    [
      'API call to sheets.spreadsheets.values.batchGet failed with error: Requested entity was not found.',
      /^таблица не найдена/,
    ],
    [
      "API call to sheets.spreadsheets.values.batchGet failed with error: Unable to parse range: 'План'",
      /^вкладка «План» не найдена/,
    ],
    [
      'API call to sheets.spreadsheets.values.batchGet failed with error: Internal error encountered.',
      /^таблица не прочитана: Internal error encountered\.$/,
    ],
    ['', /^таблица не прочитана$/],
  ])('%s', (message, words) => {
    expect(readErrorInWords(message)).toMatch(words);
  });
});
