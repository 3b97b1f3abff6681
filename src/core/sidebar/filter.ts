import type { SidebarCard, StatusFilter } from '../../shared/sidebar-contract';

/**
 * «Все»: filter by person, stage, status and search text. Runs in the page (no server call per
 * keystroke), so it is pure and small. Empty criteria match everything.
 */
export interface CardFilter {
  person?: string;
  stage?: string;
  status?: StatusFilter | '';
  text?: string;
}

/** Lower case, ё as е, one space: "Ёлка  Новый" finds "елка новый". */
export function foldText(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

function haystack(c: SidebarCard): string {
  return foldText(
    [c.number, c.title, c.stage, c.section, c.responsible, ...c.people, c.deadlineText, c.comment]
      .filter((x): x is string => typeof x === 'string' && x.length > 0)
      .join(' \n '),
  );
}

export function matchesFilter(c: SidebarCard, f: CardFilter): boolean {
  if (f.person && !c.people.includes(f.person)) return false;
  if (f.stage && c.stage !== f.stage) return false;
  if (f.status) {
    if (f.status === 'overdue' ? !c.overdue : c.status !== f.status) return false;
  }
  const words = foldText(f.text ?? '')
    .split(' ')
    .filter(Boolean);
  if (words.length) {
    const h = haystack(c);
    if (!words.every((w) => h.includes(w))) return false;
  }
  return true;
}

export function filterCards(cards: readonly SidebarCard[], f: CardFilter): SidebarCard[] {
  return cards.filter((c) => matchesFilter(c, f));
}
