/**
 * Reads a plan file for the command line: .docx (and .doc, which the .docx reader refuses with a
 * clear Russian message) through the Word reader, anything else as pasted text. Node-only (fs).
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { UserError } from '../../src/core/errors';
import type { BuildOptions } from '../../src/core/plan/build';
import { importDocx } from '../../src/core/plan/import-docx';
import { importText } from '../../src/core/plan/import-text';
import type { PlanImport } from '../../src/core/plan/types';

const ZIP = [0x50, 0x4b];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const starts = (b: Uint8Array, magic: number[]) => magic.every((x, i) => b[i] === x);

/**
 * Text files from Russian offices are UTF-8, UTF-16 (Word's "Unicode text") or Windows-1251.
 * Decoding strictly as UTF-8 first tells the last one apart: it is not valid UTF-8.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1251').decode(bytes);
  }
}

/** `options.columns`: the user's column roles (`--columns`), as the preview's choice. */
export function loadPlanFile(path: string, options: BuildOptions = {}): PlanImport {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch {
    throw new UserError('file-not-found', `Не удалось прочитать файл «${path}».`, `Cannot read the file "${path}".`);
  }
  const ext = extname(path).toLowerCase();
  // Word files by content as well as by name: a .docx renamed .txt is still a .docx.
  if (ext === '.docx' || ext === '.doc' || starts(bytes, ZIP) || starts(bytes, OLE))
    return importDocx(bytes, undefined, options);
  return importText(decodeText(bytes), options);
}
