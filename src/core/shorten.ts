/**
 * A long text shown inside a message: cut at a word boundary and marked with «…», never
 * mid-word («…мониторинга качес»). A text that fits is returned as written; a cut one has its
 * whitespace collapsed (cells hold line breaks).
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const s = text.replace(/\s+/g, ' ').trim();
  if (s.length <= max) return s;
  const room = s.slice(0, Math.max(1, max - 1));
  // At the last space; only a first word longer than the room is cut inside.
  const space = room.lastIndexOf(' ');
  const cut = space > 0 ? room.slice(0, space) : room;
  // A preposition or conjunction left at the end («…качества ООП ДО в…») goes with the cut.
  const tidy = cut.replace(/(?:\s[а-яё]{1,2})+$/u, '').replace(/[\s,;:.(«"'–—-]+$/u, '');
  return `${tidy || cut}…`;
}
