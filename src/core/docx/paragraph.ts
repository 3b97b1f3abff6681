/**
 * The text of one Word paragraph as Word shows it: runs joined (Word splits words at spell-check
 * and edit marks), automatic number prefixed, tracked deletions dropped, wrappers unwrapped.
 *
 * Kept: `w:t`, `w:tab` → "\t", `w:br`/`w:cr` → "\n", `w:noBreakHyphen` → "-", `w:sym` (Symbol-font
 * bullets → "•", other private-use codes → their low byte), text inside `w:hyperlink`, `w:smartTag`,
 * `w:customXml`, `w:sdt`, `w:ins`, `w:moveTo`, `w:fldSimple` (a field's shown result).
 * Dropped: `w:del`/`w:delText`, `w:moveFrom`, field codes (`w:instrText`), soft hyphens, hidden
 * runs (`w:vanish`), drawings and text boxes (not part of the table's flow), math.
 */
import type { ReadBudget } from './limits';
import type { Counter } from './numbering';
import type { Styles } from './styles';
import { kid, kids, onOff, textOf, val, walk, type XmlElement } from './xml';

export interface ReadContext {
  counter: Counter;
  styles: Styles;
  budget: ReadBudget;
}

export interface ParagraphText {
  text: string;
  /** Count of visible characters in bold and not in bold (the number label is not counted). */
  boldChars: number;
  plainChars: number;
}

/** Elements whose children are inline content to read through (`w:sdt` is read through its content too). */
const UNWRAP: ReadonlySet<string> = new Set([
  'hyperlink',
  'smartTag',
  'customXml',
  'ins',
  'moveTo',
  'fldSimple',
  'dir',
  'bdo',
  'sdtContent',
]);

export function readParagraph(p: XmlElement, ctx: ReadContext): ParagraphText {
  const pPr = kid(p, 'pPr');
  const pStyle = val(pPr, 'pStyle');
  const out: ParagraphText = { text: '', boldChars: 0, plainChars: 0 };
  readInline(p, ctx, pStyle, out);
  const label = numberLabel(pPr, pStyle, ctx);
  if (label) {
    const sep = label.suffix === 'nothing' || !out.text.trim() ? '' : ' ';
    out.text = label.label + sep + out.text.replace(/^[ \t]+/, '');
  }
  return out;
}

function numberLabel(pPr: XmlElement | undefined, pStyle: string | undefined, ctx: ReadContext) {
  const numPr = kid(pPr, 'numPr');
  const fromStyle = ctx.styles.numPr(pStyle);
  const numId = val(numPr, 'numId') ?? fromStyle?.numId;
  if (numId === undefined || numId === '0') return null;
  const ilvl = val(numPr, 'ilvl');
  return ctx.counter.next(numId, ilvl !== undefined ? Number(ilvl) : (fromStyle?.ilvl ?? 0));
}

function readInline(el: XmlElement, ctx: ReadContext, pStyle: string | undefined, out: ParagraphText): void {
  walk(
    el,
    null,
    (c) => {
      if (c.name === 'r') readRun(c, ctx, pStyle, out);
      return undefined;
    },
    UNWRAP,
  );
}

function readRun(r: XmlElement, ctx: ReadContext, pStyle: string | undefined, out: ParagraphText): void {
  const rPr = kid(r, 'rPr');
  if (onOff(rPr, 'vanish')) return;
  const bold =
    onOff(rPr, 'b') ?? ctx.styles.bold(val(rPr, 'rStyle')) ?? ctx.styles.bold(pStyle) ?? ctx.styles.defaultBold;
  let s = '';
  for (const c of kids(r)) {
    switch (c.name) {
      case 't':
        s += textOf(c);
        break;
      case 'tab':
      case 'ptab':
        s += '\t';
        break;
      case 'br':
      case 'cr':
        s += '\n';
        break;
      case 'noBreakHyphen':
        s += '-';
        break;
      case 'sym':
        s += symbol(c.attrs.char ?? '');
        break;
    }
  }
  const visible = s.replace(/\s+/g, '').length;
  if (bold) out.boldChars += visible;
  else out.plainChars += visible;
  out.text += s;
}

/** `w:sym w:char="F0B7"`: Symbol/Wingdings codes live in the private-use area F000–F0FF. */
function symbol(hex: string): string {
  const code = Number.parseInt(hex, 16);
  if (!(code > 0 && code <= 0x10ffff)) return '';
  if (code >= 0xf000 && code <= 0xf0ff) {
    const low = code - 0xf000;
    // Bullets of the Symbol and Wingdings fonts (·, §, l, n, q, v, Ø, ü).
    if ([0xb7, 0xa7, 0x6c, 0x6e, 0x71, 0x76, 0xd8, 0xfc].includes(low)) return '•';
    return low >= 0x20 ? String.fromCharCode(low) : '';
  }
  return String.fromCodePoint(code);
}
