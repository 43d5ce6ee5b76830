/**
 * Ukrainian interface strings. Plurals: one (1, 21), few (2–4, 22), many (5–20, 25),
 * other (fractions). Quotes «…».
 */
import type { Catalog } from '../catalog';

export const uk: Catalog = {
  'app.name': 'Factline',
  'app.tagline': 'Контекст до спірних заяв',
  'popup.noStory': 'Немає доступних тем.',

  'story.status': 'Статус',
  'story.asOf': 'Станом на {date}',
  'story.parties':
    '{count, plural, one {# сторона} few {# сторони} many {# сторін} other {# сторони}}',
  'story.events':
    '{count, plural, one {# подія в хронології} few {# події в хронології} many {# подій у хронології} other {# події в хронології}}',
  'story.summary': 'Коротко',

  'section.timeline': 'Хронологія',
  'section.positions': 'Позиції сторін',
  'section.whyItMatters': 'Чому це важливо',
  'section.watchNext': 'За чим стежити',
  'section.sources': 'Джерела',

  'evidence.allegation': 'Звинувачення',
  'evidence.evidence-claim': 'Заявлені докази',
  'evidence.intelligence-assessment': 'Оцінка розвідки',
  'evidence.denial': 'Заперечення',
  'evidence.dismissal': 'Неприйняття',
  'evidence.label': 'Тип: {type}',

  'stance.affirms': 'Стверджує',
  'stance.denies': 'Заперечує',
  'stance.disputes': 'Ставить під сумнів',
  'stance.no-public-position': 'Немає публічної позиції',

  'sourceKind.news-report': 'Публікація в ЗМІ',
  'sourceKind.official-statement': 'Офіційна заява',
  'sourceKind.official-video': 'Офіційне відео',
  'sourceKind.intelligence-assessment': 'Оцінка розвідки',

  'attribution.by': '— {by}',
  'attribution.source': 'джерело: {source}',
  'source.via': 'за даними: {chain}',
  'source.newTab': '(відкриється в новій вкладці)',

  'positions.party': 'Сторона',
  'positions.statement': 'Заявлена позиція',

  'card.label': 'Factline: контекст до теми «{title}»',
  'card.kicker': 'Контекст до цієї заяви',
  'card.expand': 'Показати хронологію і позиції',
  'card.collapse': 'Згорнути',
  'card.dismiss': 'Приховати Factline на цій сторінці',
  'card.disableSite': 'Не показувати на цьому сайті',
  'card.pill': 'Контекст до цієї заяви',
  'card.glance': 'Хто що каже',
  'card.language': 'Мова картки',
  'card.textInEnglish': 'Текст теми — англійською.',

  'passages.group': 'Фрагменти на цій сторінці',
  'passages.count':
    '{count, plural, =0 {Немає фрагментів для показу} one {# фрагмент на сторінці} few {# фрагменти на сторінці} many {# фрагментів на сторінці} other {# фрагмента на сторінці}}',
  'passages.position': 'Фрагмент {current} з {total}',
  'passages.previous': 'Попередній фрагмент',
  'passages.next': 'Наступний фрагмент',

  'relevance.mentions': 'На цій сторінці згадано',
  'relevance.notMentioned': 'Не згадано на цій сторінці',
  'relevance.newSince': 'Нове після цієї статті',
  'relevance.passages':
    '{count, plural, one {# фрагмент} few {# фрагменти} many {# фрагментів} other {# фрагмента}}',
  'relevance.show': 'Показати',
  'relevance.showLabel': 'Показати на сторінці: {topic}',
  'relevance.noTopics': 'Сторінка згадує заяву, але жодної з тем, які відстежує хронологія.',
  'relevance.allMentioned': 'Сторінка торкається всіх тем, які відстежує хронологія.',
  'relevance.published': 'Дата сторінки: {date}.',
  'relevance.nothingNew': 'Пізніших подій у хронології немає (станом на {date}).',
  'relevance.mentionedMark': 'На цій сторінці',
  'relevance.newMark': 'Нове після цієї статті',

  'popup.onThisPage': 'На цій сторінці',
  'popup.primary': 'Сторінка присвячена цій заяві.',
  'popup.passing': 'Сторінка згадує заяву мимохідь.',
  'popup.passagesFound':
    '{count, plural, one {Знайдено # фрагмент} few {Знайдено # фрагменти} many {Знайдено # фрагментів} other {Знайдено # фрагмента}}',
  'popup.passageLabel': 'Перейти до фрагмента {n}',
  'popup.showAllPassages': 'Показати всі ({count})',
  'popup.card': 'Картка на сторінці',
  'popup.cardShown': 'Показано',
  'popup.cardHidden': 'Приховано',
  'popup.notChecked': 'Factline нічого не знайшов тут на цю тему або ще не перевіряв цю сторінку.',
  'popup.nothingFound': 'На цій сторінці нічого на цю тему не знайдено.',
  'popup.check': 'Перевірити сторінку',
  'popup.checking': 'Перевірка…',
  'popup.siteOff': 'Factline вимкнено на {site}.',
  'popup.turnOn': 'Увімкнути на {site}',
  'popup.notHttp': 'Factline не працює на сторінках такого типу.',
  'popup.error': 'Не вдалося. Перезавантажте сторінку й спробуйте ще раз.',
  'popup.loading': 'Аналізуємо сторінку…',
  'options.title': 'Налаштування Factline',
  'options.intro': 'Виберіть, де працює Factline і що він показує. Зміни зберігаються одразу.',
  'settings.heading': 'Налаштування',
  'settings.allSettings': 'Усі налаштування',
  'settings.saveError': 'Зміну не збережено. Спробуйте ще раз.',
  'settings.appliesNext': 'Діє для сторінок, які ви відкриєте чи перезавантажите надалі.',
  'settings.runMode.legend': 'Де працює Factline',
  'settings.runMode.auto': 'Автоматично на всіх сайтах',
  'settings.runMode.autoHint':
    'Factline шукає цю тему на кожній сторінці, яку ви відкриваєте. Сторінки без неї він не чіпає.',
  'settings.runMode.autoShort': 'Усі сайти',
  'settings.runMode.listed': 'Лише на сайтах із мого списку',
  'settings.runMode.listedHint': 'Factline переглядає лише сторінки сайтів із вашого списку.',
  'settings.runMode.listedShort': 'Мої сайти',
  'settings.runMode.manual': 'Лише коли я натисну «Перевірити сторінку»',
  'settings.runMode.manualHint':
    'Нічого не запускається, доки ви не попросите, — кнопкою Factline на панелі інструментів браузера.',
  'settings.runMode.manualShort': 'На запит',
  'settings.allowed.label': 'Сайти, де працює Factline',
  'settings.allowed.empty':
    'Сайтів ще немає. Доки ви не додасте сайт, Factline працює лише після натискання «Перевірити сторінку».',
  'settings.disabled.legend': 'Сайти, де Factline вимкнено',
  'settings.disabled.hint':
    'На цих сайтах і їхніх піддоменах Factline мовчить. «Перевірити сторінку» там усе одно працює.',
  'settings.disabled.empty':
    'Немає. Виберіть «Не показувати на цьому сайті» на картці або додайте сайт тут.',
  'settings.sites.addLabel': 'Додати сайт',
  'settings.sites.addHint': 'Вебадреса або назва сайту, як-от example.com; піддомени враховуються.',
  'settings.sites.add': 'Додати',
  'settings.sites.added': 'Сайт {site} додано.',
  'settings.sites.remove': 'Вилучити',
  'settings.sites.removeLabel': 'Вилучити {site}',
  'settings.sites.removed': 'Сайт {site} вилучено.',
  'settings.sites.undo': 'Скасувати',
  'settings.sites.undoLabel': 'Скасувати вилучення {site}',
  'settings.sites.count':
    '{count, plural, =0 {Немає сайтів} one {# сайт} few {# сайти} many {# сайтів} other {# сайту}}',
  'settings.sites.errorEmpty': 'Спершу введіть адресу сайту.',
  'settings.sites.errorInvalid':
    '«{input}» не схоже на адресу сайту. Спробуйте щось на кшталт example.com.',
  'settings.sites.errorNotWeb':
    'Factline працює лише на вебсторінках (адреси, що починаються з http або https).',
  'settings.sites.errorDuplicate': '{site} уже є в списку.',
  'settings.sites.errorCovered': '{site} уже охоплено записом {parent}.',
  'settings.display.legend': 'Що показувати',
  'settings.display.hint': 'На сторінках про цю тему.',
  'settings.display.card': 'Картка',
  'settings.display.cardHint':
    'Картка з контекстом поруч зі статтею; у вузьких вікнах і при побіжних згадках — невелика кнопка.',
  'settings.display.pill': 'Лише кнопка',
  'settings.display.pillHint': 'Невелика кнопка біля краю сторінки, що відкриває картку.',
  'settings.display.badge': 'Лише позначка',
  'settings.display.badgeHint':
    'Лише позначка на кнопці Factline на панелі інструментів; відкрийте її, щоб прочитати контекст.',
  'settings.highlights.legend': 'Виділення',
  'settings.highlights.label': 'Виділяти фрагменти про цю заяву',
  'settings.highlights.hint': 'Позначає речення, які знайшов Factline, не змінюючи сторінку.',
  'settings.highlights.on': 'Виділення ввімкнено',
  'settings.highlights.off': 'Виділення вимкнено',
  'settings.lang.legend': 'Мова інтерфейсу',
  'settings.lang.auto': 'Як у браузері ({lang})',
  'settings.lang.hint': 'Картка використовує мову статті, якщо текст Factline є цією мовою.',
  'settings.privacy.heading': 'Приватність',
  'settings.privacy.local':
    'Ніщо не залишає ваш браузер. Factline читає відкриті вами сторінки на вашому пристрої, щоб розпізнати тему; він нікуди не надсилає ні тексту сторінок, ні адрес, ні налаштувань і не має ні облікового запису, ні аналітики.',
  'settings.privacy.stored':
    'Він зберігає лише ці налаштування (у сховищі розширень браузера) і те, що знайшов у кожній відкритій вкладці, доки її не закрито.',
  'settings.summary.listed':
    '{count, plural, =0 {Список сайтів порожній} one {# сайт у списку} few {# сайти в списку} many {# сайтів у списку} other {# сайту в списку}}',
  'popup.settings.thisSite': 'Factline на {site}',
  'popup.settings.listThisSite': 'Додати {site} до моїх сайтів',
  'popup.settings.siteListed': '{site} є у вашому списку.',
};
