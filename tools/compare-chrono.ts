/**
 * How chrono-node's Russian parser (`chrono.ru`) does on our deadline corpus, against our own
 * grammar: exact matches of start and end, per group of the corpus. Dev-only: chrono stays out of
 * the add-on unless it wins here (it does not; see docs/deadlines.md).
 *
 *   npx tsx tools/compare-chrono.ts [--misses]
 *
 * chrono is given the context as its reference date (1 January of `year`, 1 September of
 * `academicYear`, else 1 June 2021, with `forwardDate` so a month without a year falls after it);
 * it reads a date or a range per result, and we take the
 * first result's start and the last result's end (or start) as its reading.
 */
import * as chrono from 'chrono-node';
import { isoFromParts } from '../src/core/dates/calendar';
import { parseDeadline } from '../src/core/deadline/parse';
import type { DeadlineContext } from '../src/core/deadline/types';
import { CORPUS } from '../test/core/deadline/corpus';

type Ends = { start: string | null; end: string | null };

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

function main(): void {
  const showMisses = process.argv.includes('--misses');
  const rows: string[][] = [['группа / group', 'фраз', 'наши', 'chrono', 'с датой', 'наши', 'chrono', 'chrono*']];
  const total = { n: 0, ours: 0, chrono: 0, dn: 0, dOurs: 0, dChrono: 0, dLenient: 0 };
  const misses: string[] = [];
  for (const [group, cases] of Object.entries(CORPUS)) {
    const g = { n: 0, ours: 0, chrono: 0, dn: 0, dOurs: 0, dChrono: 0, dLenient: 0 };
    for (const k of cases) {
      const want: Ends = { start: k.start, end: k.end };
      const d = parseDeadline(k.text, k.ctx);
      const ours = same({ start: d.start, end: d.end }, want);
      const ch = byChrono(k.text, k.ctx);
      const theirs = same(ch, want);
      const dated = k.start !== null || k.end !== null;
      g.n++;
      g.ours += +ours;
      g.chrono += +theirs;
      if (dated) {
        g.dn++;
        g.dOurs += +ours;
        g.dChrono += +theirs;
        g.dLenient += +namedEndsRight(ch, want);
      }
      if (showMisses && !theirs)
        misses.push(`${JSON.stringify(k.text)}\twant ${want.start}..${want.end}\tchrono ${ch.start}..${ch.end}`);
    }
    rows.push([group, g.n, g.ours, g.chrono, g.dn, g.dOurs, g.dChrono, g.dLenient].map(String));
    for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += g[key];
  }
  rows.push(
    ['всего / total', total.n, total.ours, total.chrono, total.dn, total.dOurs, total.dChrono, total.dLenient].map(
      String,
    ),
  );
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  '));
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
  console.log(
    `\nexact start+end: ours ${total.ours}/${total.n} (${pct(total.ours, total.n)}), chrono ${total.chrono}/${total.n} (${pct(total.chrono, total.n)}); ` +
      `phrases with a date: ours ${total.dOurs}/${total.dn} (${pct(total.dOurs, total.dn)}), chrono ${total.dChrono}/${total.dn} (${pct(total.dChrono, total.dn)}), chrono* (only the ends the phrase names) ${total.dLenient}/${total.dn} (${pct(total.dLenient, total.dn)})`,
  );
  if (showMisses) console.log(`\nchrono misses:\n${misses.join('\n')}`);
}

main();
