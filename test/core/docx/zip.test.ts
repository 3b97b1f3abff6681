import { strToU8, zipSync } from 'fflate';
import { readDocx } from '../../../src/core/docx/read';
import { listZip, unzipEntries } from '../../../src/core/docx/zip';
import { codeOf } from './code-of';
import { lie, makeDocx, tbl, tc, tr } from './make-docx';

describe('zip reading', () => {
  it('lists entries and unpacks stored and deflated ones', () => {
    const zip = zipSync({
      'a.txt': [strToU8('привет'), { level: 0 }],
      'b.txt': [strToU8('мир '.repeat(100)), { level: 9 }],
    });
    const entries = listZip(zip);
    expect(entries.map((e) => [e.name, e.method])).toEqual([
      ['a.txt', 0],
      ['b.txt', 8],
    ]);
    const files = unzipEntries(zip, entries, { maxUnpackedBytes: 1 << 20 });
    expect(new TextDecoder().decode(files['a.txt'])).toBe('привет');
    expect(new TextDecoder().decode(files['b.txt'])).toBe('мир '.repeat(100));
  });

  it('refuses an entry whose declared size is over the limit, without inflating it', () => {
    const zip = lie(makeDocx({ body: tbl(1, [tr([tc('x')])]) }), 'word/document.xml', 'size', 60 * 1024 * 1024);
    expect(codeOf(() => readDocx(zip))).toBe('docx-too-big-unpacked');
  });

  it('refuses parts that together declare more than the limit', () => {
    const body = tbl(1, [tr([tc('x')])]);
    let zip = makeDocx({ body, styles: '', numbering: '' });
    zip = lie(zip, 'word/document.xml', 'size', 20 * 1024 * 1024);
    zip = lie(zip, 'word/styles.xml', 'size', 20 * 1024 * 1024);
    zip = lie(zip, 'word/numbering.xml', 'size', 20 * 1024 * 1024);
    expect(codeOf(() => readDocx(zip))).toBe('docx-too-big-unpacked');
  });

  it('stops inflating an entry whose header lies about its size (a zip bomb)', () => {
    // 20 MB of zeros deflate to ~20 KB; the header then claims 1 KB.
    const bomb = zipSync({ 'word/document.xml': [new Uint8Array(20 * 1024 * 1024), { level: 9 }] });
    const lying = lie(bomb, 'word/document.xml', 'size', 1024);
    // How fast it stops is timed in `npm run bench -- --hostile-docx`, not here.
    expect(codeOf(() => unzipEntries(lying, listZip(lying), { maxUnpackedBytes: 50 * 1024 * 1024 }))).toBe(
      'docx-corrupt',
    );
  });

  it('refuses an entry that inflates to less than it declared', () => {
    const zip = lie(zipSync({ 'a.txt': strToU8('short text') }), 'a.txt', 'size', 5000);
    expect(codeOf(() => unzipEntries(zip, listZip(zip), { maxUnpackedBytes: 1 << 20 }))).toBe('docx-corrupt');
  });

  it('refuses garbage after a zip signature', () => {
    const junk = new Uint8Array(500).fill(7);
    junk.set([0x50, 0x4b, 3, 4]);
    expect(codeOf(() => readDocx(junk))).toBe('docx-corrupt');
  });
});
