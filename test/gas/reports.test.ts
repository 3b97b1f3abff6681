import { SEEDS, seeded } from './helpers';

const REPORT_TABS = [
  'Отчёт: Сводка',
  'Отчёт: Просрочено',
  'Отчёт: Ближайшие 14 дней',
  'Отчёт: Календарь',
  'Отчёт: Качество данных',
];

describe('report tabs (built add-on on the emulator)', () => {
  it.each(SEEDS)(
    '%s: builds every tab in one batch, charts replaced not duplicated, protected, no formulas',
    (name) => {
      const addon = seeded(name, { now: '2021-03-15T07:00:00Z' });
      addon.call('menuReports');
      const calls = addon.emu.calls.spreadsheet();
      expect(calls).toBeLessThanOrEqual(12 * REPORT_TABS.length);
      expect(calls).toBeLessThanOrEqual(8); // in fact: one read batch and one write batch
      const first = addon.emu.snapshot();
      for (const t of REPORT_TABS) expect(first.sheets.map((s) => s.name)).toContain(t);
      const summary = first.sheets.find((s) => s.name === 'Отчёт: Сводка')!;
      expect(summary.charts.length).toBeGreaterThanOrEqual(2);
      expect(summary.protections.some((p) => p.warningOnly)).toBe(true);
      const planBefore = JSON.stringify(first.sheets.find((s) => s.name === 'План')!.values);
      addon.call('menuReports');
      const second = addon.emu.snapshot();
      const summary2 = second.sheets.find((s) => s.name === 'Отчёт: Сводка')!;
      expect(summary2.charts).toHaveLength(summary.charts.length);
      expect(second.sheets.map((s) => s.name)).toEqual(first.sheets.map((s) => s.name));
      expect(summary2.displayValues).toEqual(summary.displayValues);
      expect(JSON.stringify(second.sheets.find((s) => s.name === 'План')!.values)).toBe(planBefore);
      expect(addon.emu.formulaCells()).toEqual([]);
    },
  );
});

it('in an English document: the English tabs, and the toast says so in English', () => {
  const addon = seeded('plan-dou-vsoko-2021', { now: '2021-03-15T07:00:00Z' });
  addon.call('remindersSettingsSave', { language: 'en' });
  addon.call('menuReports');
  expect(addon.emu.snapshot().sheets.map((s) => s.name)).toContain('Report: Summary');
  expect(addon.emu.ui.toasts.at(-1)?.message).toBe('Tabs updated: 5.');
});
