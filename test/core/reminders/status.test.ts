import { utf8Bytes } from '../../../src/core/limits/property-size';
import { parseStatus, type RunStatus, STATUS_FAILURES_SHOWN, statusJson } from '../../../src/core/reminders/status';

const status = (failed: number): RunStatus => ({
  lastRun: '2021-03-01T05:30:00.000Z',
  today: '2021-03-01',
  result: 'partial',
  emails: 1352,
  deferred: 648,
  failed: Array.from({ length: failed }, (_, i) => ({
    to: `user${i}@school.example.org`,
    error: 'Недопустимый адрес электронной почты',
  })),
  failedCount: failed,
  message: `Отправлено писем: 1352; отложено: 648; ошибок: ${failed}. ${'Дневная квота писем исчерпана. '.repeat(100)}`,
  warnings: Array.from({ length: 50 }, () => 'Поле «Час отправки» неверно: взято 8.'),
});

describe('the run status', () => {
  it('fits a property whatever the run did: counts in full, lists in part', () => {
    for (const n of [0, 5, 2000]) {
      const json = statusJson(status(n));
      expect(utf8Bytes(json)).toBeLessThanOrEqual(8 * 1024);
      const back = parseStatus(json)!;
      expect(back.failedCount).toBe(n);
      expect(back.emails).toBe(1352);
      expect(back.failed.length).toBeLessThanOrEqual(STATUS_FAILURES_SHOWN);
    }
  });
  it('reads an old status (no failedCount) and refuses junk', () => {
    expect(parseStatus(JSON.stringify({ ...status(2), failedCount: undefined }))?.failedCount).toBe(2);
    expect(parseStatus('{')).toBeNull();
    expect(parseStatus('{"x":1}')).toBeNull();
  });
});
