/**
 * The shape of the deadline corpus: a phrase, the context it is read in, and its expected reading
 * by the conventions (DESIGN.md «Conventions for reading a deadline», docs/deadlines.md). Real
 * phrases come grouped by the document they were taken from, with its address, title and the text
 * before its table: they are read the way the importer reads a plan (`resolveDeadlines` with the
 * context of the title and preamble, the rows in document order), so the year of a bare «12.03»
 * comes from the title, the preamble or the neighbouring rows, as it would on import.
 */
import type { DeadlineContext, Recurrence } from '../../../src/core/deadline/types';

/** Which message a phrase must carry; null (the default) = fully understood. */
export type ProblemKind =
  | 'no-year'
  | 'no-month'
  | 'bad-date'
  | 'relative'
  | 'unreadable'
  | 'partly'
  | 'backwards'
  | 'typo';

/** Families of real phrases: what makes a cell hard, one name per case (the test reports per family). */
export type Family =
  | 'date'
  | 'date, year from plan'
  | 'date+weekday'
  | 'date+time'
  | 'date+place'
  | 'date+explanation'
  | 'day range'
  | 'range с…по'
  | 'month'
  | 'month range'
  | 'several dates'
  | 'quarter / half-year'
  | 'week or decade'
  | 'until'
  | 'from'
  | 'academic year in words'
  | 'years'
  | 'ongoing'
  | 'during period'
  | 'frequency'
  | 'frequency with date'
  | 'as needed'
  | 'relative to event'
  | 'noise in parentheses'
  | 'leading phrase'
  | 'time only'
  | 'mistyped'
  | 'broken or doubled word'
  | 'template blank'
  | 'meaning changer'
  | 'no year'
  | 'not a date';

export interface Expected {
  start: string | null;
  end: string | null;
  recurrence: Recurrence;
  problem?: ProblemKind;
  discrete?: boolean;
  /** Checked only when given. */
  until?: string | null;
}

export interface Case extends Expected {
  text: string;
  /** For phrases read alone (the seed corpus, the CLI): the context given. */
  ctx?: DeadlineContext;
  /** The group of the seed corpus, or the family of a real phrase. */
  family: string;
  /** Where a real phrase was found (URL); absent for seed phrases and variations. */
  source?: string;
  /** The batch a real phrase was labelled in (labels frozen before the parser was run on them). */
  batch?: number;
  /**
   * A phrase the parser is known to read wrong, and why. The test then checks that it is still
   * wrong, so a fix must remove the mark; these count against the corpus score.
   */
  known?: string;
}

/** A real document: the phrases of its deadline column, in document order. */
export interface RealDoc {
  url: string;
  title: string;
  /** Text before the table (approval block, order, dates), as the page shows it. */
  preamble: string[];
  batch: number;
  rows: Case[];
}

export type Extra = Pick<Case, 'ctx' | 'problem' | 'discrete' | 'until' | 'known'>;

/** [family, text, start, end, recurrence?, extra?] */
export type Row = [Family, string, string | null, string | null, Recurrence?, Extra?];

export function realDoc(batch: number, url: string, title: string, rows: Row[], preamble: string[] = []): RealDoc {
  return {
    url,
    title,
    preamble,
    batch,
    rows: rows.map(([family, text, start, end, recurrence = 'none', extra = {}]) => ({
      text,
      start,
      end,
      recurrence,
      ...extra,
      family,
      source: url,
      batch,
    })),
  };
}
