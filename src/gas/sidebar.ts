/**
 * The sidebar's server functions. Open: 4 spreadsheet calls (one batch read). Mark/undo: the same
 * read, ONE batchUpdate holding the row's changed cells and the journal row, and one read-back
 * that checks the cells are on the activity's row (put right if rows moved meanwhile: see
 * src/gas/bound-write.ts), under the document lock, with the row found by ID and checked against
 * the version the card was drawn from. Every function asks the guard first (src/gas/access.ts).
 * Identity («Кто вы?», staff only) and the user's undo history (bounded by size) live in user
 * properties.
 */

import { isPrivileged } from '../core/access/roles';
import { isUserError, UserError } from '../core/errors';
import type { StaffMember } from '../core/people/types';
import { correctionRows, type JournalRow } from '../core/sheet/journal-tab';
import type { SheetsRequest } from '../core/sheet/requests';
import { trackingRequests } from '../core/sheet/row-writes';
import { findPerson, identityChoices, identityReason, privilegedChoiceRefusal } from '../core/sidebar/identity';
import { decideMark, decideUndo, failure, MARK_FIELD, UNDO_FIELD, type UndoEntry } from '../core/sidebar/mark';
import { canSeeAll, canMark as mayMark } from '../core/sidebar/permissions';
import { fullComment, nextHistory, parseHistory } from '../core/sidebar/undo-history';
import { activityVersion } from '../core/sidebar/version';
import { buildCard, buildView, type ViewInput } from '../core/sidebar/view';
import { type Who, whoIs } from '../core/sidebar/who';
import { rowsById, sheetRows, trackingIntent } from '../core/tracking/bound-write';
import { doneDateFloor } from '../core/tracking/plan-start';
import type { TrackedActivity } from '../core/tracking/types';
import { PLAN_SHEET_NAME, USER_KEYS } from '../core/workbook/schema';
import type {
  LoadRequest,
  MarkFailure,
  MarkRequest,
  MarkResult,
  SetIdentityRequest,
  ShowRowRequest,
  ShowRowResult,
  SidebarData,
  UndoRequest,
} from '../shared/sidebar-contract';
import type { Access } from './access';
import { type Correction, type Outcome, writeBound } from './bound-write';
import { withDocumentLock } from './lock';
import { readPlanMeta } from './plan-meta';
import { type Props, type Store, userStore } from './props';
import { journalWriter, loadWorkbook, NO_STAFF_NOTE, type Workbook } from './workbook';

const identityKey = USER_KEYS.identity;
const undoKey = USER_KEYS.undo;

/** The workbook plus the properties and the caller, each read once per server call. */
type Ctx = Workbook & { doc: Props; user: Props; setUser: Store['set']; access: Access };

function load(access: Access, parts: Parameters<typeof loadWorkbook>[0]): Ctx {
  const user = userStore();
  return {
    ...loadWorkbook(parts, new Date(), access.state),
    doc: access.doc,
    user: user.props,
    setUser: user.set,
    access,
  };
}

function staffOf(wb: Workbook): StaffMember[] {
  return wb.staff ?? [];
}

/** Who is calling, from what this call read (src/core/sidebar/who.ts). */
function who(wb: Ctx): Who | null {
  return whoIs({
    staff: staffOf(wb),
    activities: wb.plan?.activities ?? [],
    caller: wb.access.caller,
    role: wb.access.role,
    authority: wb.access.authority,
    claimed: wb.user[identityKey(wb.info.id)] ?? null,
  });
}

const undoEntries = (wb: Ctx): UndoEntry[] => parseHistory(wb.user[undoKey(wb.info.id)]);

/**
 * Saves the undo history already decided (and sized) before the row was written. A failure here
 * costs only the undo: the change itself was made, so the user is not told of an error.
 */
function saveUndo(wb: Ctx, json: string): Props | null {
  try {
    wb.setUser(undoKey(wb.info.id), json);
    return { [undoKey(wb.info.id)]: json };
  } catch (e) {
    console.warn(`История отмены не сохранена: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}

function viewInput(wb: Ctx, w: Who, locale: 'ru' | 'en'): Omit<ViewInput, 'activities'> {
  const undoable = new Set<string>();
  const byId = new Map((wb.plan?.activities ?? []).map((a) => [a.id, a]));
  for (const e of undoEntries(wb)) {
    const a = byId.get(e.activityId);
    if (a && e.by === w.me.name && e.afterVersion === activityVersion(a)) undoable.add(a.id);
  }
  return {
    mine: w.mine,
    today: wb.today,
    locale,
    me: w.me.name,
    people: w.people,
    undoable,
    horizonYear: readPlanMeta(wb.doc).horizonYear,
    canMark: (a: TrackedActivity) => mayMark(w.role, a.id, w.mine),
  };
}

function dataOf(wb: Ctx, locale: 'ru' | 'en'): SidebarData {
  const w = who(wb);
  if (!w) {
    const reason = wb.staff ? identityReason(wb.access.caller.email)[locale] : NO_STAFF_NOTE;
    return {
      needIdentity: true,
      locale,
      today: wb.today,
      staff: identityChoices(staffOf(wb), wb.access.authority),
      reason,
    };
  }
  const v = buildView({ activities: wb.plan?.activities ?? [], ...viewInput(wb, w, locale) });
  const all = canSeeAll(w.role);
  const notice = !wb.plan
    ? 'В таблице ещё нет вкладки «План»: попросите координатора импортировать план.'
    : w.mine.size === 0 && w.role === 'staff'
      ? 'В плане нет мероприятий, где вы указаны ответственным.'
      : null;
  return {
    needIdentity: false,
    locale,
    today: wb.today,
    me: w.me,
    role: w.role,
    groups: v.groups,
    progress: v.progress,
    all: all ? v.all : null,
    filters: all ? v.filters : null,
    notice,
  };
}

/*
 * The handlers below are called by src/gas/endpoint.ts after the guard (which never refuses a
 * sidebar function: per-activity rights are checked here) and the request schema.
 */

export function sidebarLoad(req: LoadRequest, a: Access): SidebarData {
  return dataOf(load(a, ['plan', 'staff']), req.locale ?? 'ru');
}

export function sidebarSetIdentity(req: SetIdentityRequest, a: Access): SidebarData {
  const wb = load(a, ['plan', 'staff']);
  if (isPrivileged(req.email, a.authority)) {
    const r = privilegedChoiceRefusal(req.email);
    throw new UserError('forbidden', `${r.ru}\n${r.en}`, r.en);
  }
  if (!findPerson(req.email, staffOf(wb)))
    throw new UserError(
      'invalid',
      'Такого сотрудника нет в списке «Сотрудники».',
      'There is no such person in the Сотрудники tab.',
    );
  wb.setUser(identityKey(wb.info.id), req.email);
  // Answer with the identity just chosen (wb.user was read before it was saved).
  return dataOf({ ...wb, user: { ...wb.user, [identityKey(wb.info.id)]: req.email } }, 'ru');
}

/** The activity by ID, or why there is none to write: several rows hold that ID. */
function findActivity(wb: Ctx, id: string): { current: TrackedActivity | null; duplicate: MarkFailure | null } {
  const found = wb.plan?.activities.filter((a) => a.id === id) ?? [];
  if (found.length > 1)
    return {
      current: null,
      duplicate: duplicateFailure(
        id,
        found.map((a) => a.row ?? 0),
      ),
    };
  return { current: found[0] ?? null, duplicate: null };
}

function duplicateFailure(id: string, rows: number[]): MarkFailure {
  return failure(
    'invalid',
    `В плане несколько строк с одним ID ${id} (строки ${rows.join(', ')}): неясно, какую отметить, поэтому ничего не изменено. Удалите лишнюю копию строки (или дайте ей другой ID) и повторите.`,
    `Several rows have the ID ${id} (rows ${rows.join(', ')}); nothing was changed. Remove the extra copy and retry.`,
  );
}

const MOVED: MarkFailure = failure(
  'stale',
  'Пока сохранялась отметка, строки плана переставляли (сортировка, вставка или удаление строк). Отметка не сохранена, другие строки не изменены. Обновите список и повторите.',
  'Rows of the plan were moved while the change was being saved. Nothing was changed: refresh and try again.',
);

function outcomeFailure(id: string, o: Exclude<Outcome, { ok: true }>): MarkFailure {
  if (o.code === 'not-found') return failure('not-found');
  if (o.code === 'duplicate') return duplicateFailure(id, o.rows);
  if (o.code === 'stale') return failure('stale');
  return MOVED;
}

/**
 * Writes `next` over `current` (changed tracking cells + a journal row) in one batch, then checks
 * the cells are on the activity's row and puts right what landed elsewhere.
 */
function write(
  wb: Ctx,
  current: TrackedActivity,
  next: TrackedActivity,
  journal: JournalRow[],
  user: string,
  field: string,
  /** Who, as the Журнал shows them (the ФИО). */
  who?: string,
): Outcome {
  const plan = wb.plan!;
  const note: (rows: JournalRow[]) => SheetsRequest[] = journalWriter(wb.info, wb.journalHeader);
  const rows = journal.map((r) => ({ ...r, who: r.who ?? who ?? null }));
  const first = [...trackingRequests(plan.sheet.sheetId, plan.cols, current, next, current.row!), ...note(rows)];
  const baseline = rowsById(sheetRows(plan.values, plan.cols.id ?? 0)).byId;
  const notes = (fixes: Correction[], failed: { id: string }[]) =>
    note(correctionRows(fixes, failed, user, field, new Date().toISOString()));
  const out = writeBound(
    { spreadsheetId: wb.info.id, sheetId: plan.sheet.sheetId, title: PLAN_SHEET_NAME, cols: plan.cols, baseline },
    [trackingIntent(plan.cols, current, next)],
    first,
    notes,
  );
  return out.get(current.id) ?? { ok: true };
}

function guarded(fn: () => MarkResult): MarkResult {
  try {
    return withDocumentLock(fn, 10_000);
  } catch (e) {
    if (isUserError(e) && e.code === 'locked') return failure('locked');
    throw e;
  }
}

/** The reply: built from the state after the write, undo history included. */
function replyAfter(wb: Ctx, w: Who, next: TrackedActivity, saved: Props | null, journalId?: string): MarkResult {
  const after = {
    ...wb,
    user: saved ? { ...wb.user, ...saved } : wb.user,
    plan: { ...wb.plan!, activities: wb.plan!.activities.map((a) => (a.id === next.id ? next : a)) },
  };
  return {
    ok: true,
    card: buildCard(next, viewInput(after, w, 'ru')),
    data: dataOf(after, 'ru'),
    ...(journalId ? { journalId } : {}),
  };
}

export function sidebarMark(req: MarkRequest, a: Access): MarkResult {
  return guarded(() => {
    const wb = load(a, ['plan', 'staff', 'journal']);
    const w = who(wb);
    if (!w) return failure('forbidden', 'Сначала укажите, кто вы.');
    const { current, duplicate } = findActivity(wb, req.activityId);
    if (duplicate) return duplicate;
    const meta = readPlanMeta(wb.doc);
    const d = decideMark(current, req, {
      role: w.role,
      mine: w.mine,
      today: wb.today,
      who: w.me.name,
      user: w.me.email,
      now: new Date().toISOString(),
      horizonYear: meta.horizonYear,
      earliest: doneDateFloor(wb.plan?.activities ?? [], (meta.importedAt ?? wb.today).slice(0, 10)),
    });
    if (!d.ok) return current ? { ...d, card: buildCard(current, viewInput(wb, w, 'ru')) } : d;
    // The history is decided before the row is written: saving it can then only cost the undo.
    const journalId = `${d.next.id}:${Date.now()}`;
    const entry: UndoEntry = {
      journalId,
      activityId: d.next.id,
      by: w.me.name,
      before: d.before,
      afterVersion: activityVersion(d.next),
    };
    const history = nextHistory(undoEntries(wb), entry);
    const o = write(wb, current!, d.next, d.journal, w.me.email, MARK_FIELD, w.me.name);
    if (!o.ok) return outcomeFailure(d.next.id, o);
    return replyAfter(wb, w, d.next, history.stored ? saveUndo(wb, history.json) : null, journalId);
  });
}

export function sidebarUndo(req: UndoRequest, a: Access): MarkResult {
  return guarded(() => {
    const wb = load(a, ['plan', 'staff', 'journal']);
    const w = who(wb);
    if (!w) return failure('forbidden', 'Сначала укажите, кто вы.');
    const entries = undoEntries(wb);
    const stored =
      [...entries]
        .reverse()
        .find((e) => e.activityId === req.activityId && (!req.journalId || e.journalId === req.journalId)) ?? null;
    const { current, duplicate } = findActivity(wb, req.activityId);
    if (duplicate) return duplicate;
    // A previous comment too long for the history comes back in full from the mark's Журнал row.
    const comment = stored ? fullComment(stored, wb.journal ?? [], MARK_FIELD, w.me.email) : null;
    if (stored?.commentCut && comment === null)
      return failure(
        'invalid',
        'Отменить нельзя: прежний комментарий был длинным, и его полный текст не найден в «Журнале». Верните комментарий вручную.',
        'Cannot undo: the previous long comment is not in the journal any more.',
      );
    const entry = stored ? { ...stored, before: { ...stored.before, comment } } : null;
    const d = decideUndo(current, entry, {
      role: w.role,
      who: w.me.name,
      user: w.me.email,
      now: new Date().toISOString(),
    });
    if (!d.ok) return current ? { ...d, card: buildCard(current, viewInput(wb, w, 'ru')) } : d;
    const history = nextHistory(
      entries.filter((e) => e !== stored),
      null,
    );
    const o = write(wb, current!, d.next, d.journal, w.me.email, UNDO_FIELD, w.me.name);
    if (!o.ok) return outcomeFailure(d.next.id, o);
    return replyAfter(wb, w, d.next, saveUndo(wb, history.json));
  });
}

export function sidebarShowRow(req: ShowRowRequest, access: Access): ShowRowResult {
  const wb = loadWorkbook(['plan'], new Date(), access.state);
  const a = wb.plan?.activities.find((x) => x.id === req.activityId);
  if (!a?.row) return failure('not-found');
  const sheet = access.state.spreadsheet.getSheetByName(PLAN_SHEET_NAME);
  if (!sheet) return failure('not-found');
  sheet.getRange(a.row, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
  return { ok: true };
}
