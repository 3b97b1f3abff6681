import { writeWait } from '../../../src/core/reminders/write-window';

/** The rule's figures (write-window.ts): a burst of 20 appends a minute, then one per 2 s. */
const BURST = 20;
const GAP_MS = 2_000;
const WINDOW_MS = 60_000;

/** `n` times `step` ms apart from `from`. */
const series = (n: number, from = 0, step = 100) => Array.from({ length: n }, (_, i) => from + i * step);

/**
 * The rule as the adapter (src/gas/reminders.ts) follows it: after each send the waiting rows are
 * written when writeWait is 0, else they wait for the next append; at the end `flush` waits its
 * turn and writes what waits. `sends`: the times of the e-mails. Returns the appends' times, the
 * rows each carried, and the most rows that waited at once (what a kill then would repeat).
 */
function simulate(sends: readonly number[]) {
  const times: number[] = [];
  const appends: number[] = [];
  const rows: number[] = [];
  let waiting = 0;
  let mostWaiting = 0;
  let now = 0;
  const write = () => {
    now += writeWait(times, now);
    times.push(now);
    appends.push(now);
    rows.push(waiting);
    waiting = 0;
  };
  for (const t of sends) {
    now = Math.max(now, t);
    waiting++;
    if (!writeWait(times, now)) write();
    mostWaiting = Math.max(mostWaiting, waiting);
  }
  if (waiting) write();
  return { appends, rows, mostWaiting, end: now };
}

/** The most appends in any 60 s (as the API counts them: an append at t is gone at t + 60 s). */
function busiest(times: readonly number[]): number {
  return Math.max(0, ...times.map((t) => times.filter((u) => u <= t && u > t - WINDOW_MS).length));
}

/** A deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('writeWait: ledger appends paced under the 60 writes per minute', () => {
  it('is 0 while fewer than BURST appends are in the last 60 s', () => {
    expect(writeWait([], 0)).toBe(0);
    expect(writeWait(series(BURST - 1), 5_000)).toBe(0);
  });

  it('from BURST on, waits until GAP_MS after the last append', () => {
    // Appends at 0, 100, …: the last at (BURST − 1) × 100.
    const last = (BURST - 1) * 100;
    expect(writeWait(series(BURST), last + 100)).toBe(GAP_MS - 100);
    expect(writeWait(series(BURST), last + GAP_MS)).toBe(0);
    expect(writeWait(series(BURST), 10_000)).toBe(0);
  });

  it('drops the appends that have left the window, and bursts again when fewer than BURST are left', () => {
    const times = series(BURST);
    expect(writeWait(times, 60_150)).toBe(0);
    expect(times).toEqual(series(BURST - 2, 200));
  });

  it('a run of up to BURST e-mails writes each one at once: a kill repeats at most one e-mail', () => {
    const { rows, mostWaiting } = simulate(series(BURST, 0, 280));
    expect(rows).toEqual(Array(BURST).fill(1));
    expect(mostWaiting).toBe(0);
  });

  it('150 e-mails 280 ms apart: under 50 appends a minute, every row once, at most 2 s of e-mails waiting, the flush within 2 s', () => {
    const sends = series(150, 0, 280);
    const { appends, rows, mostWaiting, end } = simulate(sends);
    expect(busiest(appends)).toBeLessThanOrEqual(49);
    expect(rows.reduce((a, b) => a + b, 0)).toBe(150);
    expect(rows.slice(0, BURST)).toEqual(Array(BURST).fill(1));
    expect(appends.length).toBeLessThan(150);
    // The rows of the e-mails sent since the last append, ≤ 2 s of them at 280 ms.
    expect(mostWaiting).toBeGreaterThan(1);
    expect(mostWaiting).toBeLessThanOrEqual(Math.ceil(GAP_MS / 280));
    expect(end - sends[sends.length - 1]).toBeLessThanOrEqual(GAP_MS);
  });

  it('the worst case, an e-mail every millisecond for 3 minutes: 49 appends in a minute, no more', () => {
    const { appends, rows } = simulate(series(180_000, 0, 1));
    expect(busiest(appends)).toBe(49);
    expect(rows.reduce((a, b) => a + b, 0)).toBe(180_000);
  });

  it('random runs (bursts, pauses, up to 1,500 e-mails): never more than 49 appends in any 60 s, every row once', () => {
    const next = random(7);
    for (let run = 0; run < 40; run++) {
      const sends: number[] = [];
      let t = 0;
      const n = 1 + Math.floor(next() * 1_500);
      for (let i = 0; i < n; i++) {
        // Mostly 0–400 ms an e-mail; now and then a pause of up to 90 s (a slow send, a retry).
        t += next() < 0.002 ? next() * 90_000 : next() * 400;
        sends.push(Math.round(t));
      }
      const { appends, rows } = simulate(sends);
      expect(busiest(appends)).toBeLessThanOrEqual(49);
      expect(rows.reduce((a, b) => a + b, 0)).toBe(n);
    }
  });
});
