import { parseColumnsFlag } from '../../../src/core/import/column-choice';
import {
  ColumnChoiceSchema,
  MAX_SHAPES,
  recallColumns,
  rememberColumns,
} from '../../../src/core/import/remembered-columns';
import { importText } from '../../../src/core/plan/import-text';

describe('--columns', () => {
  it('reads roles by code or Russian name, columns counted from 1', () => {
    expect(parseColumnsFlag('title=2,deadline=3')).toEqual({ 1: 'title', 2: 'deadline' });
    expect(parseColumnsFlag('Мероприятие=1; срок:4, другое=2')).toEqual({ 0: 'title', 3: 'deadline', 1: 'extra' });
  });
  it.each([
    ['', /хотя бы одну пару/],
    ['title', /роль=номер столбца/],
    ['заголовок=2', /неизвестная роль «заголовок»/],
    ['title=0', /считается с 1/],
    ['title=2,deadline=2', /столбцу 2 уже задана роль/],
    ['title=2,title=3', /роль «title» уже отдана/],
  ])('refuses «%s» in Russian', (flag, message) => {
    expect(() => parseColumnsFlag(flag)).toThrow(message);
  });
  it('re-reads the plan with the chosen roles, marked as the user’s', () => {
    const text = 'Мероприятие\tМесто\tСрок\nСобрание\tАктовый зал\tмай 2021\nОтчёт\tКабинет\tиюнь 2021\n';
    const plan = importText(text, { columns: parseColumnsFlag('title=2,extra=1') });
    expect(plan.activities.map((a) => a.title)).toEqual(['Актовый зал', 'Кабинет']);
    expect(plan.columns?.map((c) => `${c.role}:${c.from}`)).toEqual(['extra:user', 'title:user', 'deadline:header']);
    expect(() => importText(text, { columns: { 5: 'title' } })).toThrow('Столбца 6 нет: в таблице плана 3 столбца.');
  });
});

describe('remembered column roles', () => {
  it('recalls the choice of the same shape only, the latest first', () => {
    let stored = rememberColumns(null, 'h:а|б', { 1: 'title' });
    stored = rememberColumns(stored, 'w:4', { 0: 'deadline' });
    expect(recallColumns(stored, 'h:а|б')).toEqual({ 1: 'title' });
    expect(recallColumns(stored, 'w:4')).toEqual({ 0: 'deadline' });
    expect(recallColumns(stored, 'w:5')).toBeNull();
    expect(recallColumns(rememberColumns(stored, 'w:4', {}), 'w:4')).toBeNull();
  });
  it('stays bounded in shapes and size, dropping the oldest', () => {
    let stored: string | null = null;
    for (let i = 0; i < 50; i++) stored = rememberColumns(stored, `h:${'x'.repeat(900)}${i}`, { 0: 'title' });
    expect(stored!.length).toBeLessThanOrEqual(8_000);
    expect(recallColumns(stored, `h:${'x'.repeat(900)}49`)).toEqual({ 0: 'title' });
    expect(recallColumns(stored, `h:${'x'.repeat(900)}0`)).toBeNull();
    let many: string | null = null;
    for (let i = 0; i < 30; i++) many = rememberColumns(many, `w:${i}`, { 0: 'title' });
    expect(JSON.parse(many!).shapes).toHaveLength(MAX_SHAPES);
  });
  it('ignores a broken stored value', () => {
    expect(recallColumns('{not json', 'w:3')).toBeNull();
    expect(recallColumns('{"v":2}', 'w:3')).toBeNull();
  });
  it('checks a choice from the dialog', () => {
    expect(ColumnChoiceSchema.safeParse({ '1': 'title' }).success).toBe(true);
    expect(ColumnChoiceSchema.safeParse({ '1': 'drop' }).success).toBe(false);
    expect(ColumnChoiceSchema.safeParse({ x: 'title' }).success).toBe(false);
  });
});
