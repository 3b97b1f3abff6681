import { UNDO_COPIES_KEPT, undoCopiesToDelete, undoCopyName } from '../../../src/core/sheet/undo-copies';

describe('undo copies of the План tab (issue 16: every re-import left one more)', () => {
  const tabs = [
    'План',
    'План (до импорта 28.11.2026 09:15)',
    'План (до импорта 01.12.2026 08:00)',
    'План (до импорта 01.12.2026 08:00) 2',
    'План (до импорта 05.01.2026 23:59)',
    'Сотрудники',
    'План (до импорта) мой',
    'Отчёт: Сводка',
  ];

  it('keeps one: a new copy replaces every older one, other tabs are never named', () => {
    expect(UNDO_COPIES_KEPT).toBe(1);
    expect(undoCopiesToDelete(tabs).sort()).toEqual(
      [
        'План (до импорта 28.11.2026 09:15)',
        'План (до импорта 01.12.2026 08:00)',
        'План (до импорта 01.12.2026 08:00) 2',
        'План (до импорта 05.01.2026 23:59)',
      ].sort(),
    );
  });

  it('with keep = N leaves the newest N − 1 beside the new one, by the date in the name (not the tab order)', () => {
    expect(undoCopiesToDelete(tabs, 3)).toEqual([
      'План (до импорта 28.11.2026 09:15)',
      'План (до импорта 05.01.2026 23:59)',
    ]);
  });

  it('names a copy with the date and time, numbered when the name is taken', () => {
    expect(undoCopyName('01.12.2026', '08:00', tabs)).toBe('План (до импорта 01.12.2026 08:00) 3');
    expect(undoCopyName('02.12.2026', '10:30', tabs)).toBe('План (до импорта 02.12.2026 10:30)');
  });
});
