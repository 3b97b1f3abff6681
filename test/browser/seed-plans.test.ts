/**
 * The sidebar on the four seed plans, imported by the real importer, against the test-double
 * server; the screenshot in docs/img/sidebar.png (shown in the README) is taken here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { staffFromValues } from '../../src/core/people/staff-table';
import { importText } from '../../src/core/plan/import-text';
import { buildSidebarHtml } from '../../tools/build-sidebar';
import { createFakeServer, matchBySurname, tracked } from './fake-server';
import { closeBrowser, openWithServer, picture } from './harness';

jest.setTimeout(120_000);

const root = join(__dirname, '../..');
const SEEDS: [string, string][] = [
  ['plan-dou-vsoko-2021', '2021-03-03'],
  ['plan-school-vsoko-2020', '2020-03-02'],
  ['plan-orsk-mkdo-2020', '2020-10-01'],
  ['roadmap-okhansk-2021-2024', '2022-02-01'],
];

/** A tiny CSV reader for the staff fixtures (no quoted commas in them). */
function staffOf(name: string) {
  const csv = readFileSync(join(root, `test/fixtures/staff/staff-${name}.csv`), 'utf8');
  return staffFromValues(
    csv
      .trim()
      .split(/\r?\n/)
      .map((l) => l.split(',')),
  );
}

let html = '';
beforeAll(async () => {
  html = await buildSidebarHtml();
});
afterAll(closeBrowser);

describe.each(SEEDS)('%s', (name, today) => {
  it('shows every activity in «Все» and the coordinator’s own in «Мои», without errors', async () => {
    const imported = importText(readFileSync(join(root, `test/fixtures/seeds/${name}.txt`), 'utf8'));
    const staff = staffOf(name);
    // A few activities already done, as a plan looks a few weeks in.
    const activities = imported.activities.map((a, i) =>
      tracked(a, i < 3 ? { status: 'done', doneDate: today, doneBy: staff[0]?.name ?? null } : {}),
    );
    // The person with the most activities is the one whose sidebar is worth looking at.
    const counts = staff.map((m) => activities.filter((a) => matchBySurname(a, [m]).length).length);
    const me = staff[counts.indexOf(Math.max(...counts))];
    const server = createFakeServer({
      activities,
      staff,
      today,
      activeEmail: me.email,
      coordinators: [me.email],
      horizonYear: imported.horizonYear,
    });
    const o = await openWithServer(html, server, { viewport: { width: 300, height: 1000 } });
    try {
      await o.page.locator('.progress').waitFor();
      const mine = activities.filter((a) => matchBySurname(a, [me]).length).length;
      expect(await o.page.locator('section[data-group] article').count()).toBe(mine);
      if (name === SEEDS[0][0]) await picture(o.page, 'sidebar');
      await o.page.getByRole('tab', { name: 'Все' }).click();
      await o.page.locator('#list .shown').waitFor();
      expect(await o.page.locator('#list article').count()).toBe(activities.length);
      expect(o.pageErrors).toEqual([]);
      expect(o.calls).toHaveLength(1);
    } finally {
      await o.close();
    }
  });
});
