/**
 * Someone set Статус by hand in the План tab: the one status transition
 * (src/core/tracking/transition.ts) applied to the row as it was before the edit. Pure: the
 * adapter passes the row as it is after the edit and the status the cell held before.
 */
import type { IsoDate } from '../dates/calendar';
import { apply, type Transition } from '../tracking/transition';
import type { Status, TrackedActivity } from '../tracking/types';

/** The Журнал's «Поле» of a status typed in the План tab. */
export const STATUS_FIELD = 'Статус';

export interface StatusEditContext {
  today: IsoDate;
  /** The editor's e-mail; empty when Google does not say (a consumer account editing another's file). */
  user: string;
  /**
   * The editor as people read them, their ФИО in Сотрудники, when they are there: «Отметил» and the
   * Журнал's «Кто» then name them as a mark from the sidebar does. Without it, `user`.
   */
  who?: string | null;
  /** ISO instant of the edit. */
  now: string;
  horizonYear?: number | null;
}

export function statusEditOutcome(
  a: TrackedActivity,
  oldStatus: Status | null,
  ctx: StatusEditContext,
): Transition | null {
  if (oldStatus === a.status) return null;
  const user = ctx.user || 'неизвестный пользователь';
  // A paste over several cells does not say what each held: a row left with a done date was
  // «Выполнено» (its mark is taken back), any other was not done.
  const was = oldStatus ?? (a.status !== 'done' && a.doneDate ? 'done' : 'not-started');
  const before: TrackedActivity = { ...a, status: was };
  const t = apply(
    before,
    // Only Статус was typed: a done date already in the row (typed or pasted with it) is kept.
    { status: a.status, date: a.status === 'done' ? a.doneDate : null },
    { ...ctx, who: ctx.who || user, user, field: STATUS_FIELD },
  );
  // The Журнал says "was" only when it is known.
  const journal = t.journal.map((r) => ({
    ...r,
    ...(ctx.who ? { who: ctx.who } : {}),
    ...(oldStatus ? {} : { oldValue: '' }),
  }));
  return { ...t, journal };
}
