/**
 * The one guard every entry point of src/main.ts calls first. It finds who is calling (the active
 * user's Google address, or for a trigger its installer), the owner of record and the named
 * coordinators, and checks the entry point's row of ENTRY_POINTS. A refusal is Russian, English
 * second: an alert for a menu item, a `forbidden` Failure for a google.script.run endpoint (thrown
 * here as a UserError, answered as the envelope by src/gas/endpoint.ts), a logged note for a trigger.
 * Cost: the document's state (getActive, getId, one Spreadsheets.get — the read the caller's
 * workbook reuses) and one Session call; the Drive owner is asked once per document, when nothing
 * is recorded yet.
 */
import * as z from 'zod/mini';
import { decideAccess, decideContext } from '../core/access/decide';
import { type CallContext, ENTRY_POINTS, type EntryName } from '../core/access/entry-points';
import { decideOwner, type OwnerRecord, parseOwnerRecord, withPending } from '../core/access/owner';
import type { Refusal } from '../core/access/refusals';
import { type Authority, type Caller, normEmail, type Role, roleOf } from '../core/access/roles';
import { UserError } from '../core/errors';
import type { Language } from '../core/language';
import { fitJson } from '../core/limits/property-size';
import { parseSettings } from '../core/reminders/settings';
import { KEYS } from '../core/workbook/schema';
import type { OwnerView } from '../shared/settings-contract';
import { type DocContext, documentState } from './doc-state';
import type { Props } from './props';
import { APP_TITLE } from './ui';
import { currentUserEmail } from './user';

export interface Access {
  entry: EntryName;
  caller: Caller;
  role: Role;
  authority: Authority;
  /** The document's state as the guard read it (src/gas/doc-state.ts; callers reuse it: one read per call). */
  state: DocContext;
  /** `state.props` at the guard's read. */
  doc: Props;
  /** Writes one key of the document's state (one batchUpdate). */
  setDoc(key: string, value: string): void;
  ownerRecord: OwnerRecord | null;
  /** The document lock the guard got (not taken): a writer of this call reuses it (one call fewer). */
  documentLock?: GoogleAppsScript.Lock.Lock;
  /** The document's language, from the settings the guard read (no call of its own). */
  lang: Language;
}

function effectiveEmail(): string {
  try {
    return Session.getEffectiveUser().getEmail() || '';
  } catch {
    return '';
  }
}

function driveOwner(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string | null {
  try {
    // Null for a file in a shared drive (Spreadsheet.getOwner reference).
    return ss.getOwner()?.getEmail() || null;
  } catch {
    return null;
  }
}

/** Who is calling and what they may do, without refusing anything. */
export function accessOf(entry: EntryName, state: DocContext = documentState()): Access {
  const e = ENTRY_POINTS[entry];
  let doc = state.props;
  const email = normEmail(e.as === 'installer' ? effectiveEmail() : currentUserEmail());
  const caller: Caller = { email, verified: !!email };
  const recorded = parseOwnerRecord(doc[KEYS.owner]);
  const owner = decideOwner(
    recorded,
    () => driveOwner(state.spreadsheet),
    caller,
    e.allowed !== 'anyone',
    new Date().toISOString(),
  );
  let ownerRecord = recorded;
  if (owner.save) {
    const json = JSON.stringify(owner.save);
    state.set(KEYS.owner, json);
    doc = { ...doc, [KEYS.owner]: json };
    ownerRecord = owner.save;
  }
  const { coordinators, language } = parseSettings(doc[KEYS.settings] ?? null).settings;
  const authority: Authority = { owner: owner.owner, coordinators };
  return {
    entry,
    caller,
    role: roleOf(caller, authority),
    authority,
    state,
    doc,
    setDoc: state.set,
    ownerRecord,
    lang: language,
  };
}

function refuse(a: Access, r: Refusal): null {
  const e = ENTRY_POINTS[a.entry];
  // A page shows the envelope's text in its language (both travel); an alert, the document's.
  if (e.kind === 'run') throw new UserError(r.code, r.ru, r.en);
  if (e.kind === 'menu') {
    const ui = SpreadsheetApp.getUi();
    ui.alert(APP_TITLE, r[a.lang], ui.ButtonSet.OK);
  } else if (e.kind === 'trigger') {
    // Nobody sees a trigger run: the note goes to the execution log and to the status menu.
    console.warn(r.ru);
    const note = fitJson({ entry: a.entry, who: a.caller.email, at: new Date().toISOString(), message: r.ru });
    a.setDoc(KEYS.refused, note);
  }
  return null;
}

/**
 * The web app runs outside any document: there `getDocumentLock()` "returns null … if called from
 * a standalone script or web app" (developers.google.com/apps-script/reference/lock/lock-service).
 */
function documentLock(): { context: CallContext; lock: GoogleAppsScript.Lock.Lock | null } {
  const lock = LockService.getDocumentLock();
  return { context: lock ? 'document' : 'webapp', lock };
}

/**
 * Refuses (throws) a call from the web app to an entry point that is not one of its own: before
 * anything is read or recorded. Entry points that read before the guard call it first. Returns
 * the document lock (null in the web app), not taken.
 */
export function refuseOutsideDocument(entry: EntryName): GoogleAppsScript.Lock.Lock | null {
  const { context, lock } = documentLock();
  const d = decideContext(entry, context);
  if (!d.ok) throw new UserError(d.refusal.code, d.refusal.ru, d.refusal.en);
  return lock;
}

/**
 * Checks the caller against the entry point's row. Returns the access context, or null after
 * telling the caller (a `run` entry point throws instead). `request`: what a google.script.run
 * call sent, for rows whose rule depends on it (a changed coordinator list needs the owner).
 * `state`: the document's state when the caller has read it already (a trigger's run).
 */
export function guard(entry: EntryName, request?: unknown, state?: DocContext, opened?: 'by-id'): Access | null {
  // onOpen may run in AuthMode.NONE, where properties cannot be read: nothing to check there.
  if (ENTRY_POINTS[entry].kind === 'simple') return null;
  return admit(accessInDocument(entry, state, opened), request);
}

/**
 * Who calls, from inside the document only (a web-app caller is refused first): guard's first half.
 * `opened: 'by-id'`: a daily run that found its spreadsheet in the trigger registry (it has no
 * document lock either; runDailyTrigger refuses the web app before it gets here).
 */
export function accessInDocument(entry: EntryName, state?: DocContext, opened?: 'by-id'): Access {
  const lock = opened === 'by-id' ? null : refuseOutsideDocument(entry);
  const a = accessOf(entry, state);
  if (lock) a.documentLock = lock;
  return a;
}

/** The check of `guard` on an access already found (an endpoint knows the document's language first). */
export function admit(a: Access, request?: unknown): Access | null {
  const entry = a.entry;
  const requested = request === undefined ? null : parseSettings(request).settings.coordinators;
  const d = decideAccess(entry, a.caller, a.role, a.authority, requested);
  return d.ok ? a : refuse(a, d.refusal);
}

/** What the settings dialog shows of the owner of record. */
export function ownerView(a: Access): OwnerView {
  return { owner: a.authority.owner, pending: a.ownerRecord?.pending ?? null, isOwner: a.role === 'owner' };
}

/** accessTransferOwner's request: the successor's address, or '' to cancel the hand-over. */
const BAD_SUCCESSOR = 'Неверный адрес нового владельца';
const Email = z.email();
export const SuccessorRequest = z.object({
  // A refinement, not a union of '' and an e-mail: zod's union and literal kinds cost the bundle
  // ~1 KB. Only '' cancels (spaces alone are a wrong address, as before).
  email: z.string(BAD_SUCCESSOR).check(
    z.refine((s) => s === '' || z.safeParse(Email, s.trim().toLowerCase()).success, BAD_SUCCESSOR),
    z.trim(),
    z.toLowerCase(),
  ),
});

/** The owner names a successor (or '' to cancel); they become owner the first time they act signed in. */
export function transferOwner(a: Access, successor: string): OwnerRecord {
  const current = a.ownerRecord ?? {
    email: a.caller.email,
    how: 'first-use' as const,
    since: new Date().toISOString(),
  };
  const next = withPending(current, successor || null);
  a.setDoc(KEYS.owner, JSON.stringify(next));
  return next;
}
