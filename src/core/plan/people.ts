/**
 * Stage 7 of the import: the responsible of each activity, where a row's cell answers for several.
 * A cell split into numbered sub-activities ("1.Праздник … 2.Досуг … 3.…") often lists one
 * responsible per item, in the same order, one under the other ("Музыкальный руководитель
 * Руководитель физ.воспитания …"): when the people splitter finds exactly as many entities as
 * there are items — three or more — and the cell joins them with nothing but line breaks or
 * spaces, each item takes its own. A list with commas, semicolons or «и» names people who answer
 * for the whole row together; so may two names for two items. Every mention counts here: the
 * splitter takes a role written twice in one cell for one entity, but a list one per item repeats
 * a role whenever two items share it.
 */
import { splitResponsible } from '../people/split';
import type { Draft } from './activities';

const JOINED = /[,;]|\sи\s/;
/** A list one per item is told from a list of joint responsibles only from three items on. */
const MIN_ITEMS = 3;

export function pairResponsibles(drafts: Draft[]): void {
  for (let i = 0; i < drafts.length; ) {
    const d = drafts[i];
    const n = d.items;
    if (n < 2 || i + n > drafts.length || drafts[i + n - 1].row !== d.row) {
      i++;
      continue;
    }
    // two names for two items may as well both answer for both: only a longer list is one per item
    if (n < MIN_ITEMS) {
      i += n;
      continue;
    }
    const text = d.responsible ?? '';
    if (text && (d.responsibleFrom === 'cell' || d.responsibleFrom === 'merged') && !JOINED.test(text)) {
      const parts = splitResponsible(text, { keepRepeats: true });
      if (parts.length === n) {
        for (let k = 0; k < n; k++) drafts[i + k].responsible = parts[k].text;
      }
    }
    i += n;
  }
}
