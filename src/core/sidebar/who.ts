/**
 * Who is at the sidebar, and which activities are theirs. The Google address decides the role; a
 * person Google names who is not in Сотрудники but is the owner or a coordinator is known by that
 * address. Otherwise the «Кто вы?» answer (`claimed`), which is never an owner's or a
 * coordinator's address and gives staff rights only.
 */
import type { Person } from '../../shared/sidebar-contract';
import { type Authority, type Caller, isPrivileged, type Role } from '../access/roles';
import { recordedName } from '../people/display-name';
import { createResolver } from '../people/resolve';
import type { StaffMember } from '../people/types';
import type { TrackedActivity } from '../tracking/types';
import { findPerson } from './identity';

export interface Who {
  me: Person;
  role: Role;
  /** IDs of the activities the person is responsible for. */
  mine: Set<string>;
  /** Per activity ID, the names of its responsible people (as Сотрудники spells them). */
  people: Record<string, string[]>;
}

export interface WhoInput {
  staff: readonly StaffMember[];
  activities: readonly TrackedActivity[];
  caller: Caller;
  /** The caller's role as the access guard decided it. */
  role: Role;
  authority: Authority;
  /** The e-mail answered to «Кто вы?» in this spreadsheet, if any. */
  claimed: string | null;
}

export function whoIs(input: WhoInput): Who | null {
  const { staff, caller, authority, claimed } = input;
  let me: Person | null = null;
  let role: Role = 'staff';
  if (caller.email) {
    me = findPerson(caller.email, staff);
    role = input.role;
    if (!me && role !== 'staff') me = { email: caller.email, name: recordedName(caller.email, staff) };
  }
  if (!me) {
    role = 'staff';
    if (claimed && !isPrivileged(claimed, authority)) me = findPerson(claimed, staff);
  }
  if (!me) return null;
  const resolve = createResolver(staff);
  const mine = new Set<string>();
  const people: Record<string, string[]> = {};
  const cache = new Map<string, string[]>();
  const myEmail = me.email.toLowerCase();
  for (const a of input.activities) {
    const text = a.responsible ?? '';
    const emails = cache.get(text) ?? (text ? resolve(text).people.map((p) => p.email.toLowerCase()) : []);
    cache.set(text, emails);
    if (emails.includes(myEmail)) mine.add(a.id);
    people[a.id] = emails.map((e) => staff.find((m) => m.email.toLowerCase() === e)?.name ?? e);
  }
  return { me, role, mine, people };
}
