/**
 * Our functions' names, kept for stack traces in one statement instead of one per function.
 *
 * esbuild's `keepNames` follows every top-level `function f` with its own `__name(f, "f");` — once
 * minified `i(Q,"f");`, seven bytes of call around each name. Function declarations are hoisted, so
 * the same names can be given all at once where the bundle begins: `__names([f, g], "f g")` — two
 * bytes around each name, and the names are in place before any code runs. Only statements at the
 * top level that name a top-level function declaration move; the rest (arrow functions, nested
 * functions) keep esbuild's own call.
 */
import { parse } from 'acorn';

type Node = { type: string; start: number; end: number } & Record<string, unknown>;
type Call = Node & { callee: Node & { name?: string }; arguments: (Node & { name?: string; value?: unknown })[] };

/** `__name(f, "f");` where f is one of the top-level function declarations: [f, "f"], or null. */
function namingOf(statement: Node, helper: string, declared: Set<string>): [string, string] | null {
  if (statement.type !== 'ExpressionStatement') return null;
  const call = statement.expression as Call;
  if (call.type !== 'CallExpression' || call.callee.type !== 'Identifier' || call.callee.name !== helper) return null;
  const [fn, name] = call.arguments;
  if (call.arguments.length !== 2 || fn.type !== 'Identifier' || !declared.has(fn.name as string)) return null;
  if (name.type !== 'Literal' || typeof name.value !== 'string' || /\s/.test(name.value)) return null;
  return [fn.name as string, name.value];
}

/**
 * The ES module esbuild wrote with `keepNames` (not yet minified), with the top-level functions'
 * `__name` statements gathered into one, right after the `__name` helper's own declaration.
 */
export function gatherTopLevelNames(esm: string, helper = '__name'): string {
  const program = parse(esm, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as { body: Node[] };
  const helperDecl = program.body.find(
    (s) => s.type === 'VariableDeclaration' && (s.declarations as { id: { name?: string } }[])[0]?.id.name === helper,
  );
  if (!helperDecl) throw new Error(`bundle-names: no \`var ${helper}\` in the bundle (did esbuild change keepNames?)`);
  const declared = new Set(
    program.body.filter((s) => s.type === 'FunctionDeclaration').map((s) => (s.id as { name: string }).name),
  );
  const fns: string[] = [];
  const names: string[] = [];
  const cuts: [number, number][] = [];
  for (const s of program.body) {
    const naming = namingOf(s, helper, declared);
    if (!naming) continue;
    fns.push(naming[0]);
    names.push(naming[1]);
    cuts.push([s.start, s.end]);
  }
  let out = '';
  let at = 0;
  for (const [start, end] of cuts) {
    out += esm.slice(at, start);
    at = end;
  }
  out += esm.slice(at);
  const gathered =
    `\nvar __names = (fns, names) => names.split(" ").forEach((n, k) => ${helper}(fns[k], n));` +
    `\n__names([${fns.join(', ')}], ${JSON.stringify(names.join(' '))});`;
  if (cuts.length > 0 && cuts[0][0] < helperDecl.end) throw new Error('bundle-names: a name given before the helper');
  // Every cut lies after the helper's declaration, so its end is still where it was.
  return out.slice(0, helperDecl.end) + gathered + out.slice(helperDecl.end);
}
