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
}
