/**
 * What the reader needs from styles.xml: numbering that a paragraph style carries (Word's
 * "Список 1.1." styles and headings numbered by style), and bold that comes from a style rather
 * than from the run itself. Styles inherit through `w:basedOn`.
 */
import { kid, kids, onOff, val, type XmlElement } from './xml';

interface Style {
  basedOn?: string;
  numId?: string;
  ilvl?: number;
  bold?: boolean;
}

export interface Styles {
  /** Numbering a paragraph style gives, following basedOn (numId "0" switches it off). */
  numPr(styleId: string | undefined): { numId: string; ilvl: number } | undefined;
  /** Bold from a paragraph or character style (following basedOn), or the document default. */
  bold(styleId: string | undefined): boolean | undefined;
  /** The document default (docDefaults/rPrDefault). */
  defaultBold: boolean;
}

export function parseStyles(root: XmlElement | undefined): Styles {
  const byId = new Map<string, Style>();
  let defaultBold = false;
  if (root) {
    defaultBold = onOff(kid(kid(kid(root, 'docDefaults'), 'rPrDefault'), 'rPr'), 'b') ?? false;
    for (const s of kids(root, 'style')) {
      const pPr = kid(s, 'pPr');
      const numPr = kid(pPr, 'numPr');
      const ilvl = val(numPr, 'ilvl');
      byId.set(s.attrs.styleId ?? '', {
        basedOn: val(s, 'basedOn'),
        numId: val(numPr, 'numId'),
        ilvl: ilvl === undefined ? undefined : Number(ilvl),
        bold: onOff(kid(s, 'rPr'), 'b'),
      });
    }
  }
  // Follows basedOn until `pick` answers; guards against cycles in broken files.
  function walk<T>(id: string | undefined, pick: (s: Style) => T | undefined): T | undefined {
    for (let depth = 0; id !== undefined && depth < 20; depth++) {
      const s = byId.get(id);
      if (!s) return undefined;
      const v = pick(s);
      if (v !== undefined) return v;
      id = s.basedOn;
    }
    return undefined;
  }
  return {
    numPr(styleId) {
      const numId = walk(styleId, (s) => s.numId);
      if (numId === undefined || numId === '0') return undefined;
      return { numId, ilvl: walk(styleId, (s) => s.ilvl) ?? 0 };
    },
    bold: (styleId) => walk(styleId, (s) => s.bold),
    defaultBold,
  };
}
