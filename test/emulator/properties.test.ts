import { createEmulator, PROPERTY_STORE_LIMIT, PROPERTY_VALUE_LIMIT } from '../../tools/emulator';

describe('PropertiesService', () => {
  it('stores strings per document, script and user', () => {
    const emu = createEmulator();
    const { PropertiesService } = emu.globals;
    const doc = PropertiesService.getDocumentProperties();
    doc.setProperty('settings', '{"lead":3}').setProperties({ a: '1', b: '2' });
    expect(doc.getProperty('settings')).toBe('{"lead":3}');
    expect(doc.getKeys().sort()).toEqual(['a', 'b', 'settings']);
    doc.setProperties({ only: 'x' }, true);
    expect(doc.getProperties()).toEqual({ only: 'x' });
    doc.deleteProperty('only');
    expect(doc.getProperty('only')).toBeNull();

    PropertiesService.getUserProperties().setProperty('name', 'owner');
    const seen = emu.runAs({ email: 'teacher@example.org' }, () =>
      PropertiesService.getUserProperties().getProperty('name'),
    );
    expect(seen).toBeNull();
    expect(PropertiesService.getUserProperties().getProperty('name')).toBe('owner');
  });

  it('enforces 9 KB per value and 500 KB per store like the real service', () => {
    const emu = createEmulator();
    const props = emu.globals.PropertiesService.getScriptProperties();
    props.setProperty('ok', 'x'.repeat(PROPERTY_VALUE_LIMIT));
    expect(() => props.setProperty('big', 'x'.repeat(PROPERTY_VALUE_LIMIT + 1))).toThrow('Argument too large: value');
    // Cyrillic is two bytes a letter in UTF-8.
    expect(() => props.setProperty('ru', 'я'.repeat(PROPERTY_VALUE_LIMIT / 2 + 1))).toThrow(
      'Argument too large: value',
    );
    let i = 0;
    expect(() => {
      for (; i < 100; i++) props.setProperty(`k${i}`, 'x'.repeat(9000));
    }).toThrow('You have exceeded the property storage quota');
    expect(i).toBeLessThan(PROPERTY_STORE_LIMIT / 9000 + 1);
    expect(props.getProperty(`k${i}`)).toBeNull();
  });

  it('refuses properties in AuthMode.NONE (an add-on before it is enabled)', () => {
    const emu = createEmulator();
    let error = '';
    emu.open(
      {
        onOpen: () => {
          try {
            emu.globals.PropertiesService.getDocumentProperties();
          } catch (e) {
            error = (e as Error).message;
          }
        },
      },
      { authMode: 'NONE' },
    );
    expect(error).toContain('AuthMode.NONE');
  });
});

describe('CacheService', () => {
  it('expires entries on the emulator clock', () => {
    const emu = createEmulator();
    const cache = emu.globals.CacheService.getScriptCache();
    cache.put('k', 'v', 60);
    cache.putAll({ a: '1', b: '2' });
    expect(cache.get('k')).toBe('v');
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({ a: '1', b: '2' });
    emu.advance(61_000);
    expect(cache.get('k')).toBeNull();
    expect(cache.get('a')).toBe('1'); // default 600 s
    emu.advance(600_000);
    expect(cache.get('a')).toBeNull();
    cache.put('x', 'y');
    cache.remove('x');
    expect(cache.get('x')).toBeNull();
    expect(() => cache.put('big', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large');
  });
});

describe('two spreadsheets with the same add-on', () => {
  // reference/properties/properties-service: document properties belong to the current document;
  // user properties to the user and the script — the same store in every document the add-on runs in.
  it('keeps document properties per spreadsheet and shares user properties across them', () => {
    const emu = createEmulator();
    const { PropertiesService, SpreadsheetApp } = emu.globals;
    PropertiesService.getDocumentProperties().setProperty('k', 'первая');
    PropertiesService.getUserProperties().setProperty('u', 'моя');
    const second = emu.addSpreadsheet({ name: 'Вторая' });
    emu.inDocument(second, () => {
      expect(SpreadsheetApp.getActive().getId()).toBe(second);
      expect(PropertiesService.getDocumentProperties().getProperty('k')).toBeNull();
      expect(PropertiesService.getUserProperties().getProperty('u')).toBe('моя');
      PropertiesService.getDocumentProperties().setProperty('k', 'вторая');
    });
    expect(PropertiesService.getDocumentProperties().getProperty('k')).toBe('первая');
    emu.runAs({ email: 'other@example.org' }, () =>
      expect(PropertiesService.getUserProperties().getProperty('u')).toBeNull(),
    );
  });
});
