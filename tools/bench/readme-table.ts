/**
 * `npx tsx tools/bench/readme-table.ts [--sizes=100,1000]`: runs `npm run bench -- --only=actions,budgets
 * --json` once and writes its numbers into the README between the `bench:start` / `bench:end`
 * markers, with the machine's load before and after the run — so the table is always a real run,
 * never numbers typed by hand. `--save=run.json` keeps the run's JSON; `--from=run.json` takes a saved
 * run instead (and says so).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Run } from './actions';
import type { BudgetRow } from './budgets';
import type { Correctness } from './correctness';

const README = join(__dirname, '../../README.md');
const START = '<!-- bench:start (tools/bench/readme-table.ts writes this part) -->';
const END = '<!-- bench:end -->';

interface BenchJson {
  runs: Run[];
  budgets: BudgetRow[];
}

const n = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v.toLocaleString('en-US'));
const s = (ms: number | undefined) => (ms === undefined ? '—' : (ms / 1000).toFixed(1));
const share = (c: Correctness | undefined) => (c ? `${n(c.onTime)}/${n(c.due)}` : '—');

export function tables(j: BenchJson): string {
  const calls = [
    '| activities | staff | action | calls: ours | naive | peer | naive ÷ ours | peer ÷ ours | e-mails: ours | naive | peer | modelled s: ours | naive | peer | CPU ms (ours) |',
    '|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...j.runs.map((r) =>
      [
        n(r.activities),
        n(r.staff),
        r.action,
        n(r.ours.serviceCalls),
        n(r.naive.serviceCalls),
        n(r.peer?.serviceCalls),
        r.ratios.naive.calls,
        r.ratios.peer?.calls ?? '—',
        n(r.ours.emails),
        n(r.naive.emails),
        n(r.peer?.emails),
        s(r.ours.modelledMs),
        s(r.naive.modelledMs),
        s(r.peer?.modelledMs),
        n(r.ours.cpuMs),
      ].join(' | '),
    ),
  ].map((l) => (l.startsWith('|') ? l : `| ${l} |`));
  const correct = [
    '| activities | action | on time: ours | naive | peer | rerun repeats: ours | naive | peer | to someone not responsible: ours | naive | peer |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...j.runs
      .filter((r) => r.ours.correctness)
      .map(
        (r) =>
          `| ${[
            n(r.activities),
            r.action,
            share(r.ours.correctness),
            share(r.naive.correctness),
            share(r.peer?.correctness),
            n(r.ours.correctness?.rerunDuplicates),
            n(r.naive.correctness?.rerunDuplicates),
            n(r.peer?.correctness?.rerunDuplicates),
            n(r.ours.correctness?.notResponsible),
            n(r.naive.correctness?.notResponsible),
            n(r.peer?.correctness?.notResponsible),
          ].join(' | ')} |`,
      ),
  ];
  const sizes = [...new Set(j.budgets.map((b) => b.activities))];
  const goals = [...new Set(j.budgets.map((b) => b.action))];
  const budget = [
    `| action | goal (issue 15) | ${sizes.map((x) => `${n(x)} activities`).join(' | ')} |`,
    `|---|---|${sizes.map(() => '---:').join('|')}|`,
    ...goals.map((a) => {
      const rows = j.budgets.filter((b) => b.action === a);
      const cell = (b: BudgetRow | undefined) =>
        !b ? '—' : `${b.emails ? `${b.fixed} + ${n(b.emails)} e-mails` : b.fixed}${b.ok ? ' ✓' : ` (+${b.surplus})`}`;
      return `| ${a} | ${rows[0].goal} | ${sizes.map((x) => cell(rows.find((b) => b.activities === x))).join(' | ')} |`;
    }),
  ];
  const noPeer = [...new Map(j.runs.filter((r) => r.noPeer).map((r) => [r.action, r.noPeer])).entries()];
  return [
    ...calls,
    '',
    `No peer for ${noPeer.map(([a, why]) => `${a} (${why?.split(' / ')[1] ?? why})`).join('; ')}.`,
    '',
    ...correct,
    '',
    ...budget,
  ].join('\n');
}

function main(argv: string[]): void {
  const from = argv.find((a) => a.startsWith('--from='))?.split('=')[1];
  const sizes = argv.find((a) => a.startsWith('--sizes='));
  const before = loadavg();
  const started = Date.now();
  const raw = from
    ? readFileSync(from, 'utf8')
    : execFileSync(
        'npx',
        ['tsx', join(__dirname, '../bench.ts'), '--only=actions,budgets', '--json', ...(sizes ? [sizes] : [])],
        {
          encoding: 'utf8',
          maxBuffer: 1 << 30,
        },
      );
  const after = loadavg();
  const save = argv.find((a) => a.startsWith('--save='))?.split('=')[1];
  if (save) writeFileSync(save, raw);
  const j = JSON.parse(raw) as BenchJson;
  const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' / ');
  const when = new Date().toISOString().slice(0, 10);
  const how = from
    ? `Numbers from a saved run (\`${from}\`).`
    : `Measured ${when} with \`npm run bench -- --only=actions,budgets --json\` (${Math.round((Date.now() - started) / 1000)} s) on the ${cpus().length}-core build machine shared with other work: load average (1 / 5 / 15 min) ${load(before)} before, ${load(after)} after. CPU ms and modelled seconds move with the load; calls, e-mails and the correctness columns do not.`;
  const text = readFileSync(README, 'utf8');
  const i = text.indexOf(START);
  const k = text.indexOf(END);
  if (i < 0 || k < i) throw new Error(`README.md has no ${START} … ${END} block`);
  writeFileSync(README, `${text.slice(0, i + START.length)}\n${tables(j)}\n\n${how}\n${text.slice(k)}`);
  process.stdout.write(`README.md: ${j.runs.length} runs, ${j.budgets.length} budget rows\n`);
}

if (require.main === module) main(process.argv.slice(2));
