import type { MarkFailure, Role } from '../../shared/sidebar-contract';

/**
 * Who may do what from the sidebar. The page hides buttons, but the server calls these on every
 * write: a hidden button is not a permission check. Roles themselves: src/core/access/roles.ts.
 */

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
    kind: 'forbidden',
    code: 'forbidden',
    message:
      'Вы не указаны ответственным за это мероприятие, поэтому не можете его отметить. Если это ошибка, попросите координатора исправить столбец «Ответственные» или список «Сотрудники».',
    en: 'You are not responsible for this activity, so you cannot mark it. Ask the coordinator to fix the responsibles or the staff list.',
  };
}
