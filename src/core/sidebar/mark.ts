import type { MarkFailure, MarkFailureCode, MarkRequest, Role } from '../../shared/sidebar-contract';
import { formatRu, type IsoDate } from '../dates/calendar';
import { dueOf } from '../periods/current';
import type { JournalRow } from '../sheet/journal-tab';
import { apply, journalRow, type TrackingSnapshot, trackingOf } from '../tracking/transition';
import type { TrackedActivity } from '../tracking/types';
import { markRefusal } from './permissions';
import { activityVersion } from './version';

/**
 * What a mark or an undo does to an activity, decided purely. The server (src/gas/sidebar.ts)
 * takes the lock, finds the row by ID, calls `decideMark`/`decideUndo`, writes the tracking cells
 * of `next` and the `journal` row in one call, the row holding `before` for the undo
 * (undo-history.ts) — so an undo restores exactly what was there. The rule of a mark is the one status transition
 * (src/core/tracking/transition.ts).
 */

/** The Журнал's «Поле» of a mark and of an undo from the sidebar. */
export const MARK_FIELD = 'Статус (боковая панель)';
export const UNDO_FIELD = 'Статус (отмена)';

/** Standard refusals (Russian first), so every adapter says the same thing. */
export const FAILURES: Record<MarkFailureCode, { ru: string; en: string }> = {
  stale: {
    ru: 'Мероприятие изменилось, пока была открыта боковая панель (его отметил кто-то другой или строку изменили). Карточка обновлена — проверьте и отметьте ещё раз, если нужно.',
    en: 'The activity changed while the sidebar was open. The card has been refreshed: check it and mark again if needed.',
  },
  forbidden: {
    ru: 'У вас нет прав на это действие.',
    en: 'You are not allowed to do this.',
  },
  'not-found': {
    ru: 'Мероприятие не найдено в таблице: возможно, строку удалили или заменили план. Обновите список.',
    en: 'The activity is not in the sheet any more (the row was deleted or the plan replaced). Refresh the list.',
  },
  locked: {
    ru: 'Таблицу сейчас изменяет кто-то другой. Подождите несколько секунд и повторите.',
    en: 'Someone else is changing the sheet right now. Wait a few seconds and try again.',
  },
  invalid: {
    ru: 'Неверные данные запроса.',
    en: 'Invalid request.',
  },
};

/** The kind of each reason in the common envelope: a row gone is the page's view being stale. */
const KIND_OF: Record<MarkFailureCode, MarkFailure['kind']> = {
  stale: 'stale',
  'not-found': 'stale',
  forbidden: 'forbidden',
  locked: 'locked',
  invalid: 'invalid',
};

export function failure(code: MarkFailureCode, message?: string, en?: string): MarkFailure {
  return { ok: false, kind: KIND_OF[code], code, message: message ?? FAILURES[code].ru, en: en ?? FAILURES[code].en };
}

export interface MarkContext {
  role: Role;
  /** Ids the current person is responsible for. */
  mine: ReadonlySet<string>;
  today: IsoDate;
  /** Written to «Отметил»: the person's name (or e-mail). */
  who: string;
  /** The Журнал's «Пользователь»: the person's e-mail. */
  user: string;
  /** The Журнал's «Время»: an ISO instant. */
  now: string;
  horizonYear?: number | null;
  /** The earliest done date accepted: the plan's start (`doneDateFloor`). */
  earliest?: IsoDate | null;
  /** The Журнал's «Поле»: MARK_FIELD, or where else the mark was made (the page of an e-mail link). */
  field?: string;
}

export type Decision =
  | { ok: true; next: TrackedActivity; before: TrackingSnapshot; journal: JournalRow[] }
  | MarkFailure;

/**
 * Check and apply a mark. `current` is the activity as the row holds it now (found by ID), or
 * null when no row has that ID. Order matters: a missing row is reported as such, a stranger's
 * mark is refused before anything about versions leaks, and a stale version never writes.
 */
export function decideMark(current: TrackedActivity | null, req: MarkRequest, ctx: MarkContext): Decision {
  if (!current) return failure('not-found');
  const refusal = markRefusal(ctx.role, current.id, ctx.mine);
  if (refusal) return refusal;
  if (activityVersion(current) !== req.expectedVersion) return failure('stale');
  if (current.status === 'cancelled')
    return failure(
      'invalid',
      'Мероприятие отменено координатором — отметить его нельзя.',
      'The activity was cancelled by the coordinator.',
    );
  if (req.status === 'done') {
    const date = req.date ?? ctx.today;
    if (date > ctx.today)
      return failure(
        'invalid',
        `Дата выполнения не может быть позже сегодняшнего дня (${formatRu(ctx.today)}).`,
        'The done date cannot be later than today.',
      );
    if (ctx.earliest && date < ctx.earliest)
      return failure(
        'invalid',
        `Дата выполнения не может быть раньше начала плана (${formatRu(ctx.earliest)}).`,
        'The done date cannot be before the plan starts.',
      );
  }
  // The card's period: what a mark closes, and what «В работе» on a done row may reopen — never
  // a period the card no longer shows.
  const { period } = dueOf(current, ctx.today, ctx.horizonYear ?? null);
  const { next, journal } = apply(
    current,
    { status: req.status, date: req.date, comment: req.comment, link: req.link, period },
    { ...ctx, field: ctx.field ?? MARK_FIELD },
  );
  return { ok: true, before: trackingOf(current), next, journal };
}

/** One change as the journal keeps it, enough to undo it safely. */
export interface UndoEntry {
  journalId: string;
  activityId: string;
  /** Who made the change (the same string as `MarkContext.who`). */
  by: string;
  before: TrackingSnapshot;
  /** Version of the row right after the change: anything since then makes the undo stale. */
  afterVersion: string;
  /** The change left the comment as it was: the undo keeps the one the row holds (`before.comment` unused). */
  keepsComment?: boolean;
  /** The previous comment cannot be had in full (longer than a Журнал cell holds): no undo. */
  commentLost?: boolean;
}

export interface UndoContext {
  role: Role;
  who: string;
  /** The Журнал's «Пользователь» and «Время» of the undo. */
  user: string;
  now: string;
  /** The Журнал's «Поле»: UNDO_FIELD by default. */
  field?: string;
}

/**
 * Undo the user's last change of an activity. Staff undo only their own changes; nobody undoes
 * over a later change (that would silently erase someone else's mark).
 */
export function decideUndo(current: TrackedActivity | null, entry: UndoEntry | null, ctx: UndoContext): Decision {
  if (!current) return failure('not-found');
  if (!entry || entry.activityId !== current.id)
    return failure('invalid', 'Нечего отменять: вы ещё не меняли это мероприятие.', 'Nothing to undo.');
  if (ctx.role === 'staff' && entry.by !== ctx.who)
    return failure('forbidden', 'Отменить можно только свою отметку.', 'You can only undo your own change.');
  if (activityVersion(current) !== entry.afterVersion)
    return failure(
      'stale',
      'После вашей отметки мероприятие уже изменили, поэтому отменить её нельзя. Карточка обновлена.',
      'The activity changed after your mark, so it cannot be undone. The card has been refreshed.',
    );
  if (entry.commentLost)
    return failure(
      'invalid',
      'Отменить нельзя: прежний комментарий не поместился в «Журнал» целиком. Верните его вручную.',
      'Cannot undo: the journal could not keep the previous comment in full.',
    );
  const next = {
    ...current,
    ...entry.before,
    comment: entry.keepsComment ? current.comment : entry.before.comment,
    donePeriods: [...entry.before.donePeriods],
  };
  return {
    ok: true,
    before: trackingOf(current),
    next,
    journal: [journalRow(current, next, { user: ctx.user, now: ctx.now, field: ctx.field ?? UNDO_FIELD })],
  };
}
