import { activityKey, assignIds, baseId } from '../../../src/core/plan/ids';

describe('stable ids', () => {
  it('depend on the content only, ignoring case and spacing', () => {
    const a = activityKey({ stage: 'Этап I', number: '1.1', title: 'Собрание  коллектива' });
    const b = activityKey({ stage: 'этап i', number: '1.1', title: 'Собрание коллектива' });
    expect(baseId(a)).toBe(baseId(b));
    expect(baseId(a)).toMatch(/^a[0-9a-z]{7}$/);
    expect(baseId(activityKey({ stage: 'Этап II', number: '1.1', title: 'Собрание коллектива' }))).not.toBe(baseId(a));
  });
  it('are unique in the plan, with a suffix in document order for identical activities', () => {
    const ids = assignIds(['k', 'k', 'other', 'k']);
    expect(ids[1]).toBe(`${ids[0]}-2`);
    expect(ids[3]).toBe(`${ids[0]}-3`);
    expect(new Set(ids).size).toBe(4);
  });
  it('numbers 72,000 identical activities in one pass', () => {
    const ids = assignIds(Array.from({ length: 72_000 }, () => 'same'));
    expect(new Set(ids).size).toBe(72_000);
    expect(ids[71_999]).toBe(`${ids[0]}-72000`);
  });
});
