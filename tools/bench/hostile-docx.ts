/**
 * The .docx reader against hostile files, timed (`npm run bench -- --hostile-docx` runs this part
 * alone; `--json` puts it under `hostileDocx`). Goal: every case answers in under 2 s — a Russian
 * UserError or a clean read — and the fuzz generators of the property suite, run longer here,
 * never make the reader throw anything else or lose a word. Times are CPU milliseconds of
 * `readDocx` (user + system, as the rest of the bench: steady when the machine is shared; the
 * wall-clock time is in the JSON too). Building the file is not counted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { readDocx } from '../../src/core/docx/read';
import { isUserError } from '../../src/core/errors';
import { generatedDocx, lostWords, mutatedSeed, readOutcome, seedEntries } from '../../test/core/docx/fuzz-docx';
import { HOSTILE_DOCX } from '../../test/core/docx/hostile-docx';

export const HOSTILE_GOAL_MS = 2000;

export interface HostileRun {
  name: string;
  bytes: number;
  expected: string;
  /** The UserError code, or 'read' (with the warning codes after a colon). */
  got: string;
  ok: boolean;
  /** CPU ms of readDocx. */
  ms: number;
  wallMs: number;
}

export interface FuzzRun {
  name: string;
  runs: number;
  read: number;
  refused: number;
  /** Anything thrown that is not a UserError (must be 0), with the first message. */
  bugs: number;
  firstBug?: string;
  /** Generated documents only: runs that lost a word (must be 0). */
  lostWords?: number;
  medianMs: number;
  maxMs: number;
  totalMs: number;
}

export interface HostileDocxBench {
  goalMs: number;
  cases: HostileRun[];
  fuzz: FuzzRun[];
}

/** CPU milliseconds since `from` (a process.cpuUsage() reading). */
function cpuMs(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

function timeCase(c: (typeof HOSTILE_DOCX)[number]): HostileRun {
  const bytes = c.make();
  const t = performance.now();
  const cpu = process.cpuUsage();
  let got: string;
  try {
    const doc = readDocx(bytes);
    got = doc.warnings.length ? `read: ${doc.warnings.map((w) => w.code).join(', ')}` : 'read';
  } catch (e) {
    got = isUserError(e) ? e.code : `BUG ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
  }
  const ms = Math.round(cpuMs(cpu));
  const wallMs = Math.round(performance.now() - t);
  const matches =
    c.expect === 'read' ? got.startsWith('read') && (!c.warning || got.includes(c.warning)) : got === c.expect;
  return {
    name: c.name,
    bytes: bytes.length,
    expected: c.expect,
    got,
    ok: matches && ms < HOSTILE_GOAL_MS,
    ms,
    wallMs,
  };
}

function fuzz<T>(
  name: string,
  arb: fc.Arbitrary<T>,
  runs: number,
  check: (x: T) => 'read' | 'refused' | 'lost',
): FuzzRun {
  const times: number[] = [];
  const out: FuzzRun = { name, runs, read: 0, refused: 0, bugs: 0, medianMs: 0, maxMs: 0, totalMs: 0 };
  for (const x of fc.sample(arb, { seed: 14_3, numRuns: runs })) {
    const cpu = process.cpuUsage();
    try {
      const r = check(x);
      if (r === 'lost') out.lostWords = (out.lostWords ?? 0) + 1;
      else out[r]++;
    } catch (e) {
      out.bugs++;
      out.firstBug ??= e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    }
    times.push(cpuMs(cpu));
  }
  times.sort((a, b) => a - b);
  out.medianMs = Math.round(times[Math.floor(times.length / 2)] ?? 0);
  out.maxMs = Math.round(times[times.length - 1] ?? 0);
  out.totalMs = Math.round(times.reduce((a, b) => a + b, 0));
  return out;
}

export function benchHostileDocx(fuzzRuns = 1000): HostileDocxBench {
  const cases = HOSTILE_DOCX.map(timeCase);
  const dir = join(__dirname, '../../test/fixtures/seeds/docx');
  const seeds = seedEntries(readdirSync(dir).map((f) => new Uint8Array(readFileSync(join(dir, f)))));
  const mutated = fuzz('mutated seeds', mutatedSeed(seeds), fuzzRuns, (bytes) => readOutcome(bytes).kind);
  const generated = fuzz('generated documents', generatedDocx, fuzzRuns, (gen) => {
    const got = readOutcome(gen.bytes);
    if (got.kind === 'refused') return 'refused';
    return lostWords(gen, got.doc).length ? 'lost' : 'read';
  });
  generated.lostWords ??= 0;
  return { goalMs: HOSTILE_GOAL_MS, cases, fuzz: [mutated, generated] };
}

export function printHostileDocx(b: HostileDocxBench, write: (s: string) => void): void {
  write(`\n.docx reader, hostile files (goal: each under ${b.goalMs} ms of CPU)\n`);
  write(`${'case'.padEnd(58)} ${'bytes'.padStart(9)} ${'cpu ms'.padStart(6)}  result\n`);
  for (const c of b.cases)
    write(
      `${c.ok ? ' ' : '!'}${c.name.padEnd(57)} ${String(c.bytes).padStart(9)} ${String(c.ms).padStart(6)}  ${c.got}\n`,
    );
  const slow = b.cases.filter((c) => c.ms >= b.goalMs).length;
  const wrong = b.cases.filter((c) => !c.ok).length - slow;
  write(
    `${b.cases.length} cases, ${wrong} with an unexpected result, ${slow} over the goal; max ${Math.max(...b.cases.map((c) => c.ms))} ms\n`,
  );
  write(
    `\n${'fuzz'.padEnd(22)} ${'runs'.padStart(6)} ${'read'.padStart(6)} ${'refused'.padStart(8)} ${'bugs'.padStart(5)} ${'lost'.padStart(5)} ${'median'.padStart(7)} ${'max ms'.padStart(7)} ${'total'.padStart(8)}\n`,
  );
  for (const f of b.fuzz)
    write(
      `${f.name.padEnd(22)} ${String(f.runs).padStart(6)} ${String(f.read).padStart(6)} ${String(f.refused).padStart(8)} ${String(f.bugs).padStart(5)} ${String(f.lostWords ?? '-').padStart(5)} ${String(f.medianMs).padStart(7)} ${String(f.maxMs).padStart(7)} ${String(f.totalMs).padStart(8)}${f.firstBug ? `  first bug: ${f.firstBug}` : ''}\n`,
    );
}
