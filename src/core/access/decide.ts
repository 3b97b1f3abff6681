/**
 * The guard's decision, pure: may this caller, with this role, call this entry point with this
 * request? A refusal says what the entry point needs in general to staff, and what this request
 * needs to a coordinator (a changed coordinator list needs the owner).
 */
import { coordinatorsChanged } from './authority';
import { type CallContext, ENTRY_POINTS, type EntryName, type Level } from './entry-points';
import { installerRefusal, type Refusal, refusal } from './refusals';
import { type Authority, allows, type Caller, type Role } from './roles';

export type AccessDecision = { ok: true } | { ok: false; refusal: Refusal };

export function decideAccess(
  entry: EntryName,
  caller: Caller,
  role: Role,
  authority: Authority,
  /** The coordinator list the request would save, when the entry point takes one. */
  requested: readonly string[] | null = null,
): AccessDecision {
  const e = ENTRY_POINTS[entry];
  let level: Level = e.allowed;
  if (
    'ownerFor' in e &&
    e.ownerFor === 'coordinators' &&
    requested &&
    coordinatorsChanged(requested, authority.coordinators)
  )
    level = 'owner';
  if (allows(level, role)) return { ok: true };
  if (e.as === 'installer') return { ok: false, refusal: installerRefusal(caller.email, e.label) };
  const told = allows(e.allowed, role) ? level : e.allowed;
  return { ok: false, refusal: refusal(told, caller, authority.owner, e.label) };
}

/**
 * Outside the spreadsheet (the web app) only the `web` entry points answer: every other one would
 * run as the coordinator who deployed the web app, for whoever calls it.
 */
export function decideContext(entry: EntryName, context: CallContext): AccessDecision {
  if (context === 'document' || ENTRY_POINTS[entry].kind === 'web') return { ok: true };
  return {
    ok: false,
    refusal: {
      code: 'forbidden',
      ru: `${ENTRY_POINTS[entry].label}: недоступно со страницы по ссылке из письма. Откройте таблицу.`,
      en: 'Not available from the page of an e-mail link. Open the spreadsheet.',
    },
  };
}
