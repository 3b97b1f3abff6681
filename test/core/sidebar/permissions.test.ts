import { canMark, canSeeAll, markRefusal } from '../../../src/core/sidebar/permissions';

describe('marking rights', () => {
  const mine = new Set(['a1']);
  it('lets staff mark only their own activities', () => {
    expect(canMark('staff', 'a1', mine)).toBe(true);
    expect(canMark('staff', 'a2', mine)).toBe(false);
  });
  it('lets coordinators and the owner mark any', () => {
    expect(canMark('coordinator', 'a2', mine)).toBe(true);
    expect(canMark('owner', 'a2', mine)).toBe(true);
  });
  it('refuses with a Russian message', () => {
    expect(markRefusal('staff', 'a1', mine)).toBeNull();
    const r = markRefusal('staff', 'a2', mine);
    expect(r).toMatchObject({ ok: false, code: 'forbidden' });
    expect(r?.message).toMatch(/не указаны ответственным/);
  });
  it('shows «Все» to coordinators and the owner only', () => {
    expect([canSeeAll('staff'), canSeeAll('coordinator'), canSeeAll('owner')]).toEqual([false, true, true]);
  });
});
