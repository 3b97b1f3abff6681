/**
 * Reads the few parts of a .docx (a zip) the reader needs, with limits that keep a zip bomb
 * from hanging the browser.
 *
 * Why not fflate's `unzipSync` with a `filter`: the filter sees each entry's DECLARED size and can
 * refuse it, but an entry whose header lies (declares 1 KB, inflates to gigabytes) would still be
 * inflated to the end — fflate writes into the declared-size buffer and keeps decoding. So the
 * central directory is read here (it is a short, fixed format) and each wanted entry is inflated
 * with fflate's streaming `Inflate` in small chunks, stopping as soon as the output passes its
 * declared size or the total budget. Entries we do not need are never inflated.
 */
import { Inflate, strFromU8 } from 'fflate';
import { UserError } from '../errors';

export interface ZipLimits {
  /** Refuse any single entry, and all wanted entries together, above this many unpacked bytes. */
  maxUnpackedBytes: number;
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
}

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;

function corrupt(): UserError {
  return new UserError(
    'docx-corrupt',
    'Файл .docx повреждён: не удалось прочитать архив. Откройте его в Word, сохраните заново как .docx и загрузите снова.',
    'The .docx file is damaged: its archive cannot be read. Open it in Word, save it again as .docx and upload it again.',
  );
}

function tooBig(limit: number): UserError {
  const mb = Math.round(limit / (1024 * 1024));
  return new UserError(
    'docx-too-big-unpacked',
    `Документ внутри файла слишком большой (больше ${mb} МБ в распакованном виде). Уберите из него лишнее (картинки, приложения) или загрузите только таблицу плана.`,
    `The document inside the file is too large (over ${mb} MB unpacked). Remove what is not needed (pictures, appendices) or upload only the plan table.`,
  );
}

/** Lists the entries of the central directory. Throws a UserError when it is not readable. */
export function listZip(data: Uint8Array): ZipEntry[] {
  // The end-of-central-directory record is in the last 22 + 65535 (comment) bytes.
  let e = data.length - 22;
  const stop = Math.max(0, data.length - 22 - 65535);
  while (e >= stop && u32(data, e) !== 0x06054b50) e--;
  if (e < stop) throw corrupt();
  let count = u16(data, e + 10);
  let o = u32(data, e + 16);
  // Zip64: a locator just before the record points at the zip64 end record with the real values.
  if (e >= 20 && u32(data, e - 20) === 0x07064b50) {
    const z = Number(u32(data, e - 12));
    if (u32(data, z) === 0x06064b50) {
      count = u32(data, z + 32);
      o = u32(data, z + 48);
    }
  }
  const out: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (o + 46 > data.length || u32(data, o) !== 0x02014b50) throw corrupt();
    const nameLen = u16(data, o + 28);
    const extraLen = u16(data, o + 30);
    const commentLen = u16(data, o + 32);
    const entry: ZipEntry = {
      name: strFromU8(data.subarray(o + 46, o + 46 + nameLen)),
      method: u16(data, o + 10),
      compressedSize: u32(data, o + 20),
      size: u32(data, o + 24),
      offset: u32(data, o + 42),
    };
    readZip64Extra(data, o + 46 + nameLen, extraLen, entry);
    out.push(entry);
    o += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** Sizes and offset saturated at 0xFFFFFFFF live in the zip64 extra field (id 1), in this order. */
function readZip64Extra(data: Uint8Array, at: number, len: number, entry: ZipEntry): void {
  const MAX = 0xffffffff;
  if (entry.size !== MAX && entry.compressedSize !== MAX && entry.offset !== MAX) return;
  for (let p = at; p + 4 <= at + len; ) {
    const id = u16(data, p);
    const sz = u16(data, p + 2);
    if (id === 1) {
      let q = p + 4;
      // High 32 bits above 2^21 would exceed any limit anyway: treat as "huge".
      const read64 = () => {
        const v = u32(data, q) + u32(data, q + 4) * 0x100000000;
        q += 8;
        return v;
      };
      if (entry.size === MAX) entry.size = read64();
      if (entry.compressedSize === MAX) entry.compressedSize = read64();
      if (entry.offset === MAX) entry.offset = read64();
      return;
    }
    p += 4 + sz;
  }
}

/**
 * Unpacks the named entries (those present), refusing before inflating anything when a declared
 * size is over the limit, and stopping mid-way when the real output passes what was declared.
 */
export function unzipEntries(data: Uint8Array, entries: ZipEntry[], limits: ZipLimits): Record<string, Uint8Array> {
  let total = 0;
  for (const en of entries) {
    total += en.size;
    if (en.size > limits.maxUnpackedBytes || total > limits.maxUnpackedBytes) throw tooBig(limits.maxUnpackedBytes);
  }
  const out: Record<string, Uint8Array> = {};
  for (const en of entries) out[en.name] = unpack(data, en, limits.maxUnpackedBytes);
  return out;
}

function unpack(data: Uint8Array, en: ZipEntry, limit: number): Uint8Array {
  const o = en.offset;
  if (o + 30 > data.length || u32(data, o) !== 0x04034b50) throw corrupt();
  const start = o + 30 + u16(data, o + 26) + u16(data, o + 28);
  const end = start + en.compressedSize;
  if (end > data.length) throw corrupt();
  const raw = data.subarray(start, end);
  if (en.method === 0) return raw.slice();
  if (en.method !== 8) throw corrupt();
  const result = new Uint8Array(en.size);
  let got = 0;
  let done = false;
  const inf = new Inflate((chunk, final) => {
    if (got + chunk.length > en.size) {
      // More than declared: the header lies (a zip bomb or a broken file). Stop here.
      throw got + chunk.length > limit ? tooBig(limit) : corrupt();
    }
    result.set(chunk, got);
    got += chunk.length;
    if (final) done = true;
  });
  // Small chunks bound how much one push can produce before the check (deflate expands at most
  // ~1032×: 16 KB in, at most ~16 MB out).
  const CHUNK = 16 * 1024;
  try {
    for (let p = 0; p < raw.length; p += CHUNK) inf.push(raw.subarray(p, p + CHUNK), p + CHUNK >= raw.length);
    if (raw.length === 0) inf.push(raw, true);
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw corrupt();
  }
  if (!done || got !== en.size) throw corrupt();
  return result;
}
