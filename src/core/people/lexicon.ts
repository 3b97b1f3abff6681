/**
 * Words that begin or head a responsible phrase in Russian plans. Word FORMS, not stems: a
 * capitalised "Отдел" after "ИРО ПК" starts a new entity, but "Департамента" (genitive) continues
 * "Организации … Департамента образования". Lower case, ё written as е, the part before a hyphen
 * ("учителя-предметники" → "учителя").
 */
import { lowerYo } from './text';

/**
 * The words of a list; `старш{ий,ая,ие}` stands for старший старшая старшие (the bundle is size-capped:
 * the lists are not indented either, their spaces would be in it).
 */
const words = (s: string) =>
  new Set(
    s
      .split(/\s+/)
      .filter(Boolean)
      .flatMap((w) => {
        const m = /^([^{]*)\{([^}]*)\}$/.exec(w);
        return m ? m[2].split(',').map((end) => m[1] + end) : [w];
      }),
  );

/** Roles whose holders are one person ("Заведующий", "Директор"). */
export const SINGULAR_ROLES = words(`
заведующ{ий,ая} директор заместитель руководитель начальник председатель координатор эксперт
педагог психолог воспитатель учитель логопед дефектолог методист инструктор тренер преподаватель
медсестра врач фельдшер секретарь делопроизводитель специалист ответственн{ый,ая} библиотекарь
бухгалтер завхоз вожат{ый,ая} советник тьютор администратор куратор наставник помощник инспектор
глав{бух,а} член сотрудник работник представитель организатор завуч медик медработник повар
кладовщик лаборант хореограф концертмейстер аккомпаниатор делегат уполномоченный дежурный социолог
юрисконсульт программист инженер дворник сторож уборщица вахтер кастелянша техник электрик
`);

/** Plural role nouns: a set of people, read as a group ("инструкторы по спорту", "Воспитатели"). */
export const PLURAL_ROLES = words(`
заведующие заместители руководители педагоги психологи воспитатели учителя логопеды дефектологи
методисты инструктор{ы,а} тренер{ы,а} преподаватели медсестры врачи специалисты эксперты
координаторы члены работники сотрудники родители обучающиеся учащиеся ученики волонтеры вожатые
кураторы наставники помощники представители ответственные администраторы библиотекари главы
председатели организаторы классоводы тьюторы советники инспектор{ы,а} медики повара дежурные
директора дворники сторожа техперсонал персонал начальники секретари бухгалтеры инженеры техники
программисты лаборанты фельдшеры кладовщики хореографы концертмейстеры аккомпаниаторы делегаты
уполномоченные завучи медработники уборщицы вахтеры
`);

/** Adjectives that open a role or a body ("Старший воспитатель", "Рабочая группа", "дошкольные …"). */
export const OPENING_ADJECTIVES = words(`
старш{ий,ая,ие} главн{ый,ая,ые} ведущ{ий,ая,ие} социальн{ый,ая,ые} музыкальн{ый,ая,ые}
младш{ий,ая,ие} муниципальн{ый,ая,ые} региональн{ый,ая,ые} рабочая экспертная приемная
аттестационная педагогический методическ{ий,ое,ая} школьн{ый,ая} классн{ый,ая,ые}
родительск{ий,ая} дошкольн{ые,ая,ое} образовательн{ые,ая,ое} общеобразовательн{ые,ая}
медицинск{ая,ий} детск{ая,ий} городск{ой,ая} психолого-педагогическ{ий,ая}
психолого-медико-педагогическая профсоюзн{ый,ая,ое} ученическ{ий,ая} управляющий
попечительск{ий,ая} наблюдательн{ый,ая} первичная кл обслуживающ{ий,ая,ие} общее общий
`);

/** Heads of a group of the organisation's own people. */
export const GROUP_HEADS = words(`
групп{а,ы} комисси{я,и} совет{,ы} коллектив объединение команда штаб администрация бригада состав
консилиум профком актив семинар кафедра клуб отряд собрание оргкомитет
`);

/** Heads of an organisation or a department. */
export const ORG_HEADS = words(`
отдел{,ение,ения,ы} управлени{е,я} министерств{о,а} департамент{,ы} орган{,ы} организаци{я,и}
учреждени{е,я} поликлиник{а,и} больниц{а,ы} центр{,ы} институт университет колледж служб{а,ы}
инспекци{я,и} прокуратура полиция комитет{,ы} музе{й,и} библиотек{а,и} театр фонд{,ы} ассоциация
школ{а,ы} сад сады ведомств{а,о} администрации лицей гимназия редакция госавтоинспекция милиция
`);

/**
 * Marks of a body outside the organisation: a council or a commission of a town, a district or a
 * municipality ("городской Совет ветеранов", "комиссии муниципальных образований",
 * "межведомственная комиссия") is not the organisation's own group. Stems, to cover the genders and
 * cases ("районный", "районной", "района").
 */
export const OUTSIDE_STEMS =
  /^(город|район|област|краев|края|республик|муниципальн|межведомствен|окружн|округа|поселени|администрац|всероссийск|федеральн|государствен)/u;

/** Positions held in a body, which name it in the genitive ("Начальник Управления …", "член Совета"). */
export const HEAD_OF_BODY = words(`
начальник{,и} руководител{ь,и} директор{,а} заведующ{ий,ая} председатель заместитель глав{а,ы}
секретарь член{,ы} представител{ь,и} инспектор специалист сотрудник работник уполномоченный
`);

/** Plural role nouns that are also a genitive ("Заместитель\nдиректора"): no new entity after a line break. */
export const GENITIVE_LIKE = words('директора');

/**
 * Adjectives that make a body the organisation's own ("Школьная библиотека", "Родительский
 * комитет", "Профсоюзный комитет"): a group of its people, not a body outside.
 */
export const OWN_ADJECTIVES = words(`
школьн{ый,ая,ое,ые} родительск{ий,ая,ое} классн{ый,ая,ое} ученическ{ий,ая,ое} профсоюзн{ый,ая,ое}
педагогическ{ий,ая,ое} методическ{ий,ая,ое} управляющ{ий,ая} попечительск{ий,ая}
наблюдательн{ый,ая} первичн{ая,ый}
`);

/** Leading words that make the phrase a group of everyone named ("Все учителя МО", "Члены …"). */
export const GROUP_OPENERS = words('все вся весь члены состав коллектив');

/**
 * Role words (noun heads) whose holders are many: "Педагог ДОО" said of a staff with two
 * teachers means both. Any other singular role that matches two people is a question for the
 * coordinator ("Заведующий" with two kindergartens' heads listed).
 */
export const MANY_HOLDER_ROLES = words(`
педагог воспитатель учитель эксперт специалист инструктор тренер член преподаватель сотрудник
работник представитель помощник наставник вожатый волонтер
`);

/** Adjective-shaped words that are nouns in a role ("Заведующий", "Ответственный за …"). */
export const NOUN_ADJECTIVES = words(`
заведующ{ий,ая,ие} ответственн{ый,ая,ые} дежурны{й,е} управляющий вожат{ый,ая,ые} обучающиеся
учащиеся рабочи{й,е}
`);

/** Abbreviations of the organisation's own kind: "Специалисты ДОО" are our people, not a body outside. */
export const OWN_KIND = words('доо доу оо оу мо школы школа сада сад');

/** "Муниципальное бюджетное дошкольное образовательное учреждение" and the like, as abbreviations. */
export const INSTITUTION_ABBR =
  /^(?:М[БАК]?Д?ОУ|М[БАК]У|Г[БКА]?Д?ОУ|Г[БКА]У|Г[БКА]?ПОУ|ЦССВ|СОШ|ООШ|НОШ|ЦРР|ДШИ|ДЮСШ|СДЮШОР)$/u;

/** Legal forms written before an institution's name ("МУ Департамент ЖКХ", "ООО «Жилсервис»", "ГУК РО …"). */
export const LEGAL_FORM = /^(?:М[БАК]?У[КП]?|Г[БКА]?У[КП]?|ФГБ?У|ООО|ОАО|ЗАО|ПАО|АО|НКО|АНО)$/u;

/** Shortened role words as plans write them ("Зам.", "кл."), by the full word they stand for. */
const SHORT_FORMS: Record<string, string> = {
  зам: 'заместитель',
  зав: 'заведующий',
  кл: 'классный',
  рук: 'руководитель',
  ст: 'старший',
  пед: 'педагог',
  нач: 'начальник',
  гл: 'глава',
  пом: 'помощник',
  восп: 'воспитатель',
  обслуж: 'обслуживающий',
  раб: 'рабочий',
  замдиректора: 'заместитель',
};

const isBodyHead = (w: string) => ORG_HEADS.has(w) || GROUP_HEADS.has(w);
const isRoleWord = (w: string) => SINGULAR_ROLES.has(w) || PLURAL_ROLES.has(w);

/**
 * Orders address bodies and positions in the dative ("Управлению образования (Китов) обеспечить",
 * "Министерству финансов …", "Начальнику Управления …", "начальникам отделов …"): the nominative of
 * a body's head or a role noun in the dative, or null. Only an ending no nominative of the sets has
 * is turned back, and only to a word of the sets.
 */
function nominativeOfDative(w: string): string | null {
  const tries: [RegExp, string][] = [
    [/ству$/u, 'ство'], // министерству
    [/ию$/u, 'ие'], // управлению, учреждению
    [/ии$/u, 'ия'], // комиссии, милиции, инспекции
    [/е$/u, 'а'], // службе
    [/ему$/u, 'ий'], // заведующему
    [/ю$/u, 'ь'], // учителю
    [/у$/u, ''], // комитету, отделу, начальнику, директору
    [/ам$/u, 'и'], // начальникам, педагогам
    [/ям$/u, 'я'], // учителям
    [/ам$/u, 'а'], // директорам → директора
  ];
  for (const [re, to] of tries) {
    if (!re.test(w)) continue;
    const nom = w.replace(re, to);
    if (isBodyHead(nom) || isRoleWord(nom)) return nom;
  }
  return null;
}

/** "Управления", "отдела", "Министерства": a body's head in the genitive, as a role's object ("Начальник Управления …"). */
export function isBodyGenitive(word: string): boolean {
  const w = lowerYo(word);
  const tries: [RegExp, string][] = [
    [/ства$/u, 'ство'],
    [/ия$/u, 'ие'],
    [/ии$/u, 'ия'],
    [/ы$/u, 'а'],
    [/а$/u, ''],
  ];
  return tries.some(([re, to]) => re.test(w) && isBodyHead(w.replace(re, to)));
}

/** Lower case, ё → е, the part before a hyphen, a short form written out, a dative turned back: the form the sets above hold. */
export function lexForm(word: string): string {
  const w = lowerYo(word).split('-')[0].replace(/\.$/, '');
  const short = SHORT_FORMS[w];
  if (short) return short;
  if (isBodyHead(w) || isRoleWord(w) || w.length < 5) return w;
  return nominativeOfDative(w) ?? w;
}

/** Is this word (in any case) one of the role, body or opening words above? */
export function isLexiconWord(word: string): boolean {
  return isOpeningWord(word) || /^(по|при|для|и|в|на|с|со|от|до|за)$/i.test(word);
}

/** Can this word begin a responsible phrase? */
export function isOpeningWord(word: string): boolean {
  const w = lexForm(word);
  return (
    SINGULAR_ROLES.has(w) ||
    PLURAL_ROLES.has(w) ||
    OPENING_ADJECTIVES.has(w) ||
    GROUP_HEADS.has(w) ||
    ORG_HEADS.has(w) ||
    GROUP_OPENERS.has(w) ||
    NOUN_ADJECTIVES.has(w)
  );
}

/** Adjective endings (nominative), to find a phrase's head noun after them. */
export function looksAdjective(word: string): boolean {
  const w = lexForm(word);
  if (NOUN_ADJECTIVES.has(w) || ORG_HEADS.has(w) || GROUP_HEADS.has(w) || PLURAL_ROLES.has(w)) return false;
  return OPENING_ADJECTIVES.has(w) || /(ый|ий|ой|ая|яя|ое|ее|ые|ие)$/.test(w);
}
