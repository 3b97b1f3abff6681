import { isQuotaError, readErrorInWords } from '../../../src/core/rollup/read-errors';

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

describe('isQuotaError', () => {
  it("tells the API's per-minute quota (read again later) from an organisation's own failure", () => {
    expect(
      isQuotaError(
        "API call to sheets.spreadsheets.values.batchGet failed with error: Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'sheets.googleapis.com' for consumer 'project_number:1'.",
      ),
    ).toBe(true);
    expect(
      isQuotaError(
        'API call to sheets.spreadsheets.values.batchGet failed with error: The caller does not have permission',
      ),
    ).toBe(false);
    expect(isQuotaError('Requested entity was not found.')).toBe(false);
  });
});
