import {
  applyChanges,
  MIGRATED_KEY,
  migrationChanges,
  STATE_KEYS,
  stateFromMetadata,
  stateRequests,
} from '../../../src/core/workbook/doc-state';
import { KEYS } from '../../../src/core/workbook/schema';

describe('the document state in developer metadata', () => {
  it('reads only our keys, PROJECT-visible: a DOCUMENT entry with our key (anyone may make one) is ignored', () => {
    expect(
      stateFromMetadata([
        { metadataId: 5, metadataKey: KEYS.owner, metadataValue: 'forged', visibility: 'DOCUMENT' },
        { metadataId: 3, metadataKey: KEYS.owner, metadataValue: 'real', visibility: 'PROJECT' },
        { metadataId: 4, metadataKey: 'someone.else', metadataValue: 'x', visibility: 'PROJECT' },
      ]),
    ).toEqual({ [KEYS.owner]: 'real' });
  });

  it('two entries of one key (made at once) read as the newest', () => {
    const entries = [7, 9, 8].map((id) => ({
      metadataId: id,
      metadataKey: KEYS.sender,
      metadataValue: `v${id}`,
      visibility: 'PROJECT',
    }));
    expect(stateFromMetadata(entries)).toEqual({ [KEYS.sender]: 'v9' });
  });

  it('creates a missing key, updates a changed one by key, deletes on null, sends nothing unchanged', () => {
    const current = { [KEYS.settings]: 'a', [KEYS.status]: 's' };
    const reqs = stateRequests(current, {
      [KEYS.settings]: 'b',
      [KEYS.status]: 's',
      [KEYS.sender]: 'x',
      [KEYS.planMeta]: null,
    });
    expect(reqs.map((r) => Object.keys(r)[0])).toEqual(['updateDeveloperMetadata', 'createDeveloperMetadata']);
    expect(reqs[1].createDeveloperMetadata?.developerMetadata).toMatchObject({
      visibility: 'PROJECT',
      location: { spreadsheet: true },
    });
    expect(stateRequests(current, { [KEYS.status]: null }).map((r) => Object.keys(r)[0])).toEqual([
      'deleteDeveloperMetadata',
    ]);
    expect(applyChanges(current, { [KEYS.status]: null, [KEYS.sender]: 'x' })).toEqual({
      [KEYS.settings]: 'a',
      [KEYS.sender]: 'x',
    });
  });

  it('moves old document properties once: ours only, a value already in the store wins', () => {
    const moved = migrationChanges(
      { [KEYS.settings]: 'new' },
      { [KEYS.settings]: 'old', [KEYS.owner]: 'o', junk: 'j' },
    );
    expect(moved).toEqual({ [KEYS.owner]: 'o' });
    expect(migrationChanges({}, null)).toEqual({});
    expect(STATE_KEYS).toContain(KEYS.importColumns);
    expect(STATE_KEYS).toContain(MIGRATED_KEY);
  });
});
