/**
 * TEST DOUBLE of the sidebar's server side, built from the pure core over an in-memory plan.
 *
 * The real server is src/gas/api/sidebar.ts (the lead's), which reads the План and Сотрудники tabs
 * through the Apps Script emulator. Until it exists, the browser tests drive this double; it
 * follows the same contract (src/shared/sidebar-contract.ts) and uses the same core decisions
 * (decideMark, decideUndo, buildView, permissions), so swapping in the real server changes no
 * test. Responsibility is given explicitly (`responsibles`) or, for seed plans, by a crude surname
 * / position match — a stand-in for the real resolver, not a copy of it.
 */

import { roleOf } from '../../src/core/access/roles';
import type { StaffMember } from '../../src/core/people/types';
import type { Activity } from '../../src/core/plan/types';
import { findPerson, identityChoices, identityReason } from '../../src/core/sidebar/identity';
import { decideMark, decideUndo, failure, type UndoEntry } from '../../src/core/sidebar/mark';
import { canSeeAll, canMark as mayMark } from '../../src/core/sidebar/permissions';
import { activityVersion } from '../../src/core/sidebar/version';
import { buildCard, buildView } from '../../src/core/sidebar/view';
import type { TrackedActivity } from '../../src/core/tracking/types';
import type { Api } from '../../src/shared/api';
import {
  type LoadRequest,
  LoadRequestSchema,
  MarkRequestSchema,
  type MarkResult,
  parseRequest,
  SetIdentityRequestSchema,
  ShowRowRequestSchema,
  type SidebarData,
  UndoRequestSchema,
} from '../../src/shared/sidebar-contract';

/** The sidebar's endpoints as the page sees them, answered synchronously by the double. */
type SidebarApi = {
  [K in 'sidebarLoad' | 'sidebarMark' | 'sidebarUndo' | 'sidebarSetIdentity' | 'sidebarShowRow']: (
    req: Parameters<Api[K]>[0],
  ) => Awaited<ReturnType<Api[K]>>;
};

export interface FakeOptions {
  activities: TrackedActivity[];
  staff: StaffMember[];
  /** Activity id → e-mails of the responsible people. Missing ids: matched by surname/position. */
  responsibles?: Record<string, string[]>;
  today: string;
  /** What `Session.getActiveUser().getEmail()` returns ('' for personal accounts). */
  activeEmail: string;
  owner?: string | null;
  coordinators?: string[];
  horizonYear?: number | null;
  /** The document's language (its settings): every answer carries it, and is worded in it unless the page asks otherwise. */
  language?: 'ru' | 'en';
}

export interface FakeServer extends SidebarApi {
  state: {
    activities: TrackedActivity[];
    /** User properties: the «Кто вы?» answer. */
    identity: string | null;
    journal: UndoEntry[];
    shownRow: string | null;
    coordinators: string[];
    responsibles: Record<string, string[]>;
  };
  /** Someone else edits a row (in the sheet or another sidebar). */
  edit(id: string, change: Partial<TrackedActivity>): void;
  remove(id: string): void;
}

export function tracked(a: Activity, over: Partial<TrackedActivity> = {}): TrackedActivity {
  return { ...a, status: 'not-started', doneDate: null, doneBy: null, comment: null, donePeriods: [], ...over };
}

const fold = (s: string) => s.toLowerCase().replace(/ё/g, 'е');

/** Crude stand-in resolver for seed plans: a surname or a whole position named in the cell. */
export function matchBySurname(a: Activity, staff: readonly StaffMember[]): string[] {
  const text = fold(a.responsible ?? '');
  if (!text) return [];
  return staff
    .filter((m) => m.active && m.email)
    .filter((m) => {
      const surname = fold(m.name.split(/\s+/)[0] ?? '');
      return (surname.length > 2 && text.includes(surname)) || m.positions.some((p) => p && text.includes(fold(p)));
    })
    .map((m) => m.email.toLowerCase());
}

export function createFakeServer(o: FakeOptions): FakeServer {
  const state: FakeServer['state'] = {
    activities: o.activities.map((a) => ({ ...a, donePeriods: [...a.donePeriods] })),
    identity: null,
    journal: [],
    shownRow: null,
    coordinators: [...(o.coordinators ?? [])],
    responsibles: { ...(o.responsibles ?? {}) },
  };
  let journalSeq = 0;
  const emailsOf = (a: TrackedActivity): string[] => state.responsibles[a.id] ?? matchBySurname(a, o.staff);
  const nameOf = (email: string) => o.staff.find((m) => m.email.toLowerCase() === email)?.name ?? email;

  function who() {
    const email = state.identity ?? o.activeEmail;
    const me = findPerson(email, o.staff);
    if (!me) return null;
    // An identity chosen in «Кто вы?» is not Google's word: staff rights only.
    const role = roleOf(
      { email: me.email, verified: !state.identity },
      { owner: o.owner ?? null, coordinators: state.coordinators },
    );
    const mine = new Set(state.activities.filter((a) => emailsOf(a).includes(me.email)).map((a) => a.id));
    return { me, role, mine };
  }

  function viewInput(w: NonNullable<ReturnType<typeof who>>, locale: 'ru' | 'en') {
    const people: Record<string, string[]> = {};
    for (const a of state.activities) people[a.id] = emailsOf(a).map(nameOf);
    const undoable = new Set<string>();
    for (const a of state.activities) {
      const last = [...state.journal].reverse().find((e) => e.activityId === a.id);
      if (last && last.by === w.me.name && last.afterVersion === activityVersion(a)) undoable.add(a.id);
    }
    return {
      mine: w.mine,
      today: o.today,
      locale,
      me: w.me.name,
      people,
      undoable,
      horizonYear: o.horizonYear ?? null,
      canMark: (a: TrackedActivity) => mayMark(w.role, a.id, w.mine),
    };
  }

  const docLang = o.language ?? 'ru';
  const langOf = (req: { locale?: 'ru' | 'en' }) => req.locale ?? docLang;
  function load(req: LoadRequest): SidebarData {
    const locale = langOf(req);
    const w = who();
    if (!w) {
      const reason = identityReason(state.identity ?? o.activeEmail);
      return { needIdentity: true, locale, today: o.today, staff: identityChoices(o.staff), reason: reason[locale] };
    }
    const v = buildView({ activities: state.activities, ...viewInput(w, locale) });
    const all = canSeeAll(w.role);
    return {
      needIdentity: false,
      locale,
      today: o.today,
      me: w.me,
      role: w.role,
      groups: v.groups,
      progress: v.progress,
      all: all ? v.all : null,
      filters: all ? v.filters : null,
      notice: null,
    };
  }

  const find = (id: string) => state.activities.find((a) => a.id === id) ?? null;
  const put = (next: TrackedActivity) => {
    state.activities = state.activities.map((a) => (a.id === next.id ? next : a));
  };

  function refused(r: MarkResult & { ok: false }, id: string, locale: 'ru' | 'en'): MarkResult {
    const w = who();
    const current = find(id);
    if (!w || !current) return r;
    return { ...r, card: buildCard(current, viewInput(w, locale)) };
  }
  /** Every answer carries the document's language, as src/gas/endpoint.ts serves it. */
  const withLang = <T extends object>(v: T): T & { lang: 'ru' | 'en' } => ({ ...v, lang: docLang });

  const server: FakeServer = {
    state,
    edit(id, change) {
      const a = find(id);
      if (a) put({ ...a, ...change });
    },
    remove(id) {
      state.activities = state.activities.filter((a) => a.id !== id);
    },
    sidebarLoad(raw) {
      const p = parseRequest(LoadRequestSchema, raw);
      if (!p.ok) throw new Error(p.message);
      return withLang(load(p.value));
    },
    sidebarSetIdentity(raw) {
      const p = parseRequest(SetIdentityRequestSchema, raw);
      if (!p.ok) throw new Error(p.message);
      if (!findPerson(p.value.email, o.staff)) throw new Error('Такого сотрудника нет в списке «Сотрудники».');
      state.identity = p.value.email;
      return withLang(load(p.value));
    },
    sidebarMark(raw) {
      const p = parseRequest(MarkRequestSchema, raw);
      if (!p.ok) return withLang(p);
      const locale = langOf(p.value);
      const w = who();
      if (!w) return withLang(failure('forbidden', 'Сначала укажите, кто вы.'));
      const d = decideMark(find(p.value.activityId), p.value, {
        role: w.role,
        mine: w.mine,
        today: o.today,
        who: w.me.name,
        user: w.me.email,
        now: `${o.today}T09:00:00.000Z`,
        horizonYear: o.horizonYear ?? null,
      });
      if (!d.ok) return withLang(refused(d, p.value.activityId, locale));
      put(d.next);
      const journalId = `j${++journalSeq}`;
      state.journal.push({
        journalId,
        activityId: d.next.id,
        by: w.me.name,
        before: d.before,
        afterVersion: activityVersion(d.next),
      });
      return withLang({ ok: true, card: buildCard(d.next, viewInput(w, locale)), data: load(p.value), journalId });
    },
    sidebarUndo(raw) {
      const p = parseRequest(UndoRequestSchema, raw);
      if (!p.ok) return withLang(p);
      const locale = langOf(p.value);
      const w = who();
      if (!w) return withLang(failure('forbidden', 'Сначала укажите, кто вы.'));
      const entry =
        [...state.journal]
          .reverse()
          .find(
            (e) => e.activityId === p.value.activityId && (!p.value.journalId || e.journalId === p.value.journalId),
          ) ?? null;
      const d = decideUndo(find(p.value.activityId), entry, {
        role: w.role,
        who: w.me.name,
        user: w.me.email,
        now: `${o.today}T09:00:00.000Z`,
      });
      if (!d.ok) return withLang(refused(d, p.value.activityId, locale));
      put(d.next);
      state.journal = state.journal.filter((e) => e !== entry);
      return withLang({ ok: true, card: buildCard(d.next, viewInput(w, locale)), data: load(p.value) });
    },
    sidebarShowRow(raw) {
      const p = parseRequest(ShowRowRequestSchema, raw);
      if (!p.ok) return withLang(p);
      if (!find(p.value.activityId)) return withLang(failure('not-found'));
      state.shownRow = p.value.activityId;
      return withLang({ ok: true as const });
    },
  };
  return server;
}
