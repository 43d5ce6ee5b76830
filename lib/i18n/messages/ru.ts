/**
 * Russian interface strings. Plurals: one (1, 21), few (2–4, 22), many (5–20, 25),
 * other (fractions). Quotes «…».
 */
import type { Catalog } from '../message-keys';

export const ru: Catalog = {
  'app.name': 'Factline',
  'app.tagline': 'Контекст к спорным заявлениям',
  'popup.noStory': 'Нет доступных тем.',

  'story.status': 'Статус',
  'story.parties':
    '{count, plural, one {# сторона} few {# стороны} many {# сторон} other {# стороны}}',
  'story.events':
    '{count, plural, one {# событие в хронологии} few {# события в хронологии} many {# событий в хронологии} other {# события в хронологии}}',
  'story.summary': 'Кратко',

  'section.timeline': 'Хронология',
  'section.positions': 'Позиции сторон',
  'section.whyItMatters': 'Почему это важно',
  'section.watchNext': 'За чем следить',
  'section.sources': 'Источники',

  'attribution.by': '— {by}',
  'source.newTab': '(откроется в новой вкладке)',

  'card.label': 'Factline: контекст к теме «{title}»',
  'card.kicker': 'Контекст к этому заявлению',
  'card.expand': 'Показать хронологию и позиции',
  'card.collapse': 'Свернуть',
  'card.dismiss': 'Скрыть Factline на этой странице',
  'card.disableSite': 'Не показывать на этом сайте',
  'card.pill': 'Контекст к этому заявлению',
  'card.glance': 'Кто что говорит',
  'card.language': 'Язык карточки',
  'card.textInEnglish': 'Текст темы — на английском.',

  'passages.group': 'Фрагменты на этой странице',
  'passages.count':
    '{count, plural, =0 {Нет фрагментов для показа} one {# фрагмент на странице} few {# фрагмента на странице} many {# фрагментов на странице} other {# фрагмента на странице}}',
  'passages.position': 'Фрагмент {current} из {total}',
  'passages.previous': 'Предыдущий фрагмент',
  'passages.next': 'Следующий фрагмент',

  'relevance.mentions': 'На этой странице упоминается',
  'relevance.notMentioned': 'Не упоминается на этой странице',
  'relevance.newSince': 'Новое после этой статьи',
  'relevance.passages':
    '{count, plural, one {# фрагмент} few {# фрагмента} many {# фрагментов} other {# фрагмента}}',
  'relevance.show': 'Показать',
  'relevance.showLabel': 'Показать на странице: {topic}',
  'relevance.noTopics':
    'Страница упоминает заявление, но ни одной из тем, которые отслеживает хронология.',
  'relevance.allMentioned': 'Страница затрагивает все темы, которые отслеживает хронология.',
  'relevance.published': 'Дата страницы: {date}.',
  'relevance.mentionedMark': 'На этой странице',
  'relevance.newMark': 'Новое после этой статьи',

  'popup.onThisPage': 'На этой странице',
  'popup.primary': 'Страница посвящена этому заявлению.',
  'popup.passing': 'Страница упоминает заявление вскользь.',
  'popup.passagesFound':
    '{count, plural, one {Найден # фрагмент} few {Найдено # фрагмента} many {Найдено # фрагментов} other {Найдено # фрагмента}}',
  'popup.passageLabel': 'Перейти к фрагменту {n}',
  'popup.showAllPassages': 'Показать все ({count})',
  'popup.card': 'Карточка на странице',
  'popup.cardShown': 'Показана',
  'popup.cardHidden': 'Скрыта',
  'popup.notChecked':
    'Factline не нашёл здесь ничего на эту тему или ещё не проверял эту страницу.',
  'popup.nothingFound': 'На этой странице ничего на эту тему не найдено.',
  'popup.check': 'Проверить страницу',
  'popup.checking': 'Проверка…',
  'popup.siteOff': 'Factline отключён на {site}.',
  'popup.turnOn': 'Включить на {site}',
  'popup.notHttp': 'Factline не работает на страницах такого типа.',
  'popup.error': 'Не получилось. Перезагрузите страницу и попробуйте ещё раз.',
  'popup.loading': 'Анализируем страницу…',
  'options.title': 'Настройки Factline',
  'options.intro':
    'Выберите, где работает Factline и что он показывает. Изменения сохраняются сразу.',
  'settings.heading': 'Настройки',
  'settings.allSettings': 'Все настройки',
  'settings.saveError': 'Изменение не сохранено. Попробуйте ещё раз.',
  'settings.appliesNext':
    'Действует для страниц, которые вы откроете или перезагрузите после этого.',
  'settings.runMode.legend': 'Где работает Factline',
  'settings.runMode.auto': 'Автоматически на всех сайтах',
  'settings.runMode.autoHint':
    'Factline ищет эту тему на каждой открытой странице. Страницы без неё он не трогает.',
  'settings.runMode.autoShort': 'Все сайты',
  'settings.runMode.listed': 'Только на сайтах из моего списка',
  'settings.runMode.listedHint': 'Factline просматривает только страницы сайтов из вашего списка.',
  'settings.runMode.listedShort': 'Мои сайты',
  'settings.runMode.manual': 'Только когда я нажму «Проверить страницу»',
  'settings.runMode.manualHint':
    'Ничего не запускается, пока вы не попросите, — кнопкой Factline на панели инструментов браузера.',
  'settings.runMode.manualShort': 'По запросу',
  'settings.allowed.label': 'Сайты, где работает Factline',
  'settings.allowed.empty':
    'Сайтов пока нет. Пока вы не добавите сайт, Factline работает только по нажатию «Проверить страницу».',
  'settings.disabled.legend': 'Сайты, где Factline отключён',
  'settings.disabled.hint':
    'На этих сайтах и их поддоменах Factline молчит. «Проверить страницу» там всё равно работает.',
  'settings.disabled.empty':
    'Нет. Выберите «Не показывать на этом сайте» на карточке или добавьте сайт здесь.',
  'settings.sites.addLabel': 'Добавить сайт',
  'settings.sites.addHint': 'Веб-адрес или имя сайта, например example.com; поддомены учитываются.',
  'settings.sites.add': 'Добавить',
  'settings.sites.added': 'Сайт {site} добавлен.',
  'settings.sites.remove': 'Удалить',
  'settings.sites.removeLabel': 'Удалить {site}',
  'settings.sites.removed': 'Сайт {site} удалён.',
  'settings.sites.undo': 'Отменить',
  'settings.sites.undoLabel': 'Отменить удаление {site}',
  'settings.sites.count':
    '{count, plural, =0 {Нет сайтов} one {# сайт} few {# сайта} many {# сайтов} other {# сайта}}',
  'settings.sites.errorEmpty': 'Сначала введите адрес сайта.',
  'settings.sites.errorInvalid':
    '«{input}» не похоже на адрес сайта. Попробуйте что-то вроде example.com.',
  'settings.sites.errorNotWeb':
    'Factline работает только на веб-страницах (адреса, начинающиеся с http или https).',
  'settings.sites.errorDuplicate': '{site} уже есть в списке.',
  'settings.sites.errorCovered': '{site} уже охвачен записью {parent}.',
  'settings.display.legend': 'Что показывать',
  'settings.display.hint': 'На страницах на эту тему.',
  'settings.display.card': 'Карточка',
  'settings.display.cardHint':
    'Карточка с контекстом рядом со статьёй; в узких окнах и при упоминаниях вскользь — небольшая кнопка.',
  'settings.display.pill': 'Только кнопка',
  'settings.display.pillHint': 'Небольшая кнопка у края страницы, открывающая карточку.',
  'settings.display.badge': 'Только метка',
  'settings.display.badgeHint':
    'Только метка на кнопке Factline на панели инструментов; откройте её, чтобы прочитать контекст.',
  'settings.highlights.legend': 'Выделение',
  'settings.highlights.label': 'Выделять фрагменты об этом заявлении',
  'settings.highlights.hint': 'Отмечает предложения, найденные Factline, не изменяя страницу.',
  'settings.highlights.on': 'Выделение включено',
  'settings.highlights.off': 'Выделение выключено',
  'settings.lang.legend': 'Язык интерфейса',
  'settings.lang.auto': 'Как в браузере ({lang})',
  'settings.lang.hint': 'Карточка использует язык статьи, если текст Factline есть на этом языке.',
  'settings.privacy.heading': 'Конфиденциальность',
  'settings.privacy.local':
    'Ничто не покидает ваш браузер. Factline читает открытые вами страницы на вашем устройстве, чтобы распознать тему; он никуда не отправляет ни текст страниц, ни адреса, ни настройки, и у него нет ни учётной записи, ни аналитики.',
  'settings.privacy.stored':
    'Он хранит только эти настройки (в хранилище расширений браузера) и то, что нашёл в каждой открытой вкладке, пока она не закрыта.',
  'settings.summary.listed':
    '{count, plural, =0 {Список сайтов пуст} one {# сайт в списке} few {# сайта в списке} many {# сайтов в списке} other {# сайта в списке}}',
  'popup.settings.thisSite': 'Factline на {site}',
  'popup.settings.listThisSite': 'Добавить {site} в мои сайты',
  'popup.settings.siteListed': '{site} есть в вашем списке.',

  'story.eventsThrough': 'События по {date}',
  'story.reviewed': 'проверено {date}',
  'section.keyEvents': 'Ключевые события',
  'section.otherVoices': 'Другие правительства',
  'kind.allegation': 'Обвинение',
  'kind.evidence-claim': 'Представленные доказательства',
  'kind.intelligence-assessment': 'Оценка разведки',
  'kind.denial': 'Опровержение',
  'kind.dismissal': 'Отвергнуто',
  'kind.doubt': 'Сомнение',
  'kind.statement': 'Заявление',
  'kind.reaction': 'Реакция',
  'kind.retaliation': 'Ответный удар',
  'kind.independent-check': 'Независимая проверка',
  'kind.diplomatic-step': 'Дипломатический шаг',
  'stance.affirms': 'Утверждает',
  'stance.denies': 'Отрицает',
  'stance.doubts': 'Сомневается',
  'stance.undecided': 'Не определился',
  'stance.none': 'Публичной позиции нет',
  'attribution.sources': 'Источники:',
  'source.dateFromContent': 'дата описанных событий; страница даты не показывает',
  'source.dateFromUrl': 'дата из адреса страницы',
  'source.via': 'передаёт {via}',
  'source.lang': 'язык: {lang}',
  'timeline.showAll':
    '{count, plural, one {Показать # запись} few {Показать все # записи} many {Показать все # записей} other {Показать все # записи}}',
  'timeline.showKey': 'Только ключевые события',
  'timeline.dateNote': 'О дате:',
  'positions.party': 'Сторона',
  'positions.history': 'Заявленная позиция во времени',
  'positions.step': '{date} — {stance}',
  'positions.showEntry': 'Показать запись хронологии за {date}',
  'positions.latest': 'Последнее',
  'positions.changes':
    '{count, plural, =0 {без изменений} one {менялась # раз} few {менялась # раза} many {менялась # раз} other {менялась # раза}}',
  'positions.trail':
    '{party}: {count, plural, one {# заявление} few {# заявления} many {# заявлений} other {# заявления}} с {date}',
  'voices.showEntry': 'Показать в хронологии',
  'voices.showEntryFor': 'Показать в хронологии: {who}, {date}',
  'relevance.listedAbove': 'События по этой теме перечислены выше.',
  'relevance.nothingNew': 'В хронологии нет более поздних событий (события по {date}).',
  'relevance.more':
    '{count, plural, one {Ещё # — в хронологии ниже.} few {Ещё # — в хронологии ниже.} many {Ещё # — в хронологии ниже.} other {Ещё # — в хронологии ниже.}}',
};
