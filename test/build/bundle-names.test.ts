import vm from 'node:vm';
import { gatherTopLevelNames } from '../../tools/bundle-names';

// What esbuild writes with keepNames (before minifying): a helper, then one call per function.
const esm = `var __defProp = Object.defineProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
function a() { function inner() {} __name(inner, "inner"); return inner; }
__name(a, "outer");
var arrow = /* @__PURE__ */ __name(() => 1, "arrow");
{ function blocked() {} __name(blocked, "blocked"); }
function b() {}
__name(b, "b2");
`;

describe('gatherTopLevelNames', () => {
  it('names the top-level functions in one statement after the helper, and leaves the other calls', () => {
    const out = gatherTopLevelNames(esm);
    expect(out).toContain('__names([a, b], "outer b2");');
    expect(out.indexOf('__names([')).toBeLessThan(out.indexOf('function a'));
    expect(out).not.toContain('__name(a, "outer")');
    expect(out).toContain('__name(inner, "inner")');
    expect(out).toContain('__name(blocked, "blocked")');
    expect(out).toContain('__name(() => 1, "arrow")');
    const ctx = vm.createContext({});
    vm.runInContext(`${out}\nthis.r = [a.name, b.name, a().name, arrow.name];`, ctx);
    expect((ctx as { r: string[] }).r).toEqual(['outer', 'b2', 'inner', 'arrow']);
  });

  it('refuses a bundle without the helper (esbuild changed how it keeps names)', () => {
    expect(() => gatherTopLevelNames('function a() {}\n')).toThrow(/no `var __name`/);
  });
});
