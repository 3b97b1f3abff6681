/** Who is at the sidebar: the Google address first, «Кто вы?» only as staff, and which activities are theirs. */
import type { StaffMember } from '../../../src/core/people/types';
import { whoIs } from '../../../src/core/sidebar/who';
import type { TrackedActivity } from '../../../src/core/tracking/types';

const member = (name: string, email: string, row: number): StaffMember => ({
  name,
  positions: [],
  email,
  groups: [],
  aliases: [],
  active: true,
  row,
});
const staff = [
  member('Иванова Анна Петровна', 'anna@example.org', 2),
  member('Петров Пётр Ильич', 'petr@example.org', 3),
];
const activity = (id: string, responsible: string): TrackedActivity =>
  ({
    id,
    title: id,
    responsible,
    status: 'planned',
    doneDate: null,
    doneBy: null,
    comment: null,
    donePeriods: [],
  }) as unknown as TrackedActivity;
const activities = [
  activity('a1', 'Иванова А.П.'),
  activity('a2', 'Петров П.И.'),
  activity('a3', 'Иванова А.П., Петров П.И.'),
];
const authority = { owner: 'boss@example.org', coordinators: ['coord@example.org'] };
const base = { staff, activities, authority, role: 'staff' as const, claimed: null };

describe('whoIs', () => {
  it('a signed-in member: their activities and the names of every responsible', () => {
    const w = whoIs({ ...base, caller: { email: 'anna@example.org', verified: true } })!;
    expect(w.me.name).toBe('Иванова Анна Петровна');
    expect([...w.mine].sort()).toEqual(['a1', 'a3']);
    expect(w.people.a3).toEqual(['Иванова Анна Петровна', 'Петров Пётр Ильич']);
  });

  it('a coordinator not in Сотрудники is known by the address and keeps the role', () => {
    const w = whoIs({ ...base, role: 'coordinator', caller: { email: 'coord@example.org', verified: true } })!;
    expect(w).toMatchObject({ me: { email: 'coord@example.org' }, role: 'coordinator' });
    expect(w.mine.size).toBe(0);
  });

  it('«Кто вы?» gives staff rights only, and never an owner’s or coordinator’s identity', () => {
    const anon = { email: '', verified: false };
    expect(whoIs({ ...base, caller: anon, claimed: 'petr@example.org' })).toMatchObject({
      role: 'staff',
      mine: new Set(['a2', 'a3']),
    });
    expect(whoIs({ ...base, caller: anon, claimed: 'coord@example.org' })).toBeNull();
    expect(whoIs({ ...base, caller: anon, claimed: null })).toBeNull();
  });
});
