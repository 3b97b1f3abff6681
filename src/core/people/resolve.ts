import { isValidEmail } from './email';
import { lexForm, looksAdjective, MANY_HOLDER_ROLES, PLURAL_ROLES } from './lexicon';
import { type NameParts, nameParts, sameName } from './names';
import { splitResponsible } from './split';
import { label } from './staff-check';
import { stem, stems } from './stem';
import { fold } from './text';
import type { Resolution, ResponsibleEntity, StaffMember } from './types';

export type { Resolution } from './types';

/**
 * Who a responsible text means, against the Сотрудники list.
 *
 * - A person by name: "Остапенко Н.М." is "Остапенко Наталья Михайловна" (ё = е).
 * - A role by Должность (each ";" part) and by Псевдонимы; a group or body by Группы — and each of
 *   them by any of these columns, compared as sets of Snowball stems, so case forms agree
 *   ("Члены экспертной группы ВСОКО" = group "Экспертная группа ВСОКО").
 * - An exact phrase wins over a longer one that contains it ("Директор" is not "Заместитель
 *   директора по УВР"); a phrase contained in several different ones is a question, not a guess.
 * - A role one person holds ("Заведующий", "Координатор ДОО") that matches two active people is
 *   ambiguous; a role many hold ("Педагог ДОО") and a group mean all of them.
 * - Nothing found → unresolved (bodies outside: МО ПК, ИРО ПК). Found but inactive → `inactive`;
 *   found without a valid e-mail → unresolved with the `member` found.
 */
export function createResolver(staff: readonly StaffMember[]): (text: string | null) => Resolution {
  const index = buildIndex(staff);
  const cache = new Map<string, Resolution>();
  return (text) => {
    const key = text ?? '';
    let r = cache.get(key);
    if (!r) {
      r = resolveEntities(index, splitResponsible(key));
      cache.set(key, r);
    }
    return r;
  };
}

interface Phrase {
  member: StaffMember;
  source: 'position' | 'alias' | 'group';
  key: string;
  set: string[];
}

export interface Index {
  phrases: Phrase[];
  names: { member: StaffMember; parts: NameParts }[];
  /** The names by folded surname: a person is looked up among namesakes, not among all the staff. */
  bySurname: Map<string, { member: StaffMember; parts: NameParts }[]>;
}

export function buildIndex(staff: readonly StaffMember[]): Index {
  const phrases: Phrase[] = [];
  const names: Index['names'] = [];
  for (const m of staff) {
    const add = (source: Phrase['source'], text: string) => {
      const set = stems(text);
      if (set.length) phrases.push({ member: m, source, key: set.join(' '), set });
    };
    for (const p of m.positions) add('position', p);
    for (const a of m.aliases) add('alias', a);
    for (const g of m.groups) add('group', g);
    const parts = m.name ? nameParts(m.name) : null;
    if (parts) names.push({ member: m, parts });
    // An alias written as a name ("Остапенко Н.М.") names the person too.
    for (const a of m.aliases) {
      const p = nameParts(a);
      if (p?.initials.length) names.push({ member: m, parts: p });
    }
  }
  const bySurname = new Map<string, Index['names']>();
  for (const n of names) {
    const k = fold(n.parts.surname);
    const list = bySurname.get(k);
    if (list) list.push(n);
    else bySurname.set(k, [n]);
  }
  return { phrases, names, bySurname };
}

type Outcome =
  | { kind: 'found'; members: StaffMember[]; oneMeant: boolean }
  | { kind: 'ambiguous'; members: StaffMember[] }
  | { kind: 'none' };

const contains = (big: string[], small: string[]) => small.every((s) => big.includes(s));
const distinct = (ms: StaffMember[]) => [...new Set(ms)];

/** Exact phrases first, then phrases containing the query; several different ones → ambiguous. */
function byPhrase(index: Index, query: string[], oneMeant: boolean, reverseHead: string | null): Outcome {
  if (!query.length) return { kind: 'none' };
  const key = query.join(' ');
  const exact = index.phrases.filter((p) => p.key === key);
  if (exact.length) return { kind: 'found', members: distinct(exact.map((p) => p.member)), oneMeant };
  const wider = index.phrases.filter((p) => p.set.length > query.length && contains(p.set, query));
  if (wider.length) {
    const keys = new Set(wider.map((p) => p.key));
    const members = distinct(wider.map((p) => p.member));
    if (keys.size === 1) return { kind: 'found', members, oneMeant };
    return members.length === 1 ? { kind: 'found', members, oneMeant } : { kind: 'ambiguous', members };
  }
  // "Воспитатели групп" → everyone whose Должность is "Воспитатель": a shorter position with the same head.
  if (reverseHead) {
    const narrower = index.phrases.filter(
      (p) =>
        p.source !== 'group' && p.set.length < query.length && p.set.includes(reverseHead) && contains(query, p.set),
    );
    if (narrower.length) return { kind: 'found', members: distinct(narrower.map((p) => p.member)), oneMeant: false };
  }
  return { kind: 'none' };
}

/** The noun a role is about ("Старший воспитатель" → "воспитатель"), to tell one-holder roles from many. */
function headWord(role: string): string {
  const words = role.split(/[^\p{L}-]+/u).filter(Boolean);
  const h = words.find((w) => !looksAdjective(w)) ?? words[0] ?? '';
  return lexForm(h);
}

function resolveOne(index: Index, e: ResponsibleEntity): Outcome {
  if (e.kind === 'person') {
    const parts = e.name ? nameParts(e.name) : null;
    if (!parts) return { kind: 'none' };
    const namesakes = index.bySurname.get(fold(parts.surname)) ?? [];
    const members = distinct(namesakes.filter((n) => sameName(n.parts, parts)).map((n) => n.member));
    if (!members.length) return { kind: 'none' };
    return { kind: 'found', members, oneMeant: true };
  }
  if (e.kind === 'role') {
    const role = e.role ?? e.text;
    const head = headWord(role);
    // "Воспитатели групп": a plural position means all its holders, as a group does.
    const plural = PLURAL_ROLES.has(head);
    const oneMeant = !plural && !MANY_HOLDER_ROLES.has(head);
    const reverseHead = plural ? stem(head) : null;
    if (e.org) {
      const withOrg = byPhrase(index, stems(`${role} ${e.org}`), oneMeant, reverseHead);
      if (withOrg.kind !== 'none') return withOrg;
    }
    return byPhrase(index, stems(role), oneMeant, reverseHead);
  }
  // Groups and bodies: everyone in them.
  const query = stems(e.text);
  const headStem = e.kind === 'group' ? stem(lexForm(headWord(e.text.replace(/^(все|члены)\s+/i, '')))) : null;
  return byPhrase(index, query, false, headStem);
}

export function resolveEntities(index: Index, entities: readonly ResponsibleEntity[]): Resolution {
  const out: Resolution = { people: [], unresolved: [], ambiguous: [], inactive: [] };
  const seen = new Set<string>();
  const notify = (m: StaffMember) => {
    const k = m.email.trim().toLowerCase();
    if (seen.has(k)) return;
    seen.add(k);
    out.people.push(m);
  };
  for (const e of entities) {
    const r = resolveOne(index, e);
    if (r.kind === 'none') {
      out.unresolved.push({ text: e.text });
      continue;
    }
    const active = r.members.filter((m) => m.active);
    // "Ask, don't guess": one person is meant and several active people fit.
    if (r.kind === 'ambiguous' || (r.oneMeant && active.length > 1)) {
      // The phrase fits several different rows: all of them are shown, inactive ones too, so the
      // question always has two answers to choose from.
      const candidates = (active.length > 1 ? active : r.members).map((m) => label(m));
      out.ambiguous.push({ text: e.text, candidates });
      continue;
    }
    // A one-holder role kept by an active person: a former holder marked inactive is not news.
    const inactive = r.oneMeant && active.length === 1 ? [] : r.members.filter((m) => !m.active);
    for (const m of inactive) out.inactive.push({ text: e.text, name: label(m) });
    for (const m of active) {
      if (isValidEmail(m.email)) notify(m);
      // Worded where it is shown, in the document's language (problem-words.ts problemDetail).
      else out.unresolved.push({ text: e.text, member: m });
    }
  }
  return out;
}
