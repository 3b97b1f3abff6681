import { decodeEntities, kid, kids, onOff, parseXml, textOf } from '../../../src/core/docx/xml';

describe('parseXml', () => {
  it('builds a tree with local names and attributes, skipping declarations and comments', () => {
    const root = parseXml(
      `<?xml version="1.0"?><!-- c --><w:document xmlns:w="u"><w:body><w:p w:rsidR='00A1'><w:r><w:t xml:space="preserve"> a &amp; b </w:t><w:br/></w:r></w:p></w:body></w:document>`,
    );
    expect(root.name).toBe('document');
    const p = kid(kid(root, 'body'), 'p')!;
    expect(p.attrs.rsidR).toBe('00A1');
    const run = kid(p, 'r')!;
    expect(kids(run).map((k) => k.name)).toEqual(['t', 'br']);
    expect(textOf(kid(run, 't')!)).toBe(' a & b ');
  });

  it('keeps CDATA as text and drops whitespace between elements', () => {
    const root = parseXml('<a>\n  <b><![CDATA[<x> & y]]></b>\n</a>');
    expect(root.children).toHaveLength(1);
    expect(textOf(kid(root, 'b')!)).toBe('<x> & y');
  });

  it('decodes attribute values', () => {
    expect(parseXml('<a v="&quot;1&quot; &#x41;"/>').attrs.v).toBe('"1" A');
  });

  it('throws on broken markup', () => {
    expect(() => parseXml('<a><b></a>')).toThrow();
    expect(() => parseXml('<a>')).toThrow();
    expect(() => parseXml('<a')).toThrow();
    expect(() => parseXml('')).toThrow();
  });
});

describe('decodeEntities', () => {
  it('decodes predefined and numeric references and leaves unknown ones', () => {
    expect(decodeEntities('&lt;&gt;&amp;&apos;&quot;&#1025;&#x1F600;&nbsp;')).toBe('<>&\'"Ё😀&nbsp;');
  });
});

describe('onOff', () => {
  it('reads toggle properties', () => {
    const rPr = parseXml('<rPr><b/><i w:val="0"/><u w:val="false"/><caps w:val="true"/></rPr>');
    expect([onOff(rPr, 'b'), onOff(rPr, 'i'), onOff(rPr, 'u'), onOff(rPr, 'caps'), onOff(rPr, 'strike')]).toEqual([
      true,
      false,
      false,
      true,
      undefined,
    ]);
  });
});
