import { canMark, canSeeAll, markRefusal, roleOf } from '../../../src/core/sidebar/permissions';

const auth = { owner: 'Head@School.example', coordinators: ['coord@school.example', ' Zam@School.example '] };

describe('roleOf', () => {
  it('finds the owner and the coordinators, ignoring case and spaces', () => {
    expect(roleOf('head@school.example', auth)).toBe('owner');
    expect(roleOf('COORD@school.example', auth)).toBe('coordinator');
    expect(roleOf('zam@school.example', auth)).toBe('coordinator');
  });
  it('makes everyone else staff, a blank e-mail included', () => {
    expect(roleOf('teacher@school.example', auth)).toBe('staff');
    expect(roleOf('', auth)).toBe('staff');
    expect(roleOf('', { owner: null, coordinators: [] })).toBe('staff');
  });
});

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
