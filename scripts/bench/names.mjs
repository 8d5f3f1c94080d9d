// Names for the synthetic corpus: the places, people and institutions the
// seed articles are about, written and inflected as each language writes them
// (Russian Токаев/Токаева/Токаеву, Polish Tokajew/Tokajewa, German
// Kasachstan/Kasachstans, Spanish Kazajistán), plus generated people in
// Cyrillic and Latin script, transliterated and inflected per language. Names
// are most of what readers search for, and the cross-language search has to
// match these different spellings, so the benchmark needs many of them.

/**
 * Fixed entities: per language, the nominative first, then other forms that
 * appear in running text. `weight` is how often a story is about them.
 */
export const ENTITIES = [
  {
    key: 'kazakhstan',
    weight: 10,
    forms: {
      en: ['Kazakhstan', "Kazakhstan's"],
      es: ['Kazajistán', 'Kazajstán'],
      de: ['Kasachstan', 'Kasachstans'],
      ru: ['Казахстан', 'Казахстана', 'Казахстану', 'Казахстаном', 'Казахстане'],
      pl: ['Kazachstan', 'Kazachstanu', 'Kazachstanem', 'Kazachstanie'],
    },
  },
  {
    key: 'tokayev',
    weight: 5,
    forms: {
      en: ['Kassym-Jomart Tokayev', 'Tokayev', "Tokayev's", 'President Tokayev'],
      es: ['Kasim-Yomart Tokáyev', 'Tokáyev', 'el presidente Tokáyev'],
      de: ['Kassym-Schomart Tokajew', 'Tokajew', 'Tokajews', 'Präsident Tokajew'],
      ru: ['Касым-Жомарт Токаев', 'Токаев', 'Токаева', 'Токаеву', 'Токаевым', 'Токаеве'],
      pl: ['Kasym-Żomart Tokajew', 'Tokajew', 'Tokajewa', 'Tokajewowi', 'Tokajewem'],
    },
  },
  {
    key: 'russia',
    weight: 8,
    forms: {
      en: ['Russia', "Russia's", 'the Russian Federation'],
      es: ['Rusia', 'la Federación de Rusia'],
      de: ['Russland', 'Russlands', 'die Russische Föderation'],
      ru: ['Россия', 'России', 'Россию', 'Россией'],
      pl: ['Rosja', 'Rosji', 'Rosję', 'Rosją'],
    },
  },
  {
    key: 'ukraine',
    weight: 6,
    forms: {
      en: ['Ukraine', "Ukraine's"],
      es: ['Ucrania'],
      de: ['die Ukraine', 'der Ukraine'],
      ru: ['Украина', 'Украины', 'Украине', 'Украину', 'Украиной'],
      pl: ['Ukraina', 'Ukrainy', 'Ukrainie', 'Ukrainę', 'Ukrainą'],
    },
  },
  {
    key: 'putin',
    weight: 4,
    forms: {
      en: ['Vladimir Putin', 'Putin', "Putin's"],
      es: ['Vladímir Putin', 'Putin'],
      de: ['Wladimir Putin', 'Putin', 'Putins'],
      ru: ['Владимир Путин', 'Путин', 'Путина', 'Путину', 'Путиным'],
      pl: ['Władimir Putin', 'Putin', 'Putina', 'Putinowi', 'Putinem'],
    },
  },
  {
    key: 'astana',
    weight: 5,
    forms: {
      en: ['Astana'],
      es: ['Astaná'],
      de: ['Astana', 'Astanas'],
      ru: ['Астана', 'Астаны', 'Астане', 'Астану'],
      pl: ['Astana', 'Astany', 'Astanie'],
    },
  },
  {
    key: 'moscow',
    weight: 5,
    forms: {
      en: ['Moscow'],
      es: ['Moscú'],
      de: ['Moskau', 'Moskaus'],
      ru: ['Москва', 'Москвы', 'Москве', 'Москву'],
      pl: ['Moskwa', 'Moskwy', 'Moskwie', 'Moskwę'],
    },
  },
  {
    key: 'kyiv',
    weight: 3,
    forms: {
      en: ['Kyiv'],
      es: ['Kiev'],
      de: ['Kiew', 'Kyjiw'],
      ru: ['Киев', 'Киева', 'Киеву', 'Киеве'],
      pl: ['Kijów', 'Kijowa', 'Kijowie'],
    },
  },
  {
    key: 'eu',
    weight: 4,
    forms: {
      en: ['the European Union', 'the EU'],
      es: ['la Unión Europea', 'la UE'],
      de: ['die Europäische Union', 'der EU'],
      ru: ['Евросоюз', 'Евросоюза', 'Европейский союз', 'ЕС'],
      pl: ['Unia Europejska', 'Unii Europejskiej', 'UE'],
    },
  },
  {
    key: 'nato',
    weight: 3,
    forms: { en: ['NATO'], es: ['la OTAN'], de: ['die NATO'], ru: ['НАТО'], pl: ['NATO'] },
  },
  {
    key: 'china',
    weight: 3,
    forms: {
      en: ['China', 'Beijing'],
      es: ['China', 'Pekín'],
      de: ['China', 'Peking', 'Chinas'],
      ru: ['Китай', 'Китая', 'Китаю', 'Пекин'],
      pl: ['Chiny', 'Chin', 'Chinom', 'Pekin'],
    },
  },
  {
    key: 'kyrgyzstan',
    weight: 2,
    forms: {
      en: ['Kyrgyzstan'],
      es: ['Kirguistán'],
      de: ['Kirgistan', 'Kirgisistan'],
      ru: ['Киргизия', 'Кыргызстан', 'Киргизии'],
      pl: ['Kirgistan', 'Kirgistanu'],
    },
  },
  {
    key: 'uzbekistan',
    weight: 2,
    forms: {
      en: ['Uzbekistan'],
      es: ['Uzbekistán'],
      de: ['Usbekistan', 'Usbekistans'],
      ru: ['Узбекистан', 'Узбекистана', 'Узбекистану'],
      pl: ['Uzbekistan', 'Uzbekistanu'],
    },
  },
  {
    key: 'almaty',
    weight: 2,
    forms: {
      en: ['Almaty'],
      es: ['Almatý', 'Almaty'],
      de: ['Almaty', 'Alma-Ata'],
      ru: ['Алматы', 'Алма-Ата'],
      pl: ['Ałmaty'],
    },
  },
];

const CYR_TO = {
  en: {
    а: 'a',
    б: 'b',
    в: 'v',
    г: 'g',
    д: 'd',
    е: 'e',
    ё: 'yo',
    ж: 'zh',
    з: 'z',
    и: 'i',
    й: 'y',
    к: 'k',
    л: 'l',
    м: 'm',
    н: 'n',
    о: 'o',
    п: 'p',
    р: 'r',
    с: 's',
    т: 't',
    у: 'u',
    ф: 'f',
    х: 'kh',
    ц: 'ts',
    ч: 'ch',
    ш: 'sh',
    щ: 'shch',
    ъ: '',
    ы: 'y',
    ь: '',
    э: 'e',
    ю: 'yu',
    я: 'ya',
    і: 'i',
    ә: 'a',
    ө: 'o',
    ү: 'u',
    ұ: 'u',
    қ: 'k',
    ғ: 'g',
    ң: 'n',
    һ: 'h',
  },
  de: {
    в: 'w',
    е: 'e',
    ж: 'sch',
    з: 's',
    й: 'j',
    х: 'ch',
    ц: 'z',
    ч: 'tsch',
    ш: 'sch',
    щ: 'schtsch',
    ю: 'ju',
    я: 'ja',
    ё: 'jo',
  },
  pl: {
    в: 'w',
    е: 'ie',
    ж: 'ż',
    й: 'j',
    х: 'ch',
    ц: 'c',
    ч: 'cz',
    ш: 'sz',
    щ: 'szcz',
    ю: 'ju',
    я: 'ja',
    ё: 'io',
    л: 'ł',
  },
  es: { ж: 'y', х: 'j', й: 'i', ш: 'sh', щ: 'sch', ц: 'ts', ю: 'yu', я: 'ya', ё: 'io' },
};

/** Transliterates a Cyrillic name into the Latin spelling a language's press uses (roughly). */
export function transliterate(name, lang) {
  const table = { ...CYR_TO.en, ...CYR_TO[lang] };
  let out = '';
  const chars = [...name];
  chars.forEach((ch, i) => {
    const lower = ch.toLowerCase();
    const prev = chars[i - 1]?.toLowerCase() ?? '';
    const next = chars[i + 1]?.toLowerCase() ?? '';
    let t = table[lower];
    if (t === undefined) t = ch;
    const initial = !prev || /[\s-]/.test(prev) || /[аеёиоуыэюя]/.test(prev);
    if (lower === 'е' && initial) t = lang === 'en' ? 'ye' : 'je';
    if (lang === 'pl' && lower === 'е' && /[жшцч]/.test(prev)) t = 'e';
    if (lang === 'pl' && lower === 'л' && /[еиьюяё]/.test(next)) t = 'l';
    if (lang === 'pl' && lower === 'и' && /[жшц]/.test(prev)) t = 'y';
    if (lang === 'de' && lower === 'с' && /[аеиоуыэюя]/.test(prev) && /[аеиоуыэюя]/.test(next))
      t = 'ss';
    out += ch !== lower && t ? t[0].toUpperCase() + t.slice(1) : t;
  });
  return out;
}

const LAT_TO_CYR = [
  ['sch', 'ш'],
  ['shch', 'щ'],
  ['szcz', 'щ'],
  ['tsch', 'ч'],
  ['sh', 'ш'],
  ['sz', 'ш'],
  ['ch', 'ч'],
  ['cz', 'ч'],
  ['ck', 'к'],
  ['th', 'т'],
  ['ph', 'ф'],
  ['ll', 'лл'],
  ['qu', 'кв'],
  ['ie', 'и'],
  ['ei', 'ай'],
  ['ou', 'у'],
  ['a', 'а'],
  ['á', 'а'],
  ['ą', 'он'],
  ['ä', 'э'],
  ['b', 'б'],
  ['c', 'к'],
  ['ć', 'ч'],
  ['d', 'д'],
  ['e', 'е'],
  ['é', 'е'],
  ['ę', 'ен'],
  ['f', 'ф'],
  ['g', 'г'],
  ['h', 'х'],
  ['i', 'и'],
  ['í', 'и'],
  ['j', 'й'],
  ['k', 'к'],
  ['l', 'л'],
  ['ł', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['ń', 'нь'],
  ['ñ', 'нь'],
  ['o', 'о'],
  ['ó', 'о'],
  ['ö', 'ё'],
  ['p', 'п'],
  ['r', 'р'],
  ['s', 'с'],
  ['ś', 'с'],
  ['ß', 'сс'],
  ['t', 'т'],
  ['u', 'у'],
  ['ú', 'у'],
  ['ü', 'ю'],
  ['v', 'в'],
  ['w', 'в'],
  ['x', 'кс'],
  ['y', 'и'],
  ['z', 'з'],
  ['ż', 'ж'],
  ['ź', 'з'],
];

/** Writes a Latin-script name in Cyrillic, roughly as Russian media would. */
export function cyrillize(name) {
  let out = '';
  let i = 0;
  while (i < name.length) {
    const rest = name.slice(i).toLowerCase();
    const hit = LAT_TO_CYR.find(([lat]) => rest.startsWith(lat));
    if (!hit) {
      out += name[i];
      i++;
      continue;
    }
    const upper = name[i] !== name[i].toLowerCase();
    out += upper ? hit[1][0].toUpperCase() + hit[1].slice(1) : hit[1];
    i += hit[0].length;
  }
  return out;
}

/** Russian case forms of a surname (nominative first). */
function russianForms(surname, female) {
  if (female && /[ая]$/.test(surname))
    return [surname, surname.slice(0, -1) + 'ой', surname.slice(0, -1) + 'у'];
  if (/(ий)$/.test(surname)) {
    const s = surname.slice(0, -2);
    return [surname, s + 'ого', s + 'ому', s + 'им'];
  }
  if (female || /[аеиоуыэюяь]$/.test(surname)) return [surname];
  const instr = /(ов|ев|ин|ын)$/.test(surname) ? 'ым' : 'ом';
  return [surname, surname + 'а', surname + 'у', surname + instr, surname + 'е'];
}

/** Polish case forms of a surname (nominative first). */
function polishForms(surname, female) {
  if (/ski$|cki$/.test(surname)) {
    const s = surname.slice(0, -1);
    return [surname, s + 'iego', s + 'iemu', s + 'im'];
  }
  if (/ska$|cka$/.test(surname))
    return [surname, surname.slice(0, -1) + 'iej', surname.slice(0, -1) + 'ą'];
  if (female && /a$/.test(surname))
    return [surname, surname.slice(0, -1) + 'ej', surname.slice(0, -1) + 'ą'];
  if (female || /[aeiouyąęó]$/.test(surname)) return [surname];
  return [surname, surname + 'a', surname + 'owi', surname + 'em'];
}

/** All forms of a person in each language: full name first, then surname forms. */
function personForms(first, surname, female, script) {
  const inLang = (lang) => {
    if (script === 'cyr')
      return lang === 'ru'
        ? [first, surname]
        : [transliterate(first, lang), transliterate(surname, lang)];
    return lang === 'ru' ? [cyrillize(first), cyrillize(surname)] : [first, surname];
  };
  const forms = {};
  for (const lang of ['en', 'es', 'de', 'ru', 'pl']) {
    const [f, s] = inLang(lang);
    const surnameForms =
      lang === 'ru'
        ? russianForms(s, female)
        : lang === 'pl'
          ? polishForms(s, female)
          : lang === 'de'
            ? [s, /[sßxz]$/.test(s) ? s : s + 's']
            : lang === 'en'
              ? [s, s + "'s"]
              : [s];
    forms[lang] = [`${f} ${s}`, ...surnameForms];
  }
  return forms;
}

const CYR_FIRST_M =
  'Сергей Алексей Дмитрий Кайрат Нурлан Ерлан Асхат Мухтар Тимур Бахыт Андрей Олег Игорь Максим Ержан Даурен Марат Руслан Арман Болат Виктор Павел Николай Юрий Константин Азамат Берик Серик Талгат Жандос'.split(
    ' ',
  );
const CYR_FIRST_F =
  'Анна Мария Елена Ольга Айгерим Динара Гульнара Асель Жанна Наталья Ирина Татьяна Светлана Сауле Алия Камила'.split(
    ' ',
  );
const CYR_STEM =
  'Ка Бе Ну Ер Ас Жу Ти Му Са Тле Ах Ис Кул Бай Сма Ор Ус Ай Ма Жан Иван Пет Сид Кузн Вол Мор Соб Леб Коз Нов Фед Гром Бел Кисел Зайц Орл Сул Тур Нур Абд Есен Шай'.split(
    ' ',
  );
const CYR_MID = [
  '',
  '',
  'ба',
  'ке',
  'ту',
  'ма',
  'ле',
  'ри',
  'ше',
  'на',
  'ди',
  'са',
  'хан',
  'бек',
  'жан',
  'гали',
];
const CYR_END = ['ов', 'ов', 'ев', 'ин', 'баев', 'беков', 'енко', 'ский'];

const LATIN = {
  de: {
    m: 'Lukas Jonas Stefan Thomas Matthias Frank Jürgen Andreas Wolfgang Markus Tobias Dieter'.split(
      ' ',
    ),
    f: 'Anna Katrin Sabine Julia Claudia Ulrike Heike Petra Monika Susanne Birgit Nina'.split(' '),
    stem: 'Stein Berg Hof Wald Kessel Brenn Schmidt Wagner Beck Hoff Lind Roth Sommer Winter Neu Krä Schwarz Brand Holz Fisch'.split(
      ' ',
    ),
    end: ['mann', 'er', 'meier', 'bauer', 'hardt', 'feld', 'ner', 'ke', 'inger', 'bach'],
  },
  pl: {
    m: 'Piotr Tomasz Paweł Krzysztof Michał Marcin Wojciech Jakub Andrzej Łukasz Grzegorz Adam'.split(
      ' ',
    ),
    f: 'Anna Katarzyna Agnieszka Magdalena Joanna Ewa Małgorzata Monika Beata Zofia Dorota Justyna'.split(
      ' ',
    ),
    stem: 'Kowal Nowa Wiśniew Wójc Kamiń Lewandow Zieliń Szymań Woźn Dąbrow Kozłow Jankow Mazur Krawc Grab Pawł Sob Czarn Wróbl Majew'.split(
      ' ',
    ),
    end: ['ski', 'ski', 'czyk', 'ewicz', 'ak', 'ek', 'owski'],
  },
  es: {
    m: 'José Javier Alejandro Miguel Pablo Sergio Diego Carlos Manuel Antonio Luis Raúl'.split(' '),
    f: 'María Carmen Lucía Pilar Elena Isabel Marta Laura Rosa Ana Cristina Teresa'.split(' '),
    stem: 'Gar Fern Gonz Rodr Lóp Mart Sánch Pér Góm Jimén Ruiz Moren Álvar Romer Navarr Torr Domíng Vázqu Ramír Serran Blanc Suár Molin'.split(
      ' ',
    ),
    end: ['ez', 'ía', 'ero', 'ado', 'ales', 'ino', 'án'],
  },
  en: {
    m: 'John Michael David James Robert Peter Mark Richard Paul Andrew George Simon'.split(' '),
    f: 'Sarah Emma Laura Helen Claire Alice Rachel Kate Susan Lucy Jane Mary'.split(' '),
    stem: 'Smith Brown Wil John Thom Rob Clark Walk Hall Wright Green Hugh Ed Mor Har Whit Cart Turn Park Coop Fletch Hamm'.split(
      ' ',
    ),
    end: ['son', 'ton', 'er', 'ley', 'wood', 'ford', 'field', 's', 'ham', 'ing'],
  },
};

/**
 * `count` generated people, half with Cyrillic names (Russian and Kazakh) and
 * half with Latin names from the four Latin-script languages, each with its
 * forms in every language. Some names repeat across people, as they do.
 */
export function generatePeople(count, random) {
  const people = [];
  for (let i = 0; i < count; i++) {
    const female = random.chance(0.4);
    if (random.chance(0.5)) {
      const first = random.pick(female ? CYR_FIRST_F : CYR_FIRST_M);
      let surname = random.pick(CYR_STEM) + random.pick(CYR_MID) + random.pick(CYR_END);
      if (female)
        surname = surname.endsWith('ский')
          ? surname.slice(0, -2) + 'ая'
          : /(ов|ев|ин)$/.test(surname)
            ? surname + 'а'
            : surname;
      people.push({ forms: personForms(first, surname, female, 'cyr') });
    } else {
      const origin = LATIN[random.pick(['de', 'pl', 'es', 'en'])];
      const first = random.pick(female ? origin.f : origin.m);
      let surname = random.pick(origin.stem) + random.pick(origin.end);
      if (female && surname.endsWith('ski')) surname = surname.slice(0, -1) + 'a';
      people.push({ forms: personForms(first, surname, female, 'lat') });
    }
  }
  return people;
}

/** Outlets per language, with the host their URLs live on. */
export const OUTLETS = {
  en: [
    ['The Steppe Herald', 'steppeherald.example'],
    ['Central Asia Monitor', 'camonitor.example'],
    ['Eurasia Weekly', 'eurasiaweekly.example'],
    ['The Caspian Post', 'caspianpost.example'],
    ['Global Affairs Review', 'gar.example'],
  ],
  es: [
    ['El Observador Global', 'observadorglobal.example'],
    ['Diario de Eurasia', 'diarioeurasia.example'],
    ['La Crónica Internacional', 'lacronica.example'],
    ['Mundo Hoy', 'mundohoy.example'],
  ],
  de: [
    ['Der Weltbeobachter', 'weltbeobachter.example'],
    ['Zentralasien Aktuell', 'za-aktuell.example'],
    ['Osteuropa Rundschau', 'oe-rundschau.example'],
    ['Wiener Tagespost', 'wienertagespost.example'],
  ],
  ru: [
    ['Степной вестник', 'stepvestnik.example'],
    ['Евразия сегодня', 'eurasia-today.example'],
    ['Цензор.НЕТ', 'censor.example'],
    ['Новости Казахстана', 'kz-news.example'],
  ],
  pl: [
    ['Gazeta Wschodnia', 'gazetawschodnia.example'],
    ['Przegląd Azjatycki', 'przeglad-azja.example'],
    ['Dziennik Świata', 'dziennikswiata.example'],
    ['Onet Wschód', 'wschod.example'],
  ],
};

/** Topic tags per language. */
export const TAGS = {
  en: [
    'politics',
    'economy',
    'sanctions',
    'energy',
    'security',
    'diplomacy',
    'trade',
    'elections',
    'society',
  ],
  es: [
    'política',
    'economía',
    'sanciones',
    'energía',
    'seguridad',
    'diplomacia',
    'comercio',
    'sociedad',
  ],
  de: [
    'Politik',
    'Wirtschaft',
    'Sanktionen',
    'Energie',
    'Sicherheit',
    'Diplomatie',
    'Handel',
    'Gesellschaft',
  ],
  ru: [
    'политика',
    'экономика',
    'санкции',
    'энергетика',
    'безопасность',
    'дипломатия',
    'торговля',
    'общество',
  ],
  pl: [
    'polityka',
    'gospodarka',
    'sankcje',
    'energetyka',
    'bezpieczeństwo',
    'dyplomacja',
    'handel',
    'społeczeństwo',
  ],
};
