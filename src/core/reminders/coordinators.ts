import type { StaffMember } from '../people/types';

/**
 * Who gets "нет адресата" items, escalations and the weekly summary when the settings name
 * nobody: the active people whose Должность names the head or a coordinating role. Documented in
 * docs/reminders.md; the settings dialog proposes the same list.
 */
const HEAD = /(^|[^а-яё])(заведующ|директор|начальник|руководитель\s+(доо|доу|оо|организац|учрежден))/i;
const COORDINATOR = /(координатор|заместител|зам\.\s*директора|старш(ий|ая)\s+воспитател)/i;

export interface DefaultAudience {
  coordinators: string[];
  head: string | null;
}

export function defaultAudience(staff: readonly StaffMember[]): DefaultAudience {
  const coordinators: string[] = [];
  let head: string | null = null;
  for (const m of staff) {
    const email = m.email?.trim().toLowerCase();
    if (!m.active || !email) continue;
    const isHead = m.positions.some((p) => HEAD.test(p) && !/заместител/i.test(p));
    const isCoordinator = m.positions.some((p) => COORDINATOR.test(p));
    if (isHead && !head) head = email;
    if ((isHead || isCoordinator) && !coordinators.includes(email)) coordinators.push(email);
  }
  return { coordinators, head };
}
