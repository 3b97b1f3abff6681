/** A row of the Сотрудники tab. */
export interface StaffMember {
  /** ФИО as written ("Остапенко Наталья Михайловна"). */
  name: string;
  /** Должность: several roles allowed. */
  positions: string[];
  email: string;
  groups: string[];
  aliases: string[];
  active: boolean;
  /** 1-based row in the tab (or CSV line), for messages. */
  row?: number;
}

export type EntityKind = 'person' | 'role' | 'group' | 'org';

/** One part of a responsible text ("Заведующий МБДОУ №1 Остапенко Н.М." is one person-with-role). */
export interface ResponsibleEntity {
  kind: EntityKind;
  /** The part of the source text this entity was read from. */
  text: string;
  /** Person's name normalised as "Фамилия И.О.", or null. */
  name: string | null;
  role: string | null;
  org: string | null;
  /** A note written with it, as in the plan: "по согласованию" (a body outside agrees to it). */
  note?: string | null;
}

/** The field of a staff row a problem is about (null: the whole row or the file). */
export type StaffField = 'name' | 'positions' | 'email' | 'groups' | 'aliases' | 'active' | null;

export type StaffProblemKind =
  | 'missing-column'
  | 'unclosed-quote'
  | 'extra-cells'
  | 'bad-active'
  | 'no-name'
  | 'email-empty'
  | 'email-invalid'
  | 'duplicate-name'
  | 'duplicate-email'
  | 'inactive';

/** Something the coordinator should see about the staff list. Nothing is dropped because of it. */
export interface StaffProblem {
  /** 1-based row (the header is row 1). */
  row: number;
  field: StaffField;
  /** With the row and the value: in the check's language, or Russian where the tab's reader made it… */
  message: string;
  /** …which also says it in English (the reader runs before the document's language is known). */
  en?: string;
  kind: StaffProblemKind;
}

/** What a responsible text comes to against the staff list. */
export interface Resolution {
  /** Active, with a valid e-mail, deduplicated: the ones to notify. */
  people: StaffMember[];
  /**
   * Parts nobody can be reached for: not in the list, or `member` found without a valid e-mail
   * (worded in the document's language where it is shown: problem-words.ts).
   */
  unresolved: { text: string; member?: StaffMember }[];
  /** Parts that match several people where one is meant: the coordinator decides. */
  ambiguous: { text: string; candidates: string[] }[];
  /** Parts that match people marked inactive: not notified, reported. */
  inactive: { text: string; name: string }[];
}

/** A row "Заполнить из плана" proposes for the Сотрудники tab: the coordinator types the e-mail. */
export interface ProposedRow {
  kind: EntityKind;
  /** ФИО: the person's name as the plan gives it; empty for a role, group or organisation. */
  name: string;
  /** Должность. */
  positions: string[];
  /** Always empty: the coordinator fills it. */
  email: string;
  groups: string[];
  aliases: string[];
  active: boolean;
  /** The plan's responsible texts this row came from. */
  sources: string[];
  /** Russian: what the row is and what to fill in. */
  note: string;
}
