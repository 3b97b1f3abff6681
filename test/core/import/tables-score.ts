/**
 * The score of the whole-tables corpus (test/fixtures/tables/README.md): for every expected row,
 * does its number, deadline text and responsible text land on the activity with its title?
 * Run directly to print every miss: `npx tsx test/core/import/tables-score.ts [b1 b2 …]`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importText } from '../../../src/core/plan/import-text';
import type { Activity, PlanImport } from '../../../src/core/plan/types';

export const TABLES = join(__dirname, '../../fixtures/tables');

export interface ExpectedRow {
  number: string;
  title: string;
  deadline: string;
  responsible: string;
}

export interface TableCase {
  batch: string;
  name: string;
  source: string;
  text: string;
  rows: ExpectedRow[];
}

export interface TableScore {
  batch: string;
  name: string;
  rows: number;
  right: number;
  misses: string[];
  /** Activities no expected row landed on (headings read as activities, split mistakes). */
  extra: number;
}

const tokens = (s: string | null | undefined) =>
  (s ?? '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .match(/[\p{L}\p{N}]+/gu) ?? [];
const key = (s: string | null | undefined) => tokens(s).join(' ');
const number = (s: string | null | undefined) => (s ?? '').trim().replace(/\.$/, '');

export function batches(): string[] {
  return readdirSync(TABLES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^b\d+$/.test(d.name))
    .map((d) => d.name)
    .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
}

export function readExpected(tsv: string): { source: string; rows: ExpectedRow[] } {
  const lines = tsv.split('\n').filter((l) => l.trim() !== '');
  const source =
    lines
      .find((l) => l.startsWith('# source:'))
      ?.slice(9)
      .trim() ?? '';
  const body = lines.filter((l) => !l.startsWith('#')).slice(1);
  const rows = body.map((l) => {
    const [n = '', title = '', deadline = '', responsible = ''] = l.split('\t');
    return { number: n.trim(), title: title.trim(), deadline: deadline.trim(), responsible: responsible.trim() };
  });
  return { source, rows };
}

export function loadBatch(batch: string): TableCase[] {
  const dir = join(TABLES, batch);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.rows.tsv'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.rows\.tsv$/, '');
      const { source, rows } = readExpected(readFileSync(join(dir, f), 'utf8'));
      return { batch, name, source, rows, text: readFileSync(join(dir, `${name}.txt`), 'utf8') };
    });
}

const startsWith = (title: string[], start: string[]) => start.every((t, i) => title[i] === t);

export function scorePlan(c: TableCase, plan: PlanImport): TableScore {
  const used = new Set<Activity>();
  const misses: string[] = [];
  let right = 0;
  for (const row of c.rows) {
    const want = tokens(row.title);
    const a = plan.activities.find((x) => !used.has(x) && startsWith(tokens(x.title), want)) ?? null;
    const where = `${c.batch}/${c.name}\t${row.number || '-'} ${row.title}`;
    if (!a) {
      misses.push(`${where}\tno activity`);
      continue;
    }
    used.add(a);
    const wrong: string[] = [];
    if (row.number && number(row.number) !== number(a.number)) wrong.push(`number want ${row.number} got ${a.number}`);
    if (row.deadline && key(row.deadline) !== key(a.deadline.text))
      wrong.push(`deadline want «${row.deadline}» got «${a.deadline.text}»`);
    if (row.responsible && key(row.responsible) !== key(a.responsible))
      wrong.push(`responsible want «${row.responsible}» got «${a.responsible ?? ''}»`);
    if (wrong.length) misses.push(`${where}\t${wrong.join('; ')}`);
    else right++;
  }
  return {
    batch: c.batch,
    name: c.name,
    rows: c.rows.length,
    right,
    misses,
    extra: plan.activities.length - used.size,
  };
}

export function scoreCase(c: TableCase): TableScore {
  let plan: PlanImport;
  try {
    plan = importText(c.text);
  } catch (e) {
    return {
      batch: c.batch,
      name: c.name,
      rows: c.rows.length,
      right: 0,
      misses: [`${c.batch}/${c.name}\trefused: ${(e as Error).message}`],
      extra: 0,
    };
  }
  return scorePlan(c, plan);
}

export const percent = (right: number, rows: number) => (rows ? (100 * right) / rows : 0);

function main(args: string[]): void {
  const chosen = args.length ? args : batches();
  let rows = 0;
  let right = 0;
  for (const b of chosen) {
    const scores = loadBatch(b).map(scoreCase);
    const br = scores.reduce((s, x) => s + x.right, 0);
    const bn = scores.reduce((s, x) => s + x.rows, 0);
    rows += bn;
    right += br;
    process.stdout.write(`== ${b}: ${br}/${bn} rows right (${percent(br, bn).toFixed(1)} %)\n`);
    for (const s of scores) {
      process.stdout.write(`  ${s.name} ${s.right}/${s.rows}${s.extra ? `, ${s.extra} extra activities` : ''}\n`);
      for (const m of s.misses) process.stdout.write(`    ${m}\n`);
    }
  }
  process.stdout.write(`== all: ${right}/${rows} rows right (${percent(right, rows).toFixed(1)} %)\n`);
}

if (require.main === module) main(process.argv.slice(2));
