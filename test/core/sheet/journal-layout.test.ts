import { isOldJournal, journalAppendRequests } from '../../../src/core/sheet/journal-requests';
import {
  JOURNAL_HEADERS,
  JOURNAL_VISIBLE,
  journalFromValues,
  journalRowCells,
  LEDGER_FIELD,
  ledgerFromJournal,
  OLD_JOURNAL_HEADERS,
} from '../../../src/core/sheet/journal-tab';

const KEY = 'a03slbp0|i.kovaleva@dou1.ru|due|once|0';
const ledgerRow = {
  time: '2021-03-05T03:20:00.000Z',
  user: 'coordinator@school.ru',
  activityId: 'a03slbp0',
  field: LEDGER_FIELD,
  oldValue: '',
  newValue: KEY,
  who: 'Лебедева Татьяна Ивановна',
  number: '1.2',
  title: 'Анализ результатов',
};

describe('a Журнал a person reads (issue 16: IDs and ledger keys were all it showed)', () => {
  it('the visible columns are when, who, № and title, and what happened in words; keys and IDs are hidden after them', () => {
    expect(JOURNAL_HEADERS.slice(0, JOURNAL_VISIBLE)).toEqual(['Время', 'Кто', '№', 'Мероприятие', 'Что произошло']);
    const cells = journalRowCells(ledgerRow).map(String);
    const visible = cells.slice(0, JOURNAL_VISIBLE);
    expect(visible).toEqual([
      ledgerRow.time,
      'Лебедева Татьяна Ивановна',
      '1.2',
      'Анализ результатов',
      'Отправлено письмо — напоминание: срок сегодня, кому: I. Kovaleva',
    ]);
    expect(visible.join(' ')).not.toContain('a03slbp0');
    expect(visible.join(' ')).not.toContain('|');
    expect(cells.slice(JOURNAL_VISIBLE)).toContain(KEY);
  });

  it('a status change reads as words; who defaults to the name part of the address', () => {
    const cells = journalRowCells({
      time: 't',
      user: 't.lebedeva@school.ru',
      activityId: 'x',
      field: 'Статус',
      oldValue: 'Не начато',
      newValue: 'Выполнено',
    }).map(String);
    expect(cells[1]).toBe('T. Lebedeva');
    expect(cells[4]).toBe('Статус: «Не начато» → «Выполнено»');
  });

  it('reads both layouts the same, so the ledger of a journal already in use is kept', () => {
    const row = journalRowCells(ledgerRow);
    const current = journalFromValues([[...JOURNAL_HEADERS], row]);
    const old = journalFromValues([
      [...OLD_JOURNAL_HEADERS],
      [ledgerRow.time, ledgerRow.user, ledgerRow.activityId, LEDGER_FIELD, '', KEY],
    ]);
    expect(current).toEqual(old);
    expect([...ledgerFromJournal(old)]).toEqual([KEY]);
  });

  it('an old Журнал is told by its header, or by its width when the header was not read, and upgraded in the append’s batch', () => {
    expect(isOldJournal({ header: [...OLD_JOURNAL_HEADERS] })).toBe(true);
    expect(isOldJournal({ header: [...JOURNAL_HEADERS], columns: 6 })).toBe(false);
    expect(isOldJournal({ columns: 6 })).toBe(true);
    expect(isOldJournal({ columns: 10 })).toBe(false);
    const r = journalAppendRequests(7, 8, [ledgerRow], 'UTC', true);
    expect(r[0].insertDimension?.range).toEqual({ sheetId: 7, dimension: 'COLUMNS', startIndex: 1, endIndex: 5 });
    expect(r.at(-1)?.appendCells?.sheetId).toBe(7);
    expect(journalAppendRequests(7, 8, [ledgerRow], 'UTC').length).toBe(1);
  });
});
