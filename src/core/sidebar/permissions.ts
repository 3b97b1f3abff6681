import type { MarkFailure, Role } from '../../shared/sidebar-contract';

/**
 * Who may do what from the sidebar. The page hides buttons, but the server calls these on every
 * write: a hidden button is not a permission check.
 */
export interface Authority {
  /** The spreadsheet owner's e-mail (marks anything). */
  owner: string | null;
  /** Coordinators' e-mails from the settings (mark anything, see «Все»). */
  coordinators: readonly string[];
}

const norm = (e: string | null | undefined): string => (e ?? '').trim().toLowerCase();

export function roleOf(email: string, auth: Authority): Role {
  const me = norm(email);
  if (!me) return 'staff';
  if (me === norm(auth.owner)) return 'owner';
  if (auth.coordinators.some((c) => norm(c) === me)) return 'coordinator';
  return 'staff';
}

/** «Все» is for coordinators and the owner. */
export function canSeeAll(role: Role): boolean {
  return role !== 'staff';
}

/** Staff mark only activities they are responsible for; coordinators and the owner mark any. */
export function canMark(role: Role, activityId: string, mine: ReadonlySet<string>): boolean {
  return role !== 'staff' || mine.has(activityId);
}

/** The refusal the server returns, or null when the mark is allowed. */
export function markRefusal(role: Role, activityId: string, mine: ReadonlySet<string>): MarkFailure | null {
  if (canMark(role, activityId, mine)) return null;
  return {
    ok: false,
    code: 'forbidden',
    message:
      'Вы не указаны ответственным за это мероприятие, поэтому не можете его отметить. Если это ошибка, попросите координатора исправить столбец «Ответственные» или список «Сотрудники».',
    en: 'You are not responsible for this activity, so you cannot mark it. Ask the coordinator to fix the responsibles or the staff list.',
  };
}
