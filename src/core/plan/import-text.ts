/** Pasted text (a table copied out of Word) → the plan: the reader and the builder in one call. */
import { readText } from '../table/text-reader';
import { type BuildOptions, buildPlan } from './build';
import type { PlanImport } from './types';

export function importText(text: string, options: BuildOptions = {}): PlanImport {
  return buildPlan(readText(text), options);
}
