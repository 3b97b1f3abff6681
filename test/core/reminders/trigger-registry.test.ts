import {
  parseRegistryEntry,
  registryEntry,
  registryKey,
  staleEntries,
} from '../../../src/core/reminders/trigger-registry';

describe('the daily triggers registry (user properties)', () => {
  it('keeps one entry per trigger UID and reads back what it wrote; anything else is no entry', () => {
    expect(parseRegistryEntry(registryEntry('1AbC'))).toEqual({ spreadsheetId: '1AbC' });
    for (const bad of [null, '', '{', '{"spreadsheetId":""}', '[1]', '{"since":"x"}'])
      expect(parseRegistryEntry(bad)).toBeNull();
    expect(registryKey('8000000001')).toBe('daily.trigger.8000000001');
  });

  it("finds this document's entries whose trigger is gone, never another document's", () => {
    const props = {
      [registryKey('1')]: registryEntry('docA'),
      [registryKey('2')]: registryEntry('docA'),
      [registryKey('3')]: registryEntry('docB'),
      'sidebar.undo.docA': '[]',
    };
    expect(staleEntries(props, 'docA', ['2'])).toEqual([registryKey('1')]);
    expect(staleEntries(props, 'docC', [])).toEqual([]);
  });
});
