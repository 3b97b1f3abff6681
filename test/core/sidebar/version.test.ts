import { activityVersion, hashString } from '../../../src/core/sidebar/version';
import { activity } from './fixtures';

describe('hashString', () => {
  it('is deterministic and tells different strings apart', () => {
    expect(hashString('План')).toBe(hashString('План'));
    expect(hashString('План')).not.toBe(hashString('план'));
    expect(hashString('')).toMatch(/^[0-9a-z]{1,11}$/);
  });
  it('spreads many similar strings without collisions', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 5000; i++) seen.add(hashString(`row-${i}`));
    expect(seen.size).toBe(5000);
  });
});

describe('activityVersion', () => {
  const base = activity('a1', { deadline: { text: 'до 31.03.2025', end: '2025-03-31' } });
  it('is the same for the same content', () => {
    expect(activityVersion({ ...base })).toBe(activityVersion(base));
  });
  it('ignores the sheet row: a sort is no conflict', () => {
    expect(activityVersion({ ...base, row: 40 })).toBe(activityVersion({ ...base, row: 5 }));
  });
  it('ignores the order of done periods', () => {
    expect(activityVersion({ ...base, donePeriods: ['2022', '2023'] })).toBe(
      activityVersion({ ...base, donePeriods: ['2023', '2022'] }),
    );
  });
  it.each<[string, Parameters<typeof activity>[1]]>([
    ['status', { status: 'done' }],
    ['done date', { doneDate: '2025-03-01' }],
    ['marked by', { doneBy: 'Смирнова' }],
    ['comment', { comment: 'готово' }],
    ['title', { title: 'Другое' }],
    ['responsible', { responsible: 'Галиева А.Р.' }],
    ['deadline', { deadline: { text: 'до 30.03.2025', end: '2025-03-30' } }],
    ['periods', { donePeriods: ['2025'] }],
  ])('changes when the %s changes', (_what, over) => {
    const changed = activity('a1', { deadline: base.deadline, ...over });
    expect(activityVersion(changed)).not.toBe(activityVersion(base));
  });
});
