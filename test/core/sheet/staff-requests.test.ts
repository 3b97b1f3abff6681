import type { ProposedRow } from '../../../src/core/people/types';
import { UNRESOLVED_BACKGROUND } from '../../../src/core/sheet/plan-tab';
import { color } from '../../../src/core/sheet/requests';
import {
  addStaffSheet,
  appendStaffRequests,
  defaultStaffColumns,
  notifyRefreshRequests,
  staffCheckReport,
  staffColumnsOf,
} from '../../../src/core/sheet/staff-requests';

const role: ProposedRow = {
  kind: 'role',
  name: '',
  positions: ['Директор'],
  email: '',
  groups: [],
  aliases: [],
  active: true,
  sources: ['Директор', 'Рабочая группа, Директор'],
  note: 'Должность из плана.',
};

describe('staff requests', () => {
  it('a new tab: header, text format, frozen row and a strict да/нет list in Активен only', () => {
    const r = addStaffSheet(42, 3);
    expect(r[0].addSheet?.properties?.title).toBe('Сотрудники');
    const header = r
      .find((x) => x.updateCells)
      ?.updateCells?.rows?.[0].values?.map((v) => v.userEnteredValue?.stringValue);
    expect(header).toEqual(['ФИО', 'Должность', 'E-mail', 'Группы', 'Псевдонимы', 'Активен']);
    const v = r.find((x) => x.setDataValidation)?.setDataValidation;
    expect(v?.range).toMatchObject({ startColumnIndex: 5, endColumnIndex: 6, startRowIndex: 1 });
    expect(v?.rule?.condition?.values?.map((x) => x.userEnteredValue)).toEqual(['да', 'нет']);
    expect(r.some((x) => x.updateSheetProperties?.properties?.gridProperties?.frozenRowCount === 1)).toBe(true);
  });

  it('appended rows follow the tab’s own column order; missing columns get a header; the note names the sources', () => {
    const { cols, missing } = staffColumnsOf(['Активен', 'ФИО'], { active: 0, name: 1 });
    expect(missing).toEqual(['positions', 'email', 'groups', 'aliases']);
    const r = appendStaffRequests(7, [role], cols, missing);
    expect(r.filter((x) => x.updateCells)).toHaveLength(4);
    const row = r.find((x) => x.appendCells)?.appendCells?.rows?.[0].values ?? [];
    expect(row[0].userEnteredValue?.stringValue).toBe('да');
    expect(row[cols.positions].userEnteredValue?.stringValue).toBe('Директор');
    expect(row[1].note).toBe('Должность из плана.\nИз плана: «Директор»; «Рабочая группа, Директор».');
    expect(appendStaffRequests(7, [], defaultStaffColumns())).toEqual([]);
  });

  it('the refresh writes only Кому напоминать and the responsible cell’s colour and note, per run of rows', () => {
    const r = notifyRefreshRequests(1, { responsible: 8, notify: 18 }, [
      { row: 2, notify: 'А <a@x.org>', unresolved: null },
      { row: 3, notify: '', unresolved: 'нет в списке' },
      { row: 6, notify: 'Б <b@x.org>', unresolved: null },
    ]);
    expect(r).toHaveLength(4);
    expect(r.map((x) => x.updateCells?.fields)).toEqual([
      'userEnteredValue,userEnteredFormat.numberFormat',
      'userEnteredFormat.backgroundColor,note',
      'userEnteredValue,userEnteredFormat.numberFormat',
      'userEnteredFormat.backgroundColor,note',
    ]);
    const resp = r[1].updateCells!;
    expect(resp.start).toEqual({ sheetId: 1, rowIndex: 1, columnIndex: 8 });
    expect(resp.rows?.map((x) => x.values?.[0].note ?? null)).toEqual([null, 'нет в списке']);
    expect(resp.rows?.[1].values?.[0].userEnteredFormat?.backgroundColor).toEqual(color(UNRESOLVED_BACKGROUND));
    expect(resp.rows?.[0].values?.[0].userEnteredValue).toBeUndefined();
    expect(notifyRefreshRequests(1, { responsible: 8 }, [{ row: 2, notify: 'x', unresolved: null }])).toHaveLength(1);
  });

  it('the report groups problems, lists plan rows once per problem and cuts long groups', () => {
    const problems = Array.from({ length: 11 }, (_, i) => ({
      row: i + 2,
      field: 'email' as const,
      kind: 'email-empty' as const,
      message: `Строка ${i + 2}: не указан e-mail.`,
    }));
    const amb = {
      people: [],
      unresolved: [],
      inactive: [],
      ambiguous: [{ text: 'Заведующий', candidates: ['А', 'Б'] }],
    };
    const input = {
      staffRows: 11,
      problems,
      plan: [
        { row: 2, resolution: amb },
        { row: 5, resolution: amb },
        {
          row: 6,
          resolution: {
            people: [],
            unresolved: [{ text: 'ИРО ПК' }],
            ambiguous: [],
            inactive: [],
          },
        },
      ],
    };
    const text = staffCheckReport(input);
    expect(text).toContain('Нет e-mail (11):');
    expect(text).toContain('… и ещё 3');
    expect(text).toContain('«Заведующий»: подходят несколько сотрудников (А, Б) — строки 2, 5');
    expect(text).toContain(
      'Нет в списке сотрудников — добавьте сотрудника, группу или псевдоним на вкладке «Сотрудники» (1):\n  • «ИРО ПК» — строка 6',
    );
    expect(text).toContain('вопросы в 3 из 3 мероприятий');
    expect(staffCheckReport({ staffRows: 0, problems: [], plan: null })).toMatch(/Вкладки «План» нет/);
  });

  it('the report in an English document: the same lines in English (the staff list’s row messages as they come)', () => {
    const problems = Array.from({ length: 11 }, (_, i) => ({
      row: i + 2,
      field: 'email' as const,
      kind: 'email-empty' as const,
      message: `Row ${i + 2}: no e-mail.`,
    }));
    const amb = {
      people: [],
      unresolved: [],
      inactive: [],
      ambiguous: [{ text: 'Заведующий', candidates: ['А', 'Б'] }],
    };
    const rows = Array.from({ length: 12 }, (_, i) => ({ row: i + 2, resolution: amb }));
    const text = staffCheckReport({ staffRows: 11, problems, plan: rows }, 'en');
    expect(text.split('\n').slice(0, 2)).toEqual(['The «Сотрудники» list: 11 staff, 11 remarks.', 'No e-mail (11):']);
    expect(text).toContain('  … and 3 more');
    expect(text).toContain('Responsibles in the plan: questions in 12 of 12 activities');
    expect(text).toContain(
      'Several staff members match — give the full name in the plan or add an alias in «Сотрудники» (1):\n' +
        '  • «Заведующий»: several staff members match (А, Б) — rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 2 more',
    );
    // Russian only where the plan's and the tab's own names stand (А, Б, «Заведующий», «Сотрудники»).
    expect(text).not.toMatch(/ещё|строк|замечан|сотрудник|вопрос/);
    expect(staffCheckReport({ staffRows: 0, problems: [], plan: null }, 'en')).toContain(
      'The «Сотрудники» list: 0 staff, no remarks.',
    );
    expect(staffCheckReport({ staffRows: 2, problems: [], plan: [] }, 'en')).toContain(
      'Responsibles in the plan: all 0 activities have someone to remind.',
    );
  });
});
