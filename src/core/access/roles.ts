/**
 * The three roles and how a caller gets one. The owner of record is one address kept in document
 * properties; coordinators are the addresses the owner named in the settings; everyone else is
 * staff. A role above staff is given only to an address Google itself reported for this
 * execution (`verified`): an address someone typed or chose in «Кто вы?» is never more than staff.
 */
import type { Role } from '../../shared/sidebar-contract';
import type { Level } from './entry-points';

export type { Role };

export interface Caller {
  /** Lower-cased; '' when Google gave no address. */
  email: string;
  /** True when the address came from Google (active user, or a trigger's installer). */
  verified: boolean;
}

export interface Authority {
  owner: string | null;
  coordinators: readonly string[];
}

export const normEmail = (e: string | null | undefined): string => (e ?? '').trim().toLowerCase();

/** Owner or a named coordinator: an address «Кто вы?» must not offer and must not accept. */
export function isPrivileged(email: string | null | undefined, auth: Authority): boolean {
  const e = normEmail(email);
  if (!e) return false;
  return e === normEmail(auth.owner) || auth.coordinators.some((c) => normEmail(c) === e);
}

export function roleOf(caller: Caller, auth: Authority): Role {
  const me = normEmail(caller.email);
  if (!me || !caller.verified) return 'staff';
  if (me === normEmail(auth.owner)) return 'owner';
  if (auth.coordinators.some((c) => normEmail(c) === me)) return 'coordinator';
  return 'staff';
}

const RANK: Record<Role, number> = { staff: 0, coordinator: 1, owner: 2 };
const NEEDS: Record<Level, number> = { anyone: 0, coordinator: 1, owner: 2 };

export function allows(level: Level, role: Role): boolean {
  return RANK[role] >= NEEDS[level];
}
