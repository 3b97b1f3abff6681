/**
 * The built add-on in a Russian and an American spreadsheet: every formula it writes (the План
 * tab's colour rules) is parsed by the emulator with the spreadsheet locale's separator, so a
 * comma formula in a ru_RU spreadsheet fails the whole import, as it would in Google Sheets.
 */
import { seeded } from './helpers';

describe.each([
  ['ru_RU', ';'],
  ['en_US', ','],
])('a %s spreadsheet', (locale, sep) => {
  it(`imports a plan and writes its colour rules with "${sep}"`, () => {
    const addon = seeded('plan-dou-vsoko-2021', { locale });
    const plan = addon.emu.snapshot().sheets.find((s) => s.name === 'План')!;
    const formulas = plan.conditionalFormatRules.map((r) => String(r.values[0]));
    expect(formulas).toHaveLength(3);
    expect(formulas.filter((f) => f.startsWith('=AND('))).toHaveLength(2);
    for (const f of formulas.filter((x) => x.startsWith('=AND('))) expect(f).toContain(sep);
    // «Создать план-график» in a fresh spreadsheet of the same locale writes the same rules.
    const fresh = addon.emu.addSpreadsheet({ locale });
    addon.emu.inDocument(fresh, () => addon.call('menuCreatePlan'));
    const created = addon.emu.inDocument(fresh, () => addon.emu.snapshot().sheets.find((s) => s.name === 'План')!);
    expect(created.conditionalFormatRules.map((r) => String(r.values[0]))).toEqual(formulas);
  });
});

describe('«Создать вкладку «План»» in the document’s language', () => {
  it('says so in a toast: Russian, or English in an English document', () => {
    const addon = seeded('plan-dou-vsoko-2021');
    const fresh = addon.emu.addSpreadsheet({});
    addon.emu.inDocument(fresh, () => addon.call('menuCreatePlan'));
    expect(addon.emu.ui.toasts.at(-1)?.message).toBe('Вкладка «План» создана вместо пустой «Лист1».');
    const other = addon.emu.addSpreadsheet({});
    addon.emu.inDocument(other, () => {
      addon.call('remindersSettingsSave', { language: 'en' });
      addon.call('menuCreatePlan');
    });
    expect(addon.emu.ui.toasts.at(-1)?.message).toBe('The «План» tab is created in place of the empty «Лист1».');
  });
});
