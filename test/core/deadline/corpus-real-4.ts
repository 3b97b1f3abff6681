/**
 * Batch 4 of real deadline phrases (see corpus-real-1.ts), from 17 documents not used before:
 * a kindergarten's calendar graph with counts beside its dates, holiday and camp-shift tables,
 * water-safety plans, a library plan, one-day plans, application windows written as prose.
 * Labelled and frozen after the batch-3 fixes and before the parser was run on them: its
 * first-run score is the latest measure of how the reader generalises.
 */
import { type RealDoc, realDoc } from './corpus-kit';

const B = 4;

export const BATCH_4: RealDoc[] = [
  realDoc(
    B,
    'https://gul13.tvoysadik.ru/file/card?id=2263',
    'КАЛЕНДАРНЫЙ УЧЕБНЫЙ ПЛАН-ГРАФИК НА 2023-2024 УЧЕБНЫЙ ГОД',
    [
      ['leading phrase', 'Начало учебного года: с 01 сентября 2023года', '2023-09-01', null],
      ['leading phrase', 'Окончание учебного года: 31 мая 2024 года', '2024-05-31', '2024-05-31'],
      ['until', 'Далее ЛОК до 31.08.2024года', null, '2024-08-31'],
      ['range с…по', 'С 01 июня по 31 августа 2024 года', '2024-06-01', '2024-08-31'],
      ['mistyped', 'С 01.01.2024г. по 08.01.2023г.', '2024-01-01', '2024-01-08', 'none', { problem: 'typo' }],
      ['day range', '01.10.2023 - 15.10.2023', '2023-10-01', '2023-10-15'],
      ['day range', '15.05.2024г. по 30.05.2024г.', '2024-05-15', '2024-05-30'],
      ['leading phrase', '1 период: (сентябрь-декабрь 2023г)', '2023-09-01', '2023-12-31'],
      ['noise in parentheses', '18 недель/122 календарных дней (01.09-31.12.2023г)', '2023-09-01', '2023-12-31'],
      ['range с…по', 'с 04.11. по 06.11.2023.', '2023-11-04', '2023-11-06'],
      [
        'several dates',
        '13дней (01.01-08.01.2024г; 23.02.2024г; 08.03.2024г; 01.05.2024г; 09.05.24 10.05.2024г.)',
        '2024-01-01',
        '2024-05-10',
        'none',
        { discrete: true },
      ],
      ['noise in parentheses', '14 недель/ 92 календарных дня (01.06 - 31.08.2024 г)', '2024-06-01', '2024-08-31'],
      ['noise in parentheses', '1 день (12.06.2024 г)', '2024-06-12', '2024-06-12'],
    ],
  ),
  realDoc(
    B,
    'https://sh59-ryazan-r62.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/kanikuly',
    'График каникул на 2025 - 2026 учебный год',
    [
      [
        'date+weekday',
        'с 27 октября 2025 года (понедельник) по 02 ноября 2025 года (воскресенье)',
        '2025-10-27',
        '2025-11-02',
      ],
      ['date+weekday', 'с 26 декабря 2025 года (пятница) по 08 января 2026 года (четверг)', '2025-12-26', '2026-01-08'],
      [
        'date+weekday',
        'с 16 февраля 2026 года (понедельник) по 22 февраля 2026 года (воскресенье)',
        '2026-02-16',
        '2026-02-22',
      ],
      [
        'date+weekday',
        'с 21 марта 2026 года (суббота) по 29 марта 2026 года (воскресенье)',
        '2026-03-21',
        '2026-03-29',
      ],
    ],
  ),
  // The page begins with the table: no title, so no year but the cells' own.
  realDoc(B, 'https://ivan-gov.ru/doc/50379', '', [
    ['until', 'До 01.06.2013', null, '2013-06-01'],
    ['relative to event', 'До и в\nтечение\nкупального\nсезона', null, null, 'none', { problem: 'relative' }],
    ['relative to event', 'До\nнаступления\nкупального\nсезона', null, null, 'none', { problem: 'relative' }],
    ['relative to event', 'В течение\nкупального\nсезона', null, null, 'none', { problem: 'relative' }],
    ['relative to event', 'До начала\nкупального\nсезона и\nнавигации', null, null, 'none', { problem: 'relative' }],
  ]),
  realDoc(
    B,
    'https://kedyshko-college.by/abouts-us/2025-год-благоустройства-страны/план',
    'ПЛАН мероприятий по проведению в 2025 Года благоустройства страны в УО «Минский государственный колледж ремесленничества и дизайна имени Н.А.Кедышко»',
    [
      ['month', 'январь', '2025-01-01', '2025-01-31'],
      ['during period', 'В течение года', '2025-01-01', '2025-12-31', 'ongoing'],
    ],
  ),
  realDoc(
    B,
    'https://school6.gor.kubannet.ru/?p=2348',
    'План работы зам.директора по УВР Скибиной Н.А. по аттестации педагогических работников 2017 – 2018 учебный год',
    [
      ['month', 'август 2017 г.', '2017-08-01', '2017-08-31'],
      ['leading phrase', 'Педсовет\nавгуст 2017 г.', '2017-08-01', '2017-08-31'],
      ['as needed', 'обновление по мере поступления информации', null, null, 'as-needed'],
      ['as needed', 'По необходимости', null, null, 'as-needed'],
    ],
    ['Утверждаю:', 'Директор МОАУ СОШ № 6', '_________ Ю.Б.Крутая', '31.08.2017'],
  ),
  realDoc(
    B,
    'https://burki.schools.by/pages/plan-raboty-biblioteki-burkovskaj-srednej-shkoly-na-20222023-uchebnyj-god',
    'ПЛАН РАБОТЫ БИБЛИОТЕКИ БУРКОВСКАЙ СРЕДНЕЙ ШКОЛЫ НА 2024/2025 УЧЕБНЫЙ ГОД',
    [['mistyped', 'В течении года', '2024-09-01', '2025-08-31', 'ongoing']],
  ),
  realDoc(
    B,
    'http://solnishko-baik.ru/index.php/kompleksnaya-bezopasnost/169-mytd',
    'ПЛАН основных мероприятий ГКДОУ д/с № 25 «Солнышко» по противодействию терроризму и экстремизму г. Байконур 2020 год',
    [
      ['until', 'до 31 января', null, '2020-01-31'],
      ['until', 'до 31 января, по мере необходимости', null, '2020-01-31'],
    ],
  ),
  realDoc(
    B,
    'https://www.mkdou-6.turka-mag.ru/index.php/2013-09-04-19-29-21/125-plan-meropriyatij-po-obespecheniyu-antiterroristicheskoj-bezopasnosti',
    'ПЛАН мероприятий по обеспечению антитеррористической безопасности МКДОУ « Детский сад №6 комбинированного вида»',
    [
      ['month', 'Сентябрь 2014 г', '2014-09-01', '2014-09-30'],
      ['ongoing', 'Постоянно', null, null, 'ongoing'],
    ],
  ),
  realDoc(
    B,
    'https://ppavlovsk.uralschool.ru/file/card?id=1217',
    'РАБОЧАЯ ПРОГРАММА ВОСПИТАНИЯ Летнего лагеря с дневным пребыванием «Первые»',
    [
      [
        'leading phrase',
        '(возраст 7 - 17 лет, Срок реализации - 2 июня по 22 июня 2025 года\n(21 календарный день)',
        '2025-06-02',
        '2025-06-22',
      ],
    ],
  ),
  realDoc(
    B,
    'https://kopilkaurokov.ru/vneurochka/planirovanie/vsie-vmiestie-proghramma-dlo-dnievnogho-priebyvaniia-solnyshko',
    'ДЛО дневного пребывания «Солнышко» на базе МОБУ «Знаменская средняя общеобразовательная школа»',
    [['no year', 'С 1 по 26 июня, 1 смена', null, null, 'none', { problem: 'no-year' }]],
  ),
  realDoc(B, 'https://concord.by/en/6-oj-shkolnyj-den/shestoj-shkolnyj-den/', 'Sixth school day: plan of activities', [
    ['mistyped', '13. 11. 2021', '2021-11-13', '2021-11-13'],
    ['mistyped', '20. 11. 2021', '2021-11-20', '2021-11-20'],
    ['mistyped', '27. 11. 2021', '2021-11-27', '2021-11-27'],
  ]),
  realDoc(
    B,
    'https://school23.rooborisov.by/weekend/2021-10-30',
    'План проведения шестого школьного дня в ГУО «Средняя школа №23 г.Борисова» на 30 октября 2021 года',
    [
      ['time only', '10.00\n103 кабинет', '2021-10-30', '2021-10-30'],
      ['time only', '11.00\n320 кабинет', '2021-10-30', '2021-10-30'],
      ['time only', '12.00\nмолодежный центр', '2021-10-30', '2021-10-30'],
    ],
    [
      'УТВЕРЖДАЮ',
      'Директор Государственного учреждения образования «Средняя школа №23 г.Борисова»',
      '__________ Т.П. Загребельная',
      '«28» октября 2021 г',
    ],
  ),
  realDoc(
    B,
    'https://iserno.slutsk-vedy.gov.by/воспитательная-работа/декада-чернобыль-сохраняя-память',
    'ПЛАН мерапрыемстваў рэспубліканскай дэкады грамадска-патрыятычных справаў “Чарнобыль. Захоўваючы памяць…” (18.04.2024-27.04.2024)',
    [['day range', '18.04-27.04', '2024-04-18', '2024-04-27']],
    ['ЗАЦВЯРДЖАЮ', 'Дырэктар ДУА «Ісернская сярэдняя школа”', '____________В.М.Буян', '“____”__________2024г.'],
  ),
  realDoc(
    B,
    'https://base.garant.ru/33792694/53f89421bbdaf741eb2d1ecc4ddb4c33/',
    'План мероприятий по обеспечению безопасности людей на водных объектах, охране их жизни и здоровья на территории Грязинского муниципального района на 2013 год',
    [
      ['month', 'апрель 2013 года', '2013-04-01', '2013-04-30'],
      ['until', 'до 1 мая 2013 года', null, '2013-05-01'],
    ],
    ['Приложение N 1 к постановлению администрации района от 10 апреля 2013 г. N 716'],
  ),
  // Application windows written as prose on a school's news page (no title; the news date first).
  realDoc(
    B,
    'http://16school.ru/?section_id=284',
    '',
    [
      [
        'leading phrase',
        'в загородные оздоровительные лагеря: на летние каникулы – с 01.04.2024 по 20.04.2024',
        '2024-04-01',
        '2024-04-20',
      ],
      [
        'leading phrase',
        'в лагеря с дневным пребыванием детей: на весенние каникулы – с 26.02.2024 по 20.03.2024',
        '2024-02-26',
        '2024-03-20',
      ],
      ['leading phrase', 'на осенние каникулы – с 01.10.2024 по 14.10.2024', '2024-10-01', '2024-10-14'],
      [
        'meaning changer',
        'в санатории в учебное время (за исключением: детей- сирот и детей, оставшихся без попечения родителей, детей, находящихся в трудной жизненной ситуации) – с 15.09.2024 по 30.09.2024',
        '2024-09-15',
        '2024-09-30',
        'none',
        { problem: 'partly' },
      ],
    ],
    ['01.04.2024', 'Уважаемые родители!'],
  ),
  realDoc(
    B,
    'https://sh39-cherepovec-r19.gosweb.gosuslugi.ru/glavnoe/svedeniya-ob-organizatsii-otdyha-i-ozdorovleniya-detey/deyatelnost-otdyh',
    '',
    [
      [
        'date+weekday',
        'Дата проведения лагерной смены - 1 смена с 29.05.2025 по 30.06.2025 (понедельник - пятница)',
        '2025-05-29',
        '2025-06-30',
      ],
    ],
  ),
  realDoc(
    B,
    'https://www.perenka.ru/forum/lenta/novosti/492-v-smolenske-detyam-uchastnikov-svo-besplatno-predostavyat-putevki-dlya-ozdorovitelnogo-otdyha.html',
    'В Смоленске детям участников СВО бесплатно предоставят путевки для оздоровительного отдыха',
    [
      [
        'noise in parentheses',
        'I смена с 04.06.2023 по 10.06.2023 – «Наука побеждать» (профильная).',
        '2023-06-04',
        '2023-06-10',
      ],
      ['date+explanation', 'II смена с 13.06.2023 по 03.07.2023 – «Сделано в Смоленске».', '2023-06-13', '2023-07-03'],
    ],
  ),
];
