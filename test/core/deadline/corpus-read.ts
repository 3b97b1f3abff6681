/**
 * Reads the corpus the way the product does and compares each reading with its label: a seed
 * phrase alone with its context (`parseDeadline`), a real document's phrases together, in order,
 * with the context of its title and preamble (`planContext` + `resolveDeadlines`, as on import).
 */
import { parseDeadline } from '../../../src/core/deadline/parse';
import type { Deadline } from '../../../src/core/deadline/types';
import { planContext, resolveDeadlines } from '../../../src/core/plan/deadlines';
import type { Case, ProblemKind, RealDoc } from './corpus-kit';

export const PROBLEM: Record<ProblemKind, RegExp> = {
  'no-year': /^Не указан год: «/,
  'no-month': /^Не указан месяц: «/,
  'bad-date': /^Нет такой даты: «/,
  relative: /^Срок задан относительно события, а не датой: «/,
  unreadable: /^Не удалось прочитать срок: «/,
  partly: /^Прочитано не всё: «/,
  backwards: /^Окончание срока раньше начала: «/,
  typo: /^Проверьте год: «/,
};

export function readDoc(doc: RealDoc): Deadline[] {
  const ctx = planContext(doc.title || null, doc.preamble);
  return resolveDeadlines(
    doc.rows.map((r) => ({ kind: 'own' as const, text: r.text, merged: false })),
    ctx,
  );
}

export function readSeed(k: Case): Deadline {
  return parseDeadline(k.text, k.ctx);
}

/** Every case with what the product reads for it. */
export function readAll(seeds: Case[], docs: RealDoc[]): { k: Case; d: Deadline }[] {
  const out = seeds.map((k) => ({ k, d: readSeed(k) }));
  for (const doc of docs) {
    const ds = readDoc(doc);
    doc.rows.forEach((k, i) => {
      out.push({ k, d: ds[i] });
    });
  }
  return out;
}

/** The fields of a reading that differ from the label ([] = read right). */
export function mismatches(k: Case, d: Deadline): string[] {
  const bad: string[] = [];
  if (d.start !== k.start) bad.push(`start ${d.start} ≠ ${k.start}`);
  if (d.end !== k.end) bad.push(`end ${d.end} ≠ ${k.end}`);
  if (d.recurrence !== k.recurrence) bad.push(`recurrence ${d.recurrence} ≠ ${k.recurrence}`);
  if (k.problem) {
    if (!d.problem || !PROBLEM[k.problem].test(d.problem)) bad.push(`problem ${d.problem ?? 'null'} ≠ ${k.problem}`);
    // the message quotes the user's text as written
    else if (!d.problem.includes(`«${k.text.trim()}`)) bad.push('problem does not quote the text');
  } else if (d.problem) bad.push(`problem ${d.problem} ≠ none`);
  if (Boolean(d.discrete) !== Boolean(k.discrete)) bad.push(`discrete ${Boolean(d.discrete)} ≠ ${Boolean(k.discrete)}`);
  if (k.until !== undefined && d.until !== k.until) bad.push(`until ${d.until} ≠ ${k.until}`);
  if (d.text !== k.text.trim()) bad.push('text not kept');
  return bad;
}
