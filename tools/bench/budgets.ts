/**
 * Today's service calls against the goals of issue 15, per action and size: the sidebar opens in
 * ≤ 6 calls and marks done in ≤ 10 at any size; a reminder run costs ≤ 12 plus, per e-mail, its
 * send and at most one ledger write. Calls are counted as the emulator counts them, leaving out
 * only the in-process services (Session, Utilities, Logger). Printed here at every size; asserted on
 * the seed plans by test/gas/sidebar.test.ts (open, mark, undo) and test/gas/reminders.test.ts.
 */
import { loadAddon, scriptRunClone } from '../playground/addon';
import { IN_PROCESS, type Run, TODAY, writeStaff } from './actions';
import { syntheticPlan, syntheticStaff } from './synthetic';

export interface Goal {
  action: string;
  /** The most calls allowed besides the per-e-mail ones. */
  fixed: number;
  /** Calls allowed per e-mail (its send and at most one ledger write); 0: no e-mail. */
  perEmail: number;
  text: string;
}

export const GOALS: readonly Goal[] = [
  { action: 'open sidebar', fixed: 6, perEmail: 0, text: '≤ 6' },
  { action: 'mark done', fixed: 10, perEmail: 0, text: '≤ 10' },
  { action: 'reminder run', fixed: 12, perEmail: 2, text: '≤ 12 + per e-mail: send + ≤ 1 ledger write' },
];

export interface BudgetRow {
  action: string;
  goal: string;
  activities: number;
  /** Our service calls. */
  calls: number;
  emails: number;
  /** Calls besides the e-mails' own: sends, and ledger writes up to one per e-mail. */
  fixed: number;
  /** `fixed` over the goal's fixed part (0 when within it). */
  surplus: number;
  ok: boolean;
  byService: Record<string, number>;
  /** Our calls in order (tools/bench/actions.ts `sequence`), to find where each comes from. */
  sequence: string[];
}

/**
 * Ledger writes as the goal grants them: a Spreadsheets.batchUpdate right after a send (one per
 * e-mail at most; a reminder run appends the e-mail's Журнал row after each send).
 */
function ledgerWrites(sequence: readonly string[]): number {
  return sequence.filter(
    (m, i) => m.startsWith('Spreadsheets.batchUpdate') && sequence[i - 1]?.startsWith('MailApp.sendEmail'),
  ).length;
}

/** Our calls besides what the goal grants per e-mail: each send, and one ledger write per e-mail at most. */
function fixedPart(run: Run): number {
  const sends = run.ours.byMethod['MailApp.sendEmail'] ?? 0;
  return run.ours.serviceCalls - sends - Math.min(sends, ledgerWrites(run.ours.sequence ?? []));
}

export function budgets(runs: readonly Run[]): BudgetRow[] {
  const sizes = [...new Map(runs.map((r) => [r.activities, r.staff])).entries()];
  return [...goalRows(runs), ...sizes.flatMap(([n, s]) => webRows(n, s))];
}

function goalRows(runs: readonly Run[]): BudgetRow[] {
  return GOALS.flatMap((g) =>
    runs
      .filter((r) => r.action === g.action)
      .map((r) => {
        const fixed = g.perEmail ? fixedPart(r) : r.ours.serviceCalls;
        return {
          action: g.action,
          goal: g.text,
          activities: r.activities,
          calls: r.ours.serviceCalls,
          emails: r.ours.emails,
          fixed,
          surplus: Math.max(0, fixed - g.fixed),
          ok: fixed <= g.fixed,
          byService: r.ours.byService,
          sequence: r.ours.sequence ?? [],
        };
      }),
  );
}

export function printBudgets(rows: readonly BudgetRow[]): string {
  const services = (b: Record<string, number>) =>
    Object.entries(b)
      .map(([s, n]) => `${s} ${n}`)
      .join(', ');
  return [
    'action        acts  calls  e-mails  fixed  goal (fixed part)                            surplus  by service',
    ...rows.map((r) =>
      [
        r.action.padEnd(12),
        String(r.activities).padStart(6),
        String(r.calls).padStart(6),
        String(r.emails).padStart(8),
        String(r.fixed).padStart(6),
        ` ${r.goal}`.padEnd(46),
        (r.ok ? 'ok' : `+${r.surplus}`).padStart(7),
        ` ${services(r.byService)}`,
      ].join(' '),
    ),
    '',
    'fixed = service calls less one MailApp.sendEmail per e-mail and the ledger write after it.',
    '',
    ...GOALS.flatMap((g) => {
      // The largest run over its goal: every call it makes, in order.
      const over = rows.filter((r) => r.action === g.action && !r.ok).pop();
      return over
        ? [`${g.action} at ${over.activities} activities, in order:`, ...over.sequence.map((c) => `  ${c}`), '']
        : [];
    }),
  ].join('\n');
}

// ---- the web app of the e-mail links (issue 17) ----

/**
 * What the page of a link reads beyond the sidebar: the links' secret (linkHmac:
 * PropertiesService.getScriptProperties, Properties.getProperty).
 */
export const SECRET_READ = 2;

/**
 * Issue 17's goal: opening the page of an e-mail link and marking from it cost no more than the
 * sidebar's open and mark plus the secret's read; the calendar feed no more than the page. Measured
 * on one workbook with the web app deployed, the teacher's sidebar and the teacher's own digest link,
 * at the same size (asserted on a seed plan in test/gas/webapp.test.ts).
 */
export function webRows(n: number, s: number): BudgetRow[] {
  const staff = syntheticStaff(s);
  const plan = syntheticPlan(n, staff);
  const owner = staff[0].email;
  const addon = loadAddon({ now: `${TODAY}T05:30:00Z`, scriptKind: 'bound', activeUser: owner, effectiveUser: owner });
  writeStaff(addon.emu, staff);
  addon.emu.runAs({ email: owner }, () => addon.call('importApply', scriptRunClone({ plan }, 'importApply')));
  addon.emu.deployWebApp();
  const mails = addon.emu.runAs({ email: owner }, () => addon.call('remindersPreview', { date: TODAY })) as {
    to: string;
    body: string;
  }[];
  const mail = mails.find((m) => /\?t=/.test(m.body) && /\?f=/.test(m.body) && m.to !== owner);
  if (!mail) return [];
  const token = /Отметить выполненным: \S+\?t=([\w.-]+)/.exec(mail.body)?.[1] ?? '';
  const feed = /\?f=([\w.-]+)/.exec(mail.body)?.[1] ?? '';
  const counted = (fn: () => unknown) => {
    addon.emu.calls.reset();
    const value = fn();
    const log = addon.emu.calls.log.filter((c) => !IN_PROCESS.has(c.service));
    const byService: Record<string, number> = {};
    for (const c of log) byService[c.service] = (byService[c.service] ?? 0) + 1;
    return { value, calls: log.length, byService, sequence: log.map((c) => c.method) };
  };
  type Card = { id: string; version: string; status: string; canMark?: boolean };
  const as = (fn: string, arg: unknown) => addon.emu.runAs({ email: mail.to }, () => addon.call(fn, arg));
  const web = (fn: string, arg: unknown) => addon.emu.webRun(() => addon.call(fn, arg));
  const side = counted(() => as('sidebarLoad', {}));
  const sideCards = (side.value as { groups: { cards: Card[] }[] }).groups.flatMap((g) => g.cards);
  const page = counted(() => addon.emu.webGet(`t=${token}`));
  const data = JSON.parse(
    (/content="([^"]*)"/.exec((page.value as GoogleAppsScript.HTML.HtmlOutput).getContent())?.[1] ?? '{}')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  ) as { focus?: Card };
  const focus = data.focus;
  const other = sideCards.find((c) => c.canMark && c.status !== 'done' && c.id !== focus?.id);
  if (!focus || !other) return [];
  const mark = (c: Card) => ({ activityId: c.id, status: 'done', expectedVersion: c.version });
  const sideMark = counted(() => as('sidebarMark', mark(other)));
  const webMark = counted(() => web('webMark', { token, ...mark(focus) }));
  const ics = counted(() => addon.emu.webFetch(`f=${feed}`));
  const row = (action: string, m: typeof side, limit: number, goal: string): BudgetRow => ({
    action,
    goal,
    activities: n,
    calls: m.calls,
    emails: 0,
    fixed: m.calls,
    surplus: Math.max(0, m.calls - limit),
    ok: m.calls <= limit,
    byService: m.byService,
    sequence: m.sequence,
  });
  return [
    row('open page', page, side.calls + SECRET_READ, `≤ open sidebar ${side.calls} + secret ${SECRET_READ}`),
    row('mark (page)', webMark, sideMark.calls + SECRET_READ, `≤ mark done ${sideMark.calls} + secret ${SECRET_READ}`),
    row('ics feed', ics, page.calls, `≤ open page ${page.calls}`),
  ];
}
