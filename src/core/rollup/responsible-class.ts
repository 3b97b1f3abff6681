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
/** Bodies whose people are not the department's. */
const OTHER_BODY_STEM =
  /^(поликлиник|больниц|центр|служб|учрежден|организац|институт|университет|колледж|комитет|инспекц|управлен|отдел|министерств|департамент|фонд|библиотек|музе|театр|опек|администрац)/u;
/** Abbreviations of a programme, not a body: «Муниципальный координатор МКДО» (мониторинг качества дошкольного образования). */
const PROGRAMME_ABBR = /^(?:В?МКДО|ВСОКО|МСОКО|РСОКО|ГИА|ОГЭ|ЕГЭ|ВПР|ФГОС|ООП|ООПДО|ДО)$/u;
/** Legal forms that say nothing of the kind (МБУ, МКУ, ГБУ, ГАУ): «ГБУ Центр «Детство»» is one body. */
const LEGAL_FORM_ONLY = /^(?:М[БАК]У|Г[БКА]У)$/u;
const DEPT_SERVICE_ABBR = /^(?:М?ИМЦ|ММС|ММЦ|РМК|РМЦ|РИМЦ|РМО|ГМО)$/u;

/**
 * Right after the kind: a number, «№», a quoted name or «имени» — one organisation («МБДОУ № 5»,
 * «МАОУ «Гимназия № 2»», «Детский сад № 5», «школа им. Пушкина»), not the class. Only what follows
 * the kind counts: «Руководители ДОО (приказ № 12)» are still all of them.
 */
const INSTANCE_AFTER = /^\s*[-–]?\s*(?:(?:детский\s+сад|д\/с|сош|школа)\s*)?(?:№|N\s*\d|\d|[«"“„]|имени\b|им\.)/iu;

const wordsOf = (text: string) =>
  [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ w: m[0], end: (m.index ?? 0) + m[0].length }));
const isAbbr = (w: string) => w.length >= 2 && w === w.toUpperCase() && /\p{Lu}/u.test(w);

/** Which class one entity's text names. */
export function classOfEntity(text: string): ResponsibleClass {
  const found = wordsOf(text);
  const words = found.map((f) => f.w);
  const lower = words.map((w) => w.toLowerCase().replace(/ё/g, 'е'));
  const stems = lower.map(stem);
  const kind = words.findIndex(
    (w, i) =>
      KIND_NOUN.test(lower[i]) ||
      (isAbbr(w) && (KIND_ABBR.test(w) || (INSTITUTION_ABBR.test(w) && !LEGAL_FORM_ONLY.test(w)))),
  );
  // One named organisation («МБДОУ № 5», «учреждение «Спортшкола»») is nobody's class.
  if (kind >= 0) return INSTANCE_AFTER.test(text.slice(found[kind].end)) ? 'other' : 'organisations';
  if (words.some((w, i) => OUTSIDE_STEM.test(stems[i]) || (isAbbr(w) && OUTSIDE_ABBR.test(w)))) return 'other';
  const body = stems.findIndex((s) => BODY_STEM.test(s));
  if (body >= 0 && stems.slice(body + 1).some((s) => s.startsWith('образован'))) return 'department';
  if (words.some((w) => DEPT_ABBR.test(w) || (isAbbr(w) && DEPT_SERVICE_ABBR.test(w)))) return 'department';
  // The municipality's methodological service or centre («муниципальная методическая служба», «ИМЦ» written out).
  if (stems.some((x) => x.includes('методическ')) && stems.some((x) => /^(служб|центр|кабинет)/u.test(x)))
    return 'department';
  // «специалист…», «Муниципальный координатор МКДО»: the department's, unless another body is named
  // («Специалисты детской поликлиники», «специалист отдела опеки», «Специалисты ЦРБ»).
  const role = stems.findIndex((x) => DEPT_ROLE_STEM.test(x));
  const otherBody = words.some(
    (w, i) => i !== role && (OTHER_BODY_STEM.test(stems[i]) || (isAbbr(w) && !PROGRAMME_ABBR.test(w))),
  );
  if (role >= 0 && !otherBody) return 'department';
  return 'other';
}
