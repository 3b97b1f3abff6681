/**
 * Whom a responsible of a municipal plan names: the organisations as a class («дошкольные
 * образовательные организации», «Руководители ДОУ», «Координатор ДОО», «все ОО», «директора школ»,
 * «МБДОУ»), the education department itself («Отдел образования», «Управление образования»,
 * «специалист отдела», «Муниципальный координатор»), or someone else (the region, a ministry, an
 * institute, one named organisation). One entity of `splitResponsible` at a time.
 *
 * The family, from the Орск and Оханск plans and published municipal plans (Адыгея «Руководители
 * ДОУ», Москва «Образовательные учреждения г. Москва», «Учреждения города», Тюмень «Управление
 * образования», Ростов «муниципальные образовательные учреждения»): a kind of organisation — a
 * noun (организация, учреждение, школа, детский сад, гимназия, лицей, колледж) in any case and
 * number, or its abbreviation in any legal form (ОО, ОУ, ДОО, ДОУ, МБДОУ, МАОУ, СОШ, УДО, ДШИ) —
 * with no number or quoted name after it (that is one organisation, «МБДОУ № 5», not all of them).
 * A role in front of it («руководители», «заведующие», «координатор», «педагоги») keeps it the
 * organisations': in a municipal plan «Координатор ДОО» is each kindergarten's coordinator.
 */
import { INSTITUTION_ABBR } from '../people/lexicon';
import { stem } from '../people/stem';

export type ResponsibleClass = 'organisations' | 'department' | 'other';

export const CLASS_LABELS: Record<ResponsibleClass, string> = {
  organisations: 'организации',
  department: 'отдел (управление) образования',
  other: 'другие исполнители',
};

/** Nouns naming a kind of organisation, as word forms (stems would make «лица» a «лицей»). */
const KIND_NOUN =
  /^(организаци|учреждени|школ(а|ы|е|у|ой|ам|ами|ах)?$|сад(ы|ов|ам|ами|ах|ик|ики|иков)?$|детсад|гимнази|лице(й|я|ю|ем|е|и|ев|ям|ями|ях)$|колледж|техникум)/u;

/** Abbreviations of kinds the people lexicon does not list: ОО, ДОО, ОУ and their legal forms (МАОУ, МКДОО), УДО. */
const KIND_ABBR = /^(?:[МГ][БАК]?)?(?:Д?О[ОУ]|УДО|ОДО)$/u;

/** Bodies above or beside the department: the region, ministries, institutes of teacher training. */
const OUTSIDE_STEM = /^(регион|област|краев|кра$|республик|министерств|федеральн|всероссийск|российск)/u;
const OUTSIDE_ABBR = /^(?:[А-Я]*ИРО|[А-Я]*ИПК[А-Я]*|[А-Я]*ИРР|МИНОБР\p{L}*|МОН|РМКДО|ГУ|МВД|КДН|ОГИБДД)$/u;

/** The department: an education body («Отдел / Управление / Комитет / Департамент образования»), or УО/РУО/ГорУО/МОУО. */
const BODY_STEM = /^(отдел|управлен|комитет|департамент)$/u;
const DEPT_ABBR = /^(?:Р|Г|Гор|ГОР|М|МО)?УО$/u;
/** The department's own people and services: «специалист…», «методист…», «Муниципальный координатор», ИМЦ, ММС. */
const DEPT_ROLE_STEM = /^(специалист|методист|инспектор|муниципальн)$/u;
const DEPT_SERVICE_ABBR = /^(?:М?ИМЦ|ММС|ММЦ|РМК|РМЦ|РИМЦ|РМО|ГМО)$/u;

/** A number, «№» or a quoted name: one organisation, not the class. */
const INSTANCE = /№|\d|[«"“„]|\bимени\b|\bим\.\s/u;

const wordsOf = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];
const isAbbr = (w: string) => w.length >= 2 && w === w.toUpperCase() && /\p{Lu}/u.test(w);

/** Which class one entity's text names, and the word that decided it. */
export function classOfEntity(text: string): { cls: ResponsibleClass; word: string | null } {
  const words = wordsOf(text);
  const lower = words.map((w) => w.toLowerCase().replace(/ё/g, 'е'));
  const stems = lower.map(stem);
  const kind = words.findIndex(
    (w, i) => KIND_NOUN.test(lower[i]) || (isAbbr(w) && (KIND_ABBR.test(w) || INSTITUTION_ABBR.test(w))),
  );
  if (kind >= 0 && !INSTANCE.test(text)) return { cls: 'organisations', word: words[kind] };
  const outside = words.findIndex((w, i) => OUTSIDE_STEM.test(stems[i]) || (isAbbr(w) && OUTSIDE_ABBR.test(w)));
  if (outside >= 0) return { cls: 'other', word: words[outside] };
  const body = stems.findIndex((s) => BODY_STEM.test(s));
  if (body >= 0 && stems.slice(body + 1).some((s) => s.startsWith('образован')))
    return { cls: 'department', word: words[body] };
  const dept = words.findIndex(
    (w, i) => DEPT_ROLE_STEM.test(stems[i]) || DEPT_ABBR.test(w) || (isAbbr(w) && DEPT_SERVICE_ABBR.test(w)),
  );
  if (dept >= 0 && kind < 0) return { cls: 'department', word: words[dept] };
  return { cls: 'other', word: null };
}
