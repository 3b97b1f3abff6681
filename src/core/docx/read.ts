/**
 * The .docx reader: a Word file's bytes → SourceDocument (the paragraphs around the tables and
 * each table as a grid placed by column), the same shape the pasted-text reader produces, so one
 * plan builder serves both. Pure: runs in the browser (the import dialog reads the file on the
 * client), in Node (CLI, tests) and in Apps Script. See docs/docx.md for the rules.
 */

import { strFromU8 } from 'fflate';
import { UserError } from '../errors';
import { shorten } from '../shorten';
import type { SourceDocument, SourceTable } from '../table/source';
import { createBudget, DOCX_LIMITS, type DocxLimits, limitErrors, type ReadBudget, type ReadWarning } from './limits';
import { createCounter, parseNumbering } from './numbering';
import { type ReadContext, readParagraph } from './paragraph';
import { parseStyles } from './styles';
import { readTable } from './table';
import { kid, kids, parseXml, walk, type XmlElement, XmlLimitError } from './xml';
import { listZip, unzipEntries } from './zip';

export { DOCX_LIMITS, type ReadWarning } from './limits';

/** A read .docx: the grid the builder takes, and what the reader had to change to read it. */
export interface DocxDocument extends SourceDocument {
  /** Values clamped to read the file (a span wider than the grid, a list from 10^15); usually empty. */
  warnings: ReadWarning[];
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Finds an ASCII name written as UTF-16LE (how OLE2 directory entries store stream names). */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  const last = bytes.length - name.length * 2;
  outer: for (let i = 0; i <= last; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < name.length; k++) {
      if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/** Bad input that is not a zip at all: say what it is when we can tell. */
function notADocx(bytes: Uint8Array): UserError {
  if (startsWith(bytes, OLE_MAGIC)) {
    // A password-protected .docx is an OLE2 container too, holding EncryptionInfo + EncryptedPackage.
    if (hasUtf16Name(bytes, 'EncryptionInfo') || hasUtf16Name(bytes, 'EncryptedPackage')) {
      return new UserError(
        'docx-encrypted',
        'Файл защищён паролем, его нельзя прочитать. Откройте его в Word, снимите пароль (Файл → Сведения → Защита документа → Зашифровать с использованием пароля → очистите поле), сохраните как .docx и загрузите снова.',
        'The file is password-protected and cannot be read. Open it in Word, remove the password (File → Info → Protect Document → Encrypt with Password → clear it), save as .docx and upload it again.',
      );
    }
    return new UserError(
      'docx-old-doc',
      'Это файл старого формата Word (.doc). Сохраните файл в Word как .docx и загрузите снова.',
      'This is an old-format Word file (.doc). Save it in Word as .docx and upload it again.',
    );
  }
  if (strFromU8(bytes.subarray(0, 5), true) === '{\\rtf') {
    return new UserError(
      'docx-rtf',
      'Это файл RTF, а не .docx. Сохраните файл в Word как .docx и загрузите снова.',
      'This is an RTF file, not .docx. Save it in Word as .docx and upload it again.',
    );
  }
  return new UserError(
    'docx-not-zip',
    'Это не файл Word (.docx). Сохраните план в Word как .docx или скопируйте таблицу и вставьте её текстом.',
    'This is not a Word (.docx) file. Save the plan in Word as .docx, or copy the table and paste it as text.',
  );
}

function parsePart(bytes: Uint8Array | undefined, name: string, budget: ReadBudget, nodes: { nodes: number }) {
  if (!bytes) return undefined;
  try {
    return parseXml(strFromU8(bytes).replace(/^\uFEFF/, ''), { maxDepth: budget.limits.maxDepth, budget: nodes });
  } catch (e) {
    if (e instanceof XmlLimitError)
      throw e.limit === 'depth'
        ? limitErrors.tooDeep(name, budget.limits.maxDepth)
        : limitErrors.tooManyNodes(name, budget.limits.maxXmlNodes);
    throw new UserError(
      'docx-bad-xml',
      `Файл .docx повреждён: часть ${name} не читается. Откройте его в Word, сохраните заново как .docx и загрузите снова.`,
      `The .docx file is damaged: part ${name} cannot be read. Open it in Word, save it again as .docx and upload it again.`,
    );
  }
}

/** The main document part: named in _rels/.rels (Word online sometimes writes word/document2.xml). */
function mainPartName(rels: XmlElement | undefined): string {
  for (const r of rels ? kids(rels, 'Relationship') : []) {
    if (/\/officeDocument$/.test(r.attrs.Type ?? '')) return (r.attrs.Target ?? '').replace(/^\//, '');
  }
  return 'word/document.xml';
}

/** Adds the non-empty lines of a body paragraph, trimmed, to `out`, within the limits. */
function addLines(text: string, out: string[], budget: ReadBudget): void {
  const { maxCellChars } = budget.limits;
  let chars = -1;
  for (const l of text.split('\n')) {
    const t = l.trim();
    if (!t) continue;
    chars += t.length + 1;
    if (chars > maxCellChars) throw limitErrors.paragraphTooLong(shorten(text, 40), maxCellChars);
    budget.lines(1);
    budget.text(t.length);
    out.push(t);
  }
}

/**
 * Reads a .docx. Throws a UserError (Russian message, English `en`) for input it cannot read:
 * an old .doc, a password-protected file, RTF, not a zip, no word/document.xml, a file or content
 * over DOCX_LIMITS (each limit names itself), a document without a table. Values merely out of
 * range are clamped and listed in `warnings`.
 */
export function readDocx(bytes: Uint8Array, limits: DocxLimits = DOCX_LIMITS): DocxDocument {
  if (bytes.length > limits.maxFileBytes) {
    const mb = (n: number) => (n / (1024 * 1024)).toFixed(1).replace('.0', '').replace('.', ',');
    throw new UserError(
      'docx-too-big',
      `Файл слишком большой: ${mb(bytes.length)} МБ, а можно не больше ${mb(limits.maxFileBytes)} МБ. Уберите из документа картинки и приложения или оставьте в нём только план.`,
      `The file is too large: ${mb(bytes.length).replace(',', '.')} MB, the limit is ${mb(limits.maxFileBytes)} MB. Remove pictures and appendices from the document or keep only the plan.`,
    );
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw notADocx(bytes);
  const budget = createBudget(limits);
  const nodes = { nodes: limits.maxXmlNodes };
  const entries = listZip(bytes);
  const names = new Set(entries.map((e) => e.name));
  const relsEntry = entries.filter((e) => e.name === '_rels/.rels');
  const rels = parsePart(unzipEntries(bytes, relsEntry, limits)['_rels/.rels'], '_rels/.rels', budget, nodes);
  const main = mainPartName(rels);
  if (!names.has(main)) {
    if (names.has('content.xml')) {
      throw new UserError(
        'docx-odt',
        'Это документ OpenDocument (.odt), а не Word. Сохраните его как .docx (Файл → Сохранить как → Word) и загрузите снова.',
        'This is an OpenDocument (.odt) file, not Word. Save it as .docx (File → Save as → Word) and upload it again.',
      );
    }
    throw new UserError(
      'docx-no-document',
      `В архиве нет ${main}: это не документ Word (.docx). Сохраните план в Word как .docx и загрузите снова.`,
      `The archive has no ${main}: it is not a Word document (.docx). Save the plan in Word as .docx and upload it again.`,
    );
  }
  const wanted = [main, 'word/numbering.xml', 'word/styles.xml'];
  const parts = unzipEntries(
    bytes,
    entries.filter((e) => wanted.includes(e.name)),
    limits,
  );
  const doc = parsePart(parts[main], main, budget, nodes)!;
  const numbering = parsePart(parts['word/numbering.xml'], 'word/numbering.xml', budget, nodes);
  const styles = parsePart(parts['word/styles.xml'], 'word/styles.xml', budget, nodes);
  const ctx: ReadContext = {
    counter: createCounter(parseNumbering(numbering, budget), budget),
    styles: parseStyles(styles),
    budget,
  };
  const out: DocxDocument = { before: [], tables: [], after: [], format: 'docx', warnings: budget.warnings };
  let pending: string[] = [];
  // Body-level content controls and custom XML are read through (walk's wrappers).
  walk(kid(doc, 'body') ?? doc, null, (c) => {
    if (c.name === 'p') addLines(readParagraph(c, ctx).text, pending, budget);
    else if (c.name === 'tbl') {
      budget.table();
      const table: SourceTable = readTable(c, ctx, out.tables.length + 1);
      if (out.tables.length === 0) out.before = pending;
      else table.between = pending;
      pending = [];
      out.tables.push(table);
    }
    return undefined;
  });
  out.after = pending;
  if (out.tables.length === 0 || out.tables.every((t) => t.rows.length === 0)) {
    throw new UserError(
      'docx-no-table',
      'В документе нет таблицы. Импорт читает план из таблицы Word (№, мероприятие, срок, ответственный). Если план записан списком, вставьте его текст в поле импорта.',
      'The document has no table. The import reads the plan from a Word table (No., activity, deadline, responsible). If the plan is a list, paste its text into the import box.',
    );
  }
  return out;
}
