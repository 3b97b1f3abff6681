/**
 * Spreadsheet-level developer metadata in the emulator's Sheets service, as strict as the reference
 * (developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata and
 * spreadsheets/request#CreateDeveloperMetadataRequest): key, visibility and location required,
 * returned by get only when `fields` asks, PROJECT entries seen by their own project only; and
 * openById / the document lock as the add-on's daily run meets them with no document.
 */
import { createEmulator, METADATA_CHARS_LIMIT } from '../../tools/emulator';

const create = (key: string, value: string, visibility = 'PROJECT') => ({
  createDeveloperMetadata: {
    developerMetadata: { metadataKey: key, metadataValue: value, location: { spreadsheet: true }, visibility },
  },
});
const byKey = (key: string) => ({ developerMetadataLookup: { metadataKey: key, locationType: 'SPREADSHEET' } });

describe('developer metadata', () => {
  it('is created, updated and deleted by batchUpdate and returned by get only with its fields', () => {
    const emu = createEmulator();
    const { Sheets } = emu.globals;
    const id = emu.documents[0];
    const r = Sheets.Spreadsheets!.batchUpdate({ requests: [create('a', '1'), create('b', '2')] }, id);
    expect(r.replies?.[0].createDeveloperMetadata?.developerMetadata?.metadataId).toBeGreaterThan(0);
    expect(Sheets.Spreadsheets!.get(id, { fields: 'properties.timeZone' }).developerMetadata).toBeUndefined();
    Sheets.Spreadsheets!.batchUpdate(
      {
        requests: [
          {
            updateDeveloperMetadata: {
              dataFilters: [byKey('a')],
              developerMetadata: { metadataValue: 'один' },
              fields: 'metadataValue',
            },
          },
          { deleteDeveloperMetadata: { dataFilter: byKey('b') } },
        ],
      },
      id,
    );
    const got = Sheets.Spreadsheets!.get(id, { fields: 'developerMetadata(metadataKey,metadataValue)' });
    expect(got.developerMetadata).toEqual([{ metadataKey: 'a', metadataValue: 'один' }]);
  });

  it('refuses an entry without a key, a visibility or a location, and an update without fields — the whole batch', () => {
    const emu = createEmulator();
    const { Sheets } = emu.globals;
    const id = emu.documents[0];
    const bad = [
      {
        createDeveloperMetadata: {
          developerMetadata: { metadataValue: 'x', location: { spreadsheet: true }, visibility: 'PROJECT' },
        },
      },
      { createDeveloperMetadata: { developerMetadata: { metadataKey: 'k', location: { spreadsheet: true } } } },
      { createDeveloperMetadata: { developerMetadata: { metadataKey: 'k', visibility: 'PROJECT' } } },
      { updateDeveloperMetadata: { dataFilters: [byKey('k')], developerMetadata: { metadataValue: 'y' } } },
    ];
    for (const req of bad)
      expect(() => Sheets.Spreadsheets!.batchUpdate({ requests: [create('ok', '1'), req] } as object, id)).toThrow(
        /key specified|visibility specified|location|fields/,
      );
    expect(emu.developerMetadata()).toEqual([]);
  });

  it('PROJECT entries are seen and changed by their own project only; DOCUMENT entries by every project', () => {
    const emu = createEmulator();
    const { Sheets } = emu.globals;
    const id = emu.documents[0];
    Sheets.Spreadsheets!.batchUpdate({ requests: [create('k', 'ours')] }, id);
    emu.asProject('other', () => {
      Sheets.Spreadsheets!.batchUpdate(
        {
          requests: [
            create('k', 'theirs', 'DOCUMENT'),
            {
              updateDeveloperMetadata: {
                dataFilters: [byKey('k')],
                developerMetadata: { metadataValue: 'changed' },
                fields: 'metadataValue',
              },
            },
          ],
        },
        id,
      );
      const seen = Sheets.Spreadsheets!.get(id, { fields: 'developerMetadata(metadataValue,visibility)' });
      expect(seen.developerMetadata).toEqual([{ metadataValue: 'changed', visibility: 'DOCUMENT' }]);
    });
    const ours = Sheets.Spreadsheets!.get(id, { fields: 'developerMetadata(metadataValue,visibility)' });
    expect(ours.developerMetadata).toEqual([
      { metadataValue: 'ours', visibility: 'PROJECT' },
      { metadataValue: 'changed', visibility: 'DOCUMENT' },
    ]);
  });

  it(`holds at most ${METADATA_CHARS_LIMIT} characters per spreadsheet (our budget)`, () => {
    const emu = createEmulator();
    const { Sheets } = emu.globals;
    const id = emu.documents[0];
    Sheets.Spreadsheets!.batchUpdate({ requests: [create('a', 'x'.repeat(20_000))] }, id);
    expect(() => Sheets.Spreadsheets!.batchUpdate({ requests: [create('b', 'x'.repeat(10_000))] }, id)).toThrow(
      /exceeds/,
    );
    expect(emu.developerMetadata()).toHaveLength(1);
  });
});

describe('another spreadsheet, and a run with no document', () => {
  it('openById opens any spreadsheet the user can open, not one whose access was removed', () => {
    const emu = createEmulator();
    const second = emu.addSpreadsheet();
    const { SpreadsheetApp, Sheets } = emu.globals;
    expect(SpreadsheetApp.openById(second).getId()).toBe(second);
    emu.revokeAccess(second, 'owner@example.org');
    expect(() => SpreadsheetApp.openById(second)).toThrow(/openById/);
    expect(() => Sheets.Spreadsheets!.get(second, { fields: 'properties' })).toThrow(/permission/);
  });

  it("in 'detached' mode a time-driven run has no active spreadsheet, no document properties, no document lock", () => {
    const emu = createEmulator({ addonTimeTriggers: 'detached' });
    const { ScriptApp, SpreadsheetApp, PropertiesService, LockService } = emu.globals;
    ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(8).create();
    const seen: unknown[] = [];
    emu.fireTimeTrigger('daily', {
      daily: (e: { triggerUid: string }) =>
        seen.push(
          SpreadsheetApp.getActive(),
          PropertiesService.getDocumentProperties(),
          LockService.getDocumentLock(),
          e.triggerUid === ScriptApp.getProjectTriggers()[0].getUniqueId(),
          SpreadsheetApp.openById(emu.documents[0]).getId(),
        ),
    });
    expect(seen).toEqual([null, null, null, true, emu.documents[0]]);
  });
});
