import { isOldJournal, journalAppendRequests } from '../../../src/core/sheet/journal-requests';
import {
  correctionRows,
  JOURNAL_HEADERS,
  JOURNAL_VISIBLE,
  journalFromValues,
  journalRowCells,
  LEDGER_FIELD,
  ledgerFromJournal,
  ledgerWords,
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

  it('«Что произошло» is in the document’s language; the hidden «Поле», «Было», «Стало» keep the form the add-on reads back', () => {
    const change = {
      time: 't',
      user: 't.lebedeva@school.ru',
      activityId: 'x',
      field: 'Статус (боковая панель)',
      oldValue: 'Не начато',
      newValue: 'Выполнено — отчёт в папке',
    };
    const cells = journalRowCells(change, 'en').map(String);
    expect(cells[4]).toBe('Status (sidebar): «Not started» → «Done — отчёт в папке»');
    // What undo and the ledger read (undo-history.ts takes the old comment back from «Было»): as in Russian.
    expect(cells.slice(JOURNAL_VISIBLE)).toEqual(journalRowCells(change).map(String).slice(JOURNAL_VISIBLE));
    expect(cells.slice(JOURNAL_VISIBLE)).toEqual([
      't.lebedeva@school.ru',
      'x',
      'Статус (боковая панель)',
      'Не начато',
      'Выполнено — отчёт в папке',
    ]);
    const field = (f: string, oldValue = 'Выполнено', newValue = '') =>
      String(journalRowCells({ ...change, field: f, oldValue, newValue }, 'en')[4]);
    expect(field('Статус', 'Не начато', 'Выполнено')).toBe('Status: «Not started» → «Done»');
    expect(field('Статус (отмена)', 'Выполнено', 'Не начато')).toBe('Status (undo): «Done» → «Not started»');
    expect(field('Статус (отмечено из письма)', 'В работе', 'Выполнено')).toBe(
      'Status (marked from an e-mail): «In progress» → «Done»',
    );
    expect(field('отправитель напоминаний', '', 'me@school.ru')).toBe('reminder sender: me@school.ru');
    expect(field('Статус', 'Выполнено', ' ')).toBe('Status: «Done» → empty');
    // The ledger's row in words, in English.
    expect(String(journalRowCells(ledgerRow, 'en')[4])).toBe('E-mail sent — reminder: due today, to: I. Kovaleva');
    expect(ledgerWords('a|*|weekly|2021-03|0', null, 'en')).toBe('E-mail sent — weekly summary (period 2021-03)');
    expect(ledgerWords('a|*|weekly|2021-03|0')).toBe('Отправлено письмо — еженедельная сводка (период 2021-03)');
    expect(ledgerWords('a|b@x.org|later|once|0', 'Б', 'en')).toBe('E-mail sent — reminder, to: Б');
    // A `what` given by the writer is its own words.
    expect(String(journalRowCells({ ...change, what: 'Plan import: 3 activities' }, 'en')[4])).toBe(
      'Plan import: 3 activities',
    );
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

describe('the rows of a write put right (rows moved during it)', () => {
  const fixes = [{ intent: 'a01', misplaced: { row: 7, id: 'a02' } }];
  const failed = [{ id: 'a03' }];
  const what = (lang: 'ru' | 'en') =>
    correctionRows(fixes, failed, 'u@x.ru', 'Статус', '2021-03-05T03:20:00.000Z', lang).map((r) =>
      journalRowCells(r, lang),
    );

  it('say what happened in the document’s language; the hidden columns keep the words the add-on reads', () => {
    const [fix, lost] = what('en');
    expect(fix[4]).toBe(
      "Status (correction): a write meant for a01 landed here (the plan's rows were moved during the write); put back as it was",
    );
    expect(lost[4]).toBe("Status: not saved (the plan's rows were moved during the write)");
    const [ruFix, ruLost] = what('ru');
    expect(ruFix[4]).toBe(
      'Статус (исправление): сюда попала запись для a01 (строки плана сдвинули во время записи); возвращено как было',
    );
    expect(ruLost[4]).toBe('Статус: не сохранено (строки плана сдвинули во время записи)');
    expect(fix.slice(7)).toEqual(ruFix.slice(7));
    expect(fix[7]).toBe('Статус (исправление)');
  });
});
