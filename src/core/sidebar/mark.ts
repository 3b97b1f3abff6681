import type { MarkFailure, MarkFailureCode, MarkRequest, Role } from '../../shared/sidebar-contract';
import { formatRu, type IsoDate } from '../dates/calendar';
import type { TrackedActivity } from '../tracking/types';
import { dueOf } from './due';
import { markRefusal } from './permissions';
import { activityVersion } from './version';

/**
 * What a mark or an undo does to an activity, decided purely. The server (src/gas/api/sidebar.ts)
 * takes the lock, finds the row by ID, calls `decideMark`/`decideUndo`, writes the tracking cells
 * of `next` in one call and appends a journal row holding `before` — so an undo restores exactly
 * what was there.
 */

/** The tracking columns of a row: what a mark changes and an undo restores. */
export interface TrackingSnapshot {
  status: TrackedActivity['status'];
  doneDate: IsoDate | null;
  doneBy: string | null;
  comment: string | null;
  donePeriods: string[];
}

export function trackingOf(a: TrackedActivity): TrackingSnapshot {
  return {
    status: a.status,
    doneDate: a.doneDate,
    doneBy: a.doneBy,
    comment: a.comment,
    donePeriods: [...a.donePeriods],
  };
}

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
  horizonYear?: number | null;
  /** The earliest done date accepted: the plan's start (`doneDateFloor`). */
  earliest?: IsoDate | null;
}

export type Decision = { ok: true; next: TrackedActivity; before: TrackingSnapshot } | MarkFailure;

/** Comment and link go to the one «Комментарий / подтверждение» cell, link on its own line. */
function evidence(comment: string | undefined, link: string | undefined): string | null {
  const parts = [comment?.trim(), link?.trim()].filter((s): s is string => !!s);
  return parts.length ? parts.join('\n') : null;
}

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
  const before = trackingOf(current);
  const note = evidence(req.comment, req.link);
  const comment = note ?? current.comment;
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
    const { period } = dueOf(current, ctx.today, ctx.horizonYear ?? null);
    const donePeriods =
      period && !current.donePeriods.includes(period) ? [...current.donePeriods, period] : [...current.donePeriods];
    return {
      ok: true,
      before,
      next: { ...current, status: 'done', doneDate: date, doneBy: ctx.who, comment, donePeriods },
    };
  }
  // «В работе» / «Не начато»: not done any more, so no done date; who changed it is still recorded.
  return {
    ok: true,
    before,
    next: { ...current, status: req.status, doneDate: null, doneBy: ctx.who, comment },
  };
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
  /** `before.comment` was cut to fit the history; the full text is in the change's Журнал row. */
  commentCut?: boolean;
}

export interface UndoContext {
  role: Role;
  who: string;
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
  return {
    ok: true,
    before: trackingOf(current),
    next: { ...current, ...entry.before, donePeriods: [...entry.before.donePeriods] },
  };
}
