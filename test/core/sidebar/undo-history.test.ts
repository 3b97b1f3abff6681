import { utf8Bytes } from '../../../src/core/limits/property-size';
import type { JournalRow } from '../../../src/core/sheet/journal-tab';
import type { UndoEntry } from '../../../src/core/sidebar/mark';
import {
  compactEntry,
  fullComment,
  nextHistory,
  parseHistory,
  UNDO_COMMENT_CHARS,
} from '../../../src/core/sidebar/undo-history';
import { journalText } from '../../../src/core/tracking/transition';

const entry = (n: number, comment: string | null): UndoEntry => ({
  journalId: `a${n}:${n}`,
  activityId: `a${n}`,
  by: 'Смирнова Ольга Петровна',
  before: { status: 'done', doneDate: '2021-02-01', doneBy: 'Смирнова Ольга Петровна', comment, donePeriods: ['2021'] },
  afterVersion: 'v1',
});
const long = (n: number) => `Протокол №${n}: ${'подробности заседания рабочей группы. '.repeat(120)}`;

describe('the undo history', () => {
  it('is bounded by size: the oldest entries go, the newest stays', () => {
    let entries: UndoEntry[] = [];
    for (let n = 0; n < 40; n++) {
      const h = nextHistory(entries, entry(n, long(n)));
      expect(utf8Bytes(h.json)).toBeLessThanOrEqual(8 * 1024);
      expect(h.stored).toBe(true);
      entries = h.entries;
    }
    expect(entries.at(-1)?.activityId).toBe('a39');
    expect(entries.length).toBeGreaterThan(3);
    expect(parseHistory(JSON.stringify(entries))).toEqual(entries);
  });

  it('keeps a long previous comment cut, marked, and gets it back from the Журнал', () => {
    const e = entry(1, long(1));
    const c = compactEntry(e);
    expect(c.commentCut).toBe(true);
    expect(c.before.comment!.length).toBe(UNDO_COMMENT_CHARS);
    const row = (user: string, oldValue: string): JournalRow => ({
      time: '',
      user,
      activityId: 'a1',
      field: 'Статус (боковая панель)',
      oldValue,
      newValue: 'Выполнено — новое',
    });
    const journal = [row('s@x.org', journalText('done', long(1))), row('other@x.org', journalText('done', 'чужое'))];
    expect(fullComment(c, journal, 'Статус (боковая панель)', 's@x.org')).toBe(long(1));
    expect(fullComment(c, [], 'Статус (боковая панель)', 's@x.org')).toBeNull();
    expect(fullComment(entry(2, 'коротко'), [], 'x', 'y')).toBe('коротко');
  });

  it('reads junk as empty', () => {
    expect(parseHistory('{')).toEqual([]);
    expect(parseHistory('{"a":1}')).toEqual([]);
    expect(parseHistory(undefined)).toEqual([]);
  });
});
