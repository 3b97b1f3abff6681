import type { ResponsibleEntity } from '../../../src/core/people/types';

/** The corpus notation (see test/fixtures/responsible-corpus.ts). */
export function short(e: ResponsibleEntity): string {
  if (e.kind === 'person') return `p:${e.name}${e.role ? ` @${e.role}` : ''}${e.org ? ` <${e.org}>` : ''}`;
  if (e.kind === 'role') return `r:${e.role}${e.org ? ` <${e.org}>` : ''}`;
  if (e.kind === 'group') return `g:${e.text}${e.org ? ` <${e.org}>` : ''}`;
  return `o:${e.org ?? e.text}`;
}
