/**
 * The sidebar's server functions. Open: 4 spreadsheet calls (one batch read of План, Сотрудники and
 * Журнал). Mark/undo: the same read, then ONE batchUpdate holding the row's changed cells and the
 * Журнал row — which carries the undo history (src/core/sidebar/undo-history.ts) — and answering
 * with what the activity's row holds after it, so the check that the cells are on that row costs
 * no further call (put right if rows moved meanwhile: src/gas/bound-write.ts); under the document
 * lock, with the row found by ID and checked against the version the card was drawn from. Every
 * function asks the guard first (src/gas/access.ts). The «Кто вы?» answer (staff only) lives in
 * user properties, read only when the Google address does not say who is calling.
 */

import { isPrivileged } from '../core/access/roles';
import { isUserError, UserError } from '../core/errors';
import type { Language } from '../core/language';
import type { StaffMember } from '../core/people/types';
import { correctionRows, type JournalRow } from '../core/sheet/journal-tab';
import type { SheetsRequest } from '../core/sheet/requests';
import { trackingRequests } from '../core/sheet/row-writes';
import { findPerson, identityChoices, identityReason, privilegedChoiceRefusal } from '../core/sidebar/identity';
import {
  type Decision,
  decideMark,
  decideUndo,
  failure,
  MARK_FIELD,
  UNDO_FIELD,
  type UndoEntry,
} from '../core/sidebar/mark';
import { canSeeAll, canMark as mayMark } from '../core/sidebar/permissions';
import { markRecord, pendingUndos, undoneRecord } from '../core/sidebar/undo-history';
import { activityVersion } from '../core/sidebar/version';
import { buildCard, buildView, type ViewInput } from '../core/sidebar/view';
import { type Who, whoIs } from '../core/sidebar/who';
import { SIDEBAR_NOTICES, WHO_FIRST } from '../core/sidebar/words';
import { EXTRA_COPY, rowsById, sheetRows, trackingIntent } from '../core/tracking/bound-write';
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
import { markDates, readPlanMeta } from './plan-meta';
import { type Props, type Store, userStore } from './props';
import { journalWriter, loadWorkbook, NO_STAFF_NOTE, type Workbook } from './workbook';

const identityKey = USER_KEYS.identity;

/**
 * The workbook plus the properties and the caller, each read once per server call; the user
 * properties (2 calls) only if asked for.
 */
type Ctx = Workbook & { doc: Props; access: Access; claimed: () => string | null; setUser: Store['set'] };

function load(access: Access, parts: Parameters<typeof loadWorkbook>[0]): Ctx {
  const wb = loadWorkbook(parts, new Date(), access.state);
  let user: Store | null = null;
  const users = () => {
    user ??= userStore();
    return user;
  };
  return {
    ...wb,
    doc: access.doc,
    access,
    claimed: () => users().props[identityKey(wb.info.id)] ?? null,
    setUser: (k, v) => users().set(k, v),
  };
}

function staffOf(wb: Workbook): StaffMember[] {
  return wb.staff ?? [];
}

/**
 * Who is calling, from what this call read (src/core/sidebar/who.ts). The «Кто вы?» answer is
 * asked for only when the Google address does not say who it is.
 */
function who(wb: Ctx): Who | null {
  const input = {
    staff: staffOf(wb),
    activities: wb.plan?.activities ?? [],
    caller: wb.access.caller,
    role: wb.access.role,
    authority: wb.access.authority,
  };
  return whoIs({ ...input, claimed: null }) ?? whoIs({ ...input, claimed: wb.claimed() });
}

/** The caller's marks not undone yet, from the Журнал this call read. */
const undoEntries = (wb: Ctx, w: Who): UndoEntry[] => pendingUndos(wb.journal ?? [], w.me.email);

function viewInput(wb: Ctx, w: Who, locale: Language): Omit<ViewInput, 'activities'> {
  const undoable = new Set<string>();
  const byId = new Map((wb.plan?.activities ?? []).map((a) => [a.id, a]));
  for (const e of undoEntries(wb, w)) {
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

function dataOf(wb: Ctx, locale: Language): SidebarData {
  const w = who(wb);
  if (!w) {
    const reason = wb.staff ? identityReason(wb.access.caller.email)[locale] : NO_STAFF_NOTE[locale];
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
    ? SIDEBAR_NOTICES.noPlan[locale]
    : w.mine.size === 0 && w.role === 'staff'
      ? SIDEBAR_NOTICES.nothingMine[locale]
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
 * sidebar function: per-activity rights are checked here) and the request schema. Each answers in
 * the language the page asked with, the document's when it did not say (the settings the guard read).
 */

const langOf = (req: { locale?: Language }, a: Access): Language => req.locale ?? a.lang;

export function sidebarLoad(req: LoadRequest, a: Access): SidebarData {
  return dataOf(load(a, ['plan', 'staff', 'journal']), langOf(req, a));
}

export function sidebarSetIdentity(req: SetIdentityRequest, a: Access): SidebarData {
  const wb = load(a, ['plan', 'staff', 'journal']);
  if (isPrivileged(req.email, a.authority)) {
    const r = privilegedChoiceRefusal(req.email);
    throw new UserError('forbidden', r.ru, r.en);
  }
  if (!findPerson(req.email, staffOf(wb)))
    throw new UserError(
      'invalid',
      'Такого сотрудника нет в списке «Сотрудники».',
      'There is no such person in the Сотрудники tab.',
    );
  wb.setUser(identityKey(wb.info.id), req.email);
  // Answer with the identity just chosen.
  return dataOf({ ...wb, claimed: () => req.email }, langOf(req, a));
}

/** The activity by ID, or why there is none to write: several rows hold that ID. */
export function findActivity(
  wb: Workbook,
  id: string,
): { current: TrackedActivity | null; duplicate: MarkFailure | null } {
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
    `В плане несколько строк с одним ID ${id} (строки ${rows.join(', ')}): неясно, какую отметить, поэтому ничего не изменено. ${EXTRA_COPY} повторите.`,
    `Several rows have the ID ${id} (rows ${rows.join(', ')}); nothing was changed. Remove the extra copy and retry.`,
  );
}

const MOVED: MarkFailure = failure(
  'stale',
  'Пока сохранялась отметка, строки плана переставили (сортировка, вставка или удаление строк): отметка не сохранена, остальное не изменено. Обновите список и повторите.',
  'Rows of the plan were moved while the change was being saved. Nothing was changed: refresh and try again.',
);

export function outcomeFailure(id: string, o: Exclude<Outcome, { ok: true }>): MarkFailure {
  if (o.code === 'not-found') return failure('not-found');
  if (o.code === 'duplicate') return duplicateFailure(id, o.rows);
  if (o.code === 'stale') return failure('stale');
  return MOVED;
}

/**
 * Writes `next` over `current` (changed tracking cells + a journal row) in one batch, then checks
 * the cells are on the activity's row and puts right what landed elsewhere.
 */
export function write(
  wb: Workbook,
  current: TrackedActivity,
  next: TrackedActivity,
  journal: JournalRow[],
  user: string,
  field: string,
  /** Who, as the Журнал shows them (the ФИО). */
  who: string | undefined,
  /** The document's language: the status is written in it. */
  lang: Language,
): Outcome {
  const plan = wb.plan!;
  const note: (rows: JournalRow[]) => SheetsRequest[] = journalWriter(wb.info, wb.journalHeader, lang);
  const rows = journal.map((r) => ({ ...r, who: r.who ?? who ?? null }));
  const first = [...trackingRequests(plan.sheet.sheetId, plan.cols, current, next, current.row!, lang), ...note(rows)];
  const baseline = rowsById(sheetRows(plan.values, plan.cols.id ?? 0)).byId;
  const notes = (fixes: Correction[], failed: { id: string }[]) =>
    note(correctionRows(fixes, failed, user, field, new Date().toISOString(), lang));
  const out = writeBound(
    { spreadsheetId: wb.info.id, sheetId: plan.sheet.sheetId, title: PLAN_SHEET_NAME, cols: plan.cols, baseline },
    [trackingIntent(plan.cols, current, next, lang)],
    first,
    notes,
  );
  return out.get(current.id) ?? { ok: true };
}

/** `doc`: the guard's document lock (`Access.documentLock`), so that it is not asked for twice. */
export function guarded<R extends { ok: boolean }>(
  fn: () => R | MarkFailure,
  doc?: Access['documentLock'],
): R | MarkFailure {
  try {
    return withDocumentLock(fn, 10_000, undefined, doc);
  } catch (e) {
    if (isUserError(e) && e.code === 'locked') return failure('locked');
    throw e;
  }
}

/** The reply: built from the state after the write, its Журнал rows (the undo history) included. */
function replyAfter(
  wb: Ctx,
  w: Who,
  next: TrackedActivity,
  written: JournalRow[],
  lang: Language,
  journalId?: string,
): MarkResult {
  const after = {
    ...wb,
    journal: [...(wb.journal ?? []), ...written],
    plan: { ...wb.plan!, activities: wb.plan!.activities.map((a) => (a.id === next.id ? next : a)) },
  };
  return {
    ok: true,
    card: buildCard(next, viewInput(after, w, lang)),
    data: dataOf(after, lang),
    ...(journalId ? { journalId } : {}),
  };
}

/** A decision of core's mark or undo: the next state of the activity and its Журнал rows. */
type Decided = Decision;

/**
 * What mark and undo share: the read, «Кто вы?», the activity by ID, core's decision (a refusal
 * answered with the card as it is), the Журнал rows, the one write, the reply.
 */
function change(
  req: { activityId: string; locale?: Language },
  a: Access,
  field: string,
  decide: (wb: Ctx, w: Who, current: TrackedActivity | null) => Decided,
  rows: (
    d: Extract<Decided, { ok: true }>,
    w: Who,
    current: TrackedActivity,
    wb: Ctx,
  ) => { journal: JournalRow[]; journalId?: string },
): MarkResult {
  return guarded(() => {
    const wb = load(a, ['plan', 'staff', 'journal']);
    const lang = langOf(req, a);
    const w = who(wb);
    if (!w) return failure('forbidden', WHO_FIRST.ru, WHO_FIRST.en);
    const { current, duplicate } = findActivity(wb, req.activityId);
    if (duplicate) return duplicate;
    const d = decide(wb, w, current);
    if (!d.ok) return current ? { ...d, card: buildCard(current, viewInput(wb, w, lang)) } : d;
    const { journal, journalId } = rows(d, w, current!, wb);
    const o = write(wb, current!, d.next, journal, w.me.email, field, w.me.name, a.lang);
    if (!o.ok) return outcomeFailure(d.next.id, o);
    return replyAfter(wb, w, d.next, journal, lang, journalId);
  }, a.documentLock);
}

export function sidebarMark(req: MarkRequest, a: Access): MarkResult {
  return change(
    req,
    a,
    MARK_FIELD,
    (wb, w, current) =>
      decideMark(current, req, {
        role: w.role,
        mine: w.mine,
        today: wb.today,
        who: w.me.name,
        user: w.me.email,
        now: new Date().toISOString(),
        ...markDates(wb.doc, wb.plan?.activities ?? [], wb.today),
      }),
    (d, w, current, wb) => {
      // The undo history is the mark's own Журнал row: written in the same batch as the change.
      // Unique even for two marks in one millisecond: under the lock, the Журнал grows with each.
      const journalId = `${d.next.id}:${Date.now()}:${wb.journalLength}`;
      const [row, ...rest] = d.journal;
      return { journal: [{ ...row, undo: markRecord(journalId, w.me.name, current, d.next) }, ...rest], journalId };
    },
  );
}

export function sidebarUndo(req: UndoRequest, a: Access): MarkResult {
  let entry: UndoEntry | null = null;
  return change(
    req,
    a,
    UNDO_FIELD,
    (wb, w, current) => {
      entry =
        [...undoEntries(wb, w)]
          .reverse()
          .find((e) => e.activityId === req.activityId && (!req.journalId || e.journalId === req.journalId)) ?? null;
      return decideUndo(current, entry, {
        role: w.role,
        who: w.me.name,
        user: w.me.email,
        now: new Date().toISOString(),
      });
    },
    // The undo's Журнал row names the mark it undid: that one is offered no more.
    (d) => ({ journal: d.journal.map((r) => ({ ...r, undo: undoneRecord(entry!.journalId) })) }),
  );
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
