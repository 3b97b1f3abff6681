import { activityToRow, PLAN_KEYS, rowToActivity, statusFromCell } from '../../../src/core/sheet/plan-rows';
import { isoToSerial } from '../../../src/core/sheet/serial';
import type { TrackedActivity } from '../../../src/core/tracking/types';
import { locateColumns } from '../../../src/core/workbook/schema';

const activity: TrackedActivity = {
  id: 'a1',
  number: '1.1',
  stage: 'Этап I',
  section: null,
  group: null,
  title: '=SUM(A1) не формула',
  result: null,
  tools: null,
  responsible: 'Директор',
  deadline: {
    text: 'январь 2020',
    start: '2020-01-01',
    end: '2020-01-31',
    recurrence: 'none',
    inherited: false,
    problem: null,
  },
  status: 'in-progress',
  doneDate: null,
  doneBy: null,
  comment: null,
  donePeriods: [],
};

describe('План rows', () => {
  it('finds columns by header text in any order, Russian or English', () => {
    const cols = locateColumns(['Статус', 'мероприятие', 'ID', 'Deadline (as written)', 'Окончание']);
    expect(cols).toEqual({ status: 0, title: 1, id: 2, deadlineText: 3, end: 4 });
  });
  it('writes and reads back an activity', () => {
    const row = activityToRow(activity, PLAN_KEYS).map((v) =>
      typeof v === 'object' && v !== null ? isoToSerial(v.date) : v,
    );
    const back = rowToActivity(row, Object.fromEntries(PLAN_KEYS.map((k, i) => [k, i])), 2);
    expect(back).toMatchObject({ ...activity, row: 2 });
  });
  it('keeps an unreadable deadline as text and says so', () => {
    const cols = { id: 0, title: 1, deadlineText: 2 };
    const a = rowToActivity(['x', 'Отчёт', 'после каникул'], cols, 5);
    expect(a?.deadline.problem).toMatch(/не распознан/);
    expect(a?.deadline.text).toBe('после каникул');
  });
  it('reads statuses in Russian or English, empty as not started', () => {
    expect(statusFromCell('Выполнено')).toBe('done');
    expect(statusFromCell('in progress')).toBe('in-progress');
    expect(statusFromCell('')).toBe('not-started');
  });
  it('skips empty rows', () => {
    expect(rowToActivity(['', ''], { id: 0, title: 1 }, 3)).toBeNull();
  });
});
