/**
 * The sidebar's server functions. Open: 4 spreadsheet calls (one batch read). Mark/undo: the same
 * read plus ONE batchUpdate holding the row's changed cells and the journal row, under the
 * document lock, with the row found by ID and checked against the version the card was drawn from.
 * Identity ("Кто вы?") and the user's undo history live in user properties.
 */

import { isUserError } from '../core/errors';
import { createResolver } from '../core/people/resolve';
import type { StaffMember } from '../core/people/types';
import { PLAN_SHEET_NAME } from '../core/sheet/plan-columns';
import { statusLabel } from '../core/sheet/plan-rows';
import { trackingRequests } from '../core/sheet/row-writes';
import { findPerson, identityChoices, identityReason } from '../core/sidebar/identity';
import { decideMark, decideUndo, failure, type UndoEntry } from '../core/sidebar/mark';
import { canSeeAll, canMark as mayMark, roleOf } from '../core/sidebar/permissions';
import { activityVersion } from '../core/sidebar/version';
import { buildCard, buildView, type ViewInput } from '../core/sidebar/view';
import type { TrackedActivity } from '../core/tracking/types';
import {
  type LoadRequest,
  type MarkFailure,
  type MarkResult,
  parseRequest,
  type ShowRowResult,
  type SidebarData,
} from '../shared/sidebar-contract';
import { withDocumentLock } from './lock';
import { readPlanMeta } from './plan-meta';
import { documentProps, type Props, userProps } from './props';
import { loadSettings } from './reminders';
import { batchUpdate } from './sheets-api';
import { currentUserEmail } from './user';
import { journalRequests, loadWorkbook, NO_STAFF_NOTE, type Workbook } from './workbook';

/** «Кто вы?» is remembered per spreadsheet: user properties are shared by every document the add-on runs in. */
const identityKey = (spreadsheetId: string) => `sidebar.identity.${spreadsheetId}`;
const UNDO_KEY = 'sidebar.undo';
const UNDO_KEEP = 20;

/** The workbook plus the properties and active user, each read once per server call. */
type Ctx = Workbook & { doc: Props; user: Props; active: string };

function load(parts: Parameters<typeof loadWorkbook>[0]): Ctx {
  return { ...loadWorkbook(parts), doc: documentProps(), user: userProps(), active: currentUserEmail() };
}

function staffOf(wb: Workbook): StaffMember[] {
  return wb.staff ?? [];
}

interface Who {
  me: { email: string; name: string };
  role: ReturnType<typeof roleOf>;
  mine: Set<string>;
  people: Record<string, string[]>;
}

function who(wb: Ctx): Who | null {
  const staff = staffOf(wb);
  const meta = readPlanMeta(wb.doc);
  const authority = { owner: meta.owner ?? null, coordinators: loadSettings(wb.doc).settings.coordinators };
  // The owner (who imported) and the coordinators named in the settings are known by their e-mail
  // even when they are not in Сотрудники: otherwise «Кто вы?» would make them pick a staff member.
  const privileged =
    wb.active && roleOf(wb.active, authority) !== 'staff' ? { email: wb.active, name: wb.active } : null;
  const me = findPerson(wb.active, staff) ?? privileged ?? findPerson(wb.user[identityKey(wb.info.id)], staff);
  if (!me) return null;
  const resolve = createResolver(staff);
  const mine = new Set<string>();
  const people: Record<string, string[]> = {};
  const cache = new Map<string, string[]>();
  for (const a of wb.plan?.activities ?? []) {
    const text = a.responsible ?? '';
    const emails = cache.get(text) ?? (text ? resolve(text).people.map((p) => p.email.toLowerCase()) : []);
    cache.set(text, emails);
    if (emails.includes(me.email.toLowerCase())) mine.add(a.id);
    people[a.id] = emails.map((e) => staff.find((m) => m.email.toLowerCase() === e)?.name ?? e);
  }
  const role = roleOf(me.email, authority);
  return { me, role, mine, people };
}

function undoEntries(user: Props): UndoEntry[] {
  try {
    return JSON.parse(user[UNDO_KEY] ?? '[]') as UndoEntry[];
  } catch {
    return [];
  }
}

/** Saves the undo history; returns the stored text so the reply can be built from what is now saved. */
function saveUndo(entries: UndoEntry[]): Props {
  const json = JSON.stringify(entries.slice(-UNDO_KEEP));
  PropertiesService.getUserProperties().setProperty(UNDO_KEY, json);
  return { [UNDO_KEY]: json };
}

function viewInput(wb: Ctx, w: Who, locale: 'ru' | 'en'): Omit<ViewInput, 'activities'> {
  const undoable = new Set<string>();
  const byId = new Map((wb.plan?.activities ?? []).map((a) => [a.id, a]));
  for (const e of undoEntries(wb.user)) {
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
    const reason = wb.staff ? identityReason(wb.active)[locale] : NO_STAFF_NOTE;
    return { needIdentity: true, locale, today: wb.today, staff: identityChoices(staffOf(wb)), reason };
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

export function sidebarLoad(raw: unknown): SidebarData {
  const p = parseRequest('sidebarLoad', raw);
  if (!p.ok) throw new Error(p.message);
  const req: LoadRequest = p.value;
  return dataOf(load(['plan', 'staff']), req.locale ?? 'ru');
}

export function sidebarSetIdentity(raw: unknown): SidebarData {
  const p = parseRequest('sidebarSetIdentity', raw);
  if (!p.ok) throw new Error(p.message);
  const wb = load(['plan', 'staff']);
  if (!findPerson(p.value.email, staffOf(wb))) throw new Error('Такого сотрудника нет в списке «Сотрудники».');
  PropertiesService.getUserProperties().setProperty(identityKey(wb.info.id), p.value.email);
  // Answer with the identity just chosen (wb.user was read before it was saved).
  return dataOf({ ...wb, user: { ...wb.user, [identityKey(wb.info.id)]: p.value.email } }, 'ru');
}

/** Writes `next` over `current` (changed tracking cells + a journal row) in one batch. */
function write(wb: Ctx, current: TrackedActivity, next: TrackedActivity, user: string, field: string): void {
  const plan = wb.plan!;
  const requests = trackingRequests(plan.sheet.sheetId, plan.cols, current, next, current.row!);
  requests.push(
    ...journalRequests(wb.info, [
      {
        time: new Date().toISOString(),
        user,
        activityId: current.id,
        field,
        oldValue: statusLabel(current.status),
        newValue:
          statusLabel(next.status) + (next.comment && next.comment !== current.comment ? ` — ${next.comment}` : ''),
      },
    ]),
  );
  batchUpdate(wb.info.id, requests);
}

function locked(): MarkFailure {
  return failure('locked');
}

function guarded(fn: () => MarkResult): MarkResult {
  try {
    return withDocumentLock(fn, 10_000);
  } catch (e) {
    if (isUserError(e) && e.code === 'locked') return locked();
    throw e;
  }
}

export function sidebarMark(raw: unknown): MarkResult {
  const p = parseRequest('sidebarMark', raw);
  if (!p.ok) return p;
  return guarded(() => {
    const wb = load(['plan', 'staff', 'journal']);
    const w = who(wb);
    if (!w) return failure('forbidden', 'Сначала укажите, кто вы.');
    const current = wb.plan?.activities.find((a) => a.id === p.value.activityId) ?? null;
    const d = decideMark(current, p.value, {
      role: w.role,
      mine: w.mine,
      today: wb.today,
      who: w.me.name,
      horizonYear: readPlanMeta(wb.doc).horizonYear,
    });
    if (!d.ok) return current ? { ...d, card: buildCard(current, viewInput(wb, w, 'ru')) } : d;
    write(wb, current!, d.next, w.me.email, 'Статус (боковая панель)');
    const journalId = `${d.next.id}:${Date.now()}`;
    const saved = saveUndo([
      ...undoEntries(wb.user),
      { journalId, activityId: d.next.id, by: w.me.name, before: d.before, afterVersion: activityVersion(d.next) },
    ]);
    // The reply is built from the state after the write, undo history included (else «Отменить
    // последнее» would stay hidden until the next load).
    const after = {
      ...wb,
      user: { ...wb.user, ...saved },
      plan: { ...wb.plan!, activities: wb.plan!.activities.map((a) => (a.id === d.next.id ? d.next : a)) },
    };
    return { ok: true, card: buildCard(d.next, viewInput(after, w, 'ru')), data: dataOf(after, 'ru'), journalId };
  });
}

export function sidebarUndo(raw: unknown): MarkResult {
  const p = parseRequest('sidebarUndo', raw);
  if (!p.ok) return p;
  return guarded(() => {
    const wb = load(['plan', 'staff', 'journal']);
    const w = who(wb);
    if (!w) return failure('forbidden', 'Сначала укажите, кто вы.');
    const entries = undoEntries(wb.user);
    const entry =
      [...entries]
        .reverse()
        .find(
          (e) => e.activityId === p.value.activityId && (!p.value.journalId || e.journalId === p.value.journalId),
        ) ?? null;
    const current = wb.plan?.activities.find((a) => a.id === p.value.activityId) ?? null;
    const d = decideUndo(current, entry, { role: w.role, who: w.me.name });
    if (!d.ok) return current ? { ...d, card: buildCard(current, viewInput(wb, w, 'ru')) } : d;
    write(wb, current!, d.next, w.me.email, 'Статус (отмена)');
    const saved = saveUndo(entries.filter((e) => e !== entry));
    const after = {
      ...wb,
      user: { ...wb.user, ...saved },
      plan: { ...wb.plan!, activities: wb.plan!.activities.map((a) => (a.id === d.next.id ? d.next : a)) },
    };
    return { ok: true, card: buildCard(d.next, viewInput(after, w, 'ru')), data: dataOf(after, 'ru') };
  });
}

export function sidebarShowRow(raw: unknown): ShowRowResult {
  const p = parseRequest('sidebarShowRow', raw);
  if (!p.ok) return p;
  const wb = loadWorkbook(['plan']);
  const a = wb.plan?.activities.find((x) => x.id === p.value.activityId);
  if (!a?.row) return failure('not-found');
  const sheet = SpreadsheetApp.getActive().getSheetByName(PLAN_SHEET_NAME);
  if (!sheet) return failure('not-found');
  sheet.getRange(a.row, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
  return { ok: true };
}
