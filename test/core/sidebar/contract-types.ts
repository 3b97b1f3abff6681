/**
 * Compile-time checks of the contract's JSON-safety type (run by `tsc`, not jest): if `IsJsonSafe`
 * stopped rejecting a Date, a function or an `undefined` inside an array, this file would fail to
 * type-check.
 */
import type { IsJsonSafe, Jsonify, MarkResult, SidebarData } from '../../../src/shared/sidebar-contract';

type Yes<T extends true> = T;
type No<T extends false> = T;

export type Checks = [
  No<IsJsonSafe<{ a: Date }>>,
  No<IsJsonSafe<{ a: (string | undefined)[] }>>,
  No<IsJsonSafe<{ a: { b: () => void } }>>,
  No<IsJsonSafe<{ a: string | Date }>>,
  No<IsJsonSafe<Map<string, string>>>,
  Yes<IsJsonSafe<{ a?: string; b: string[]; c: { d: number | null } }>>,
  Yes<IsJsonSafe<SidebarData>>,
  Yes<IsJsonSafe<MarkResult>>,
];

// A type that cannot cross google.script.run becomes `never` under Jsonify.
export const notSendable: Jsonify<{ when: Date }> = undefined as never;
