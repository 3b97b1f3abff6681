/**
 * How our deadline reader does on the corpus, per family, and how chrono-node's Russian parser
 * (`chrono.ru`) does beside it: «верно» is every field as labelled (start, end, recurrence, problem,
 * discrete, until), the other columns exact start and end. Dev-only: chrono stays out of the
 * add-on unless it wins here (it does not; see docs/deadlines.md).
 *
 *   npx tsx tools/compare-chrono.ts [--batch N | --real | --seed] [--misses]
 *
 * `--batch N`: only the real phrases of batch N (its first-run score is taken this way); `--real`:
 * every real phrase, no seeds;
 * `--seed`: only the seed corpus; `--misses`: list what is read wrong.
 *
 * chrono is given the context as its reference date (1 January of `year`, 1 September of
 * `academicYear`, else 1 June 2021, with `forwardDate` so a month without a year falls after it);
 * it reads a date or a range per result, and we take the
 * first result's start and the last result's end (or start) as its reading.
 */
import * as chrono from 'chrono-node';
import { isoFromParts } from '../src/core/dates/calendar';
import type { DeadlineContext } from '../src/core/deadline/types';
import { planContext } from '../src/core/plan/deadlines';
import type { Case } from '../test/core/deadline/corpus';
import { REAL_DOCS, SEED_CASES } from '../test/core/deadline/corpus';
import { mismatches, readAll } from '../test/core/deadline/corpus-read';

type Ends = { start: string | null; end: string | null };

/** A real phrase is read with its document's context; chrono gets the same as its reference. */
const docContext = new Map<Case, DeadlineContext>();
for (const d of REAL_DOCS) {
  const c = planContext(d.title || null, d.preamble);
  for (const r of d.rows) docContext.set(r, c);
}
const contextOf = (k: Case) => docContext.get(k);

function iso(c: chrono.ParsedComponents | null | undefined): string | null {
  if (!c) return null;
  return isoFromParts(c.get('year') ?? Number.NaN, c.get('month') ?? Number.NaN, c.get('day') ?? Number.NaN);
}

function reference(ctx: DeadlineContext | undefined): Date {
  if (ctx?.academicYear) return new Date(Date.UTC(ctx.academicYear, 8, 1, 12));
  if (ctx?.year) return new Date(Date.UTC(ctx.year, 0, 1, 12));
  return new Date(Date.UTC(2021, 5, 1, 12));
}

function byChrono(text: string, ctx: DeadlineContext | undefined): Ends {
  let results: chrono.ParsedResult[] = [];
  try {
    results = chrono.ru.parse(text, reference(ctx), { forwardDate: true });
  } catch {
    results = [];
  }
  if (!results.length) return { start: null, end: null };
  const first = results[0];
  const last = results[results.length - 1];
  return { start: iso(first.start), end: iso(last.end ?? last.start) };
}

const same = (a: Ends, b: Ends) => a.start === b.start && a.end === b.end;
/** Generous to chrono, which has no open ends: the ends the phrase names are right ("до X": X). */
const namedEndsRight = (got: Ends, want: Ends) =>
  (want.start === null || got.start === want.start) && (want.end === null || got.end === want.end);

interface Tally {
  n: number;
  /** ours: every field as labelled (start, end, recurrence, problem, discrete, until). */
  right: number;
  ours: number;
  chrono: number;
  dn: number;
  dOurs: number;
  dChrono: number;
  dLenient: number;
}
const tally = (): Tally => ({ n: 0, right: 0, ours: 0, chrono: 0, dn: 0, dOurs: 0, dChrono: 0, dLenient: 0 });

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
  const showMisses = process.argv.includes('--misses');
  const batch = flag('--batch');
  const seedsOnly = process.argv.includes('--seed');
  const docs = seedsOnly ? [] : REAL_DOCS.filter((d) => batch === undefined || String(d.batch) === batch);
  const seeds = batch === undefined && !process.argv.includes('--real') ? SEED_CASES : [];
  const rows: string[][] = [
    ['семейство / family', 'фраз', 'верно', 'наши', 'chrono', 'с датой', 'наши', 'chrono', 'chrono*'],
  ];
  const byFamily = new Map<string, Tally>();
  const total = tally();
  const ourMisses: string[] = [];
  const chronoMisses: string[] = [];
  for (const { k, d } of readAll(seeds, docs)) {
    const g = byFamily.get(k.family) ?? tally();
    byFamily.set(k.family, g);
    const want: Ends = { start: k.start, end: k.end };
    const ours = same({ start: d.start, end: d.end }, want);
    const bad = mismatches(k, d);
    const ch = byChrono(k.text, k.ctx ?? contextOf(k));
    const theirs = same(ch, want);
    const dated = k.start !== null || k.end !== null;
    for (const t of [g, total]) {
      t.n++;
      t.right += +(bad.length === 0);
      t.ours += +ours;
      t.chrono += +theirs;
      if (dated) {
        t.dn++;
        t.dOurs += +ours;
        t.dChrono += +theirs;
        t.dLenient += +namedEndsRight(ch, want);
      }
    }
    if (bad.length)
      ourMisses.push(`${k.family}\t${JSON.stringify(k.text)}\t${bad.join('; ')}${k.known ? ' (known)' : ''}`);
    if (!theirs)
      chronoMisses.push(`${JSON.stringify(k.text)}\twant ${want.start}..${want.end}\tchrono ${ch.start}..${ch.end}`);
  }
  for (const [family, g] of [...byFamily].sort((a, b) => a[0].localeCompare(b[0]))) {
    rows.push([family, g.n, g.right, g.ours, g.chrono, g.dn, g.dOurs, g.dChrono, g.dLenient].map(String));
  }
  const t = total;
  rows.push(['всего / total', t.n, t.right, t.ours, t.chrono, t.dn, t.dOurs, t.dChrono, t.dLenient].map(String));
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  '));
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  console.log(
    `\nread right (every field): ${t.right}/${t.n} (${pct(t.right, t.n)}); exact start+end: ours ${t.ours}/${t.n} (${pct(t.ours, t.n)}), chrono ${t.chrono}/${t.n} (${pct(t.chrono, t.n)}); ` +
      `phrases with a date: ours ${t.dOurs}/${t.dn} (${pct(t.dOurs, t.dn)}), chrono ${t.dChrono}/${t.dn} (${pct(t.dChrono, t.dn)}), chrono* (only the ends the phrase names) ${t.dLenient}/${t.dn} (${pct(t.dLenient, t.dn)})`,
  );
  if (showMisses) {
    console.log(`\nour misses:\n${ourMisses.join('\n')}`);
    console.log(`\nchrono misses:\n${chronoMisses.join('\n')}`);
  }
}

main();
