import { isNameForm, nominativeBody } from './body-case';
import { buildIndex, resolveEntities } from './resolve';
import { splitResponsible } from './split';
import { stemKey } from './stem';
import { capitalize } from './text';
import type { ProposedRow, ResponsibleEntity, StaffMember } from './types';

/**
 * "Заполнить из плана": the rows to add to Сотрудники so that every responsible of the plan has an
 * address behind it — the coordinator only types the e-mails.
 *
 * One row per distinct entity that the list does not cover yet (an entity that resolves to
 * someone, even ambiguously or to an inactive person, is covered: its rows exist):
 * - a person: ФИО = the name as the plan gives it ("Остапенко Н.М."), Должность = the role given with it;
 * - a role: ФИО empty, Должность = the role (the coordinator writes who holds it);
 * - a group: ФИО empty, Группы = the group (one row per member is added by the coordinator);
 * - an organisation or department: ФИО empty, Должность = "Организация", Псевдонимы = its name as
 *   the plan writes it, so the resolver finds the row by that alias. With no e-mail it is still
 *   reported, as it should be for a body outside (МО ПК, ИРО ПК).
 */
export const ORG_POSITION = 'Организация';

export function proposeStaff(responsibleTexts: readonly string[], existing: readonly StaffMember[]): ProposedRow[] {
  const index = buildIndex(existing);
  const rows = new Map<string, ProposedRow>();
  /** Group rows whose name is the plan's own nominative spelling. */
  const named = new Set<string>();
  for (const text of responsibleTexts) {
    if (!text?.trim()) continue;
    for (const e of splitResponsible(text)) {
      const r = resolveEntities(index, [e]);
      const covered = !r.unresolved.some((u) => !u.member);
      if (covered) continue;
      const key = `${e.kind}|${stemKey(e.name ?? `${e.role ?? ''} ${e.org ?? ''} ${e.role ? '' : e.text}`)}`;
      const row = rows.get(key);
      if (row) {
        if (!row.sources.includes(text)) row.sources.push(text);
        // The plan writes the group in its name form somewhere: that spelling wins over one built by rule.
        const written = groupText(e);
        if (row.kind === 'group' && isNameForm(written) && !named.has(key)) {
          row.groups = [capitalize(written)];
          named.add(key);
        }
      } else {
        rows.set(key, rowFor(e, text));
        if (e.kind === 'group' && isNameForm(groupText(e))) named.add(key);
      }
    }
  }
  return [...rows.values()];
}

/** A group's own words, without «члены», «все» before them. */
function groupText(e: ResponsibleEntity): string {
  return e.text.replace(/^(члены|членам|членами|членов|все|всем|весь|вся)\s+/i, '').trim();
}

function rowFor(e: ResponsibleEntity, source: string): ProposedRow {
  const base = { kind: e.kind, email: '', active: true, sources: [source] };
  const roleWithOrg = e.role ? [e.org ? `${e.role} ${e.org}` : e.role] : [];
  switch (e.kind) {
    case 'person':
      return {
        ...base,
        name: e.name ?? e.text,
        positions: roleWithOrg,
        groups: [],
        aliases: [],
        note: 'Сотрудник из плана: впишите e-mail (и полное ФИО, если нужно).',
      };
    case 'role':
      return {
        ...base,
        name: '',
        positions: roleWithOrg,
        groups: [],
        aliases: [],
        note: 'Должность из плана: впишите ФИО и e-mail того, кто её занимает.',
      };
    case 'group':
      return {
        ...base,
        name: '',
        positions: [],
        groups: [capitalize(nominativeBody(groupText(e)))],
        aliases: [],
        note: 'Группа из плана: впишите участников — по строке на каждого, с этой группой в столбце «Группы».',
      };
    default:
      return {
        ...base,
        name: '',
        positions: [ORG_POSITION],
        groups: [],
        aliases: [e.org ?? e.text],
        note: 'Организация или отдел из плана: впишите e-mail контактного лица, если ей нужны напоминания; иначе она так и останется «нет адресата».',
      };
  }
}
