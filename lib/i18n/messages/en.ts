/**
 * English interface strings: the reference catalog. Every other language is a
 * `Catalog` (lib/i18n/message-keys.ts) with exactly these keys.
 *
 * Syntax (lib/i18n/icu-lite.ts): `{name}` inserts a value; `{count, plural, one {…}
 * other {…}}` picks a form by Intl.PluralRules (`=0 {…}` for exact values), `#`
 * inside a form is the formatted count. Languages with more forms (uk, ru: one,
 * few, many, other) list them all.
 */
export const en = {
  'app.name': 'Factline',
  'app.tagline': 'Context beside contested claims',
  'popup.noStory': 'No story is available.',

  'story.status': 'Status',
  'story.parties': '{count, plural, one {# party} other {# parties}}',
  'story.events': '{count, plural, one {# dated event} other {# dated events}}',
  'story.summary': 'Summary',

  'section.timeline': 'Timeline',
  'section.positions': 'Positions',
  'section.whyItMatters': 'Why it matters',
  'section.watchNext': 'What to watch',
  'section.sources': 'Sources',

  'attribution.by': '— {by}',
  'source.newTab': '(opens in a new tab)',

  'card.label': 'Factline: context on {title}',
  'card.kicker': 'Context on this claim',
  'card.expand': 'Show the timeline and positions',
  'card.collapse': 'Show less',
  'card.dismiss': 'Hide Factline on this page',
  'card.disableSite': 'Don’t show on this site',
  'card.pill': 'Context on this claim',
  'card.glance': 'Who says what',
  'card.language': 'Card language',
  'card.textInEnglish': 'The story text is in English.',

  'passages.group': 'Passages on this page',
  'passages.count':
    '{count, plural, =0 {No passage to show} one {# passage on this page} other {# passages on this page}}',
  'passages.position': 'Passage {current} of {total}',
  'passages.previous': 'Previous passage',
  'passages.next': 'Next passage',

  'relevance.mentions': 'This page mentions',
  'relevance.notMentioned': 'Not mentioned on this page',
  'relevance.newSince': 'New since this article',
  'relevance.passages': '{count, plural, one {# passage} other {# passages}}',
  'relevance.show': 'Show',
  'relevance.showLabel': 'Show on the page: {topic}',
  'relevance.noTopics': 'The page names the claim but none of the topics the timeline follows.',
  'relevance.allMentioned': 'This page touches every topic the timeline follows.',
  'relevance.published': 'This page is dated {date}.',
  'relevance.mentionedMark': 'On this page',
  'relevance.newMark': 'New since this article',

  'popup.onThisPage': 'On this page',
  'popup.primary': 'This page is about the claim.',
  'popup.passing': 'This page mentions the claim in passing.',
  'popup.passagesFound': '{count, plural, one {# passage found} other {# passages found}}',
  'popup.passageLabel': 'Go to passage {n}',
  'popup.showAllPassages': 'Show all {count}',
  'popup.card': 'Card on the page',
  'popup.cardShown': 'Shown',
  'popup.cardHidden': 'Hidden',
  'popup.notChecked': 'Factline found nothing about this story here, or has not checked this page.',
  'popup.nothingFound': 'Nothing about this story was found on this page.',
  'popup.check': 'Check this page',
  'popup.checking': 'Checking…',
  'popup.siteOff': 'Factline is off on {site}.',
  'popup.turnOn': 'Turn on for {site}',
  'popup.notHttp': 'Factline doesn’t run on this kind of page.',
  'popup.error': 'That didn’t work. Reload the page and try again.',
  'popup.loading': 'Looking at this page…',
  'options.title': 'Factline settings',
  'options.intro':
    'Choose where Factline runs and what it shows. Changes are saved as you make them.',

  'settings.heading': 'Settings',
  'settings.allSettings': 'All settings',
  'settings.saveError': 'That change wasn’t saved. Try again.',
  'settings.appliesNext': 'Applies to pages you open or reload from now on.',

  'settings.runMode.legend': 'Where Factline runs',
  'settings.runMode.auto': 'Automatically on every site',
  'settings.runMode.autoHint':
    'Factline looks for the story on each page you open. Pages without it are left alone.',
  'settings.runMode.autoShort': 'Every site',
  'settings.runMode.listed': 'Only on sites I list',
  'settings.runMode.listedHint': 'Factline looks only at pages on the sites in your list.',
  'settings.runMode.listedShort': 'Sites I list',
  'settings.runMode.manual': 'Only when I click “Check this page”',
  'settings.runMode.manualHint':
    'Nothing runs until you ask, from the Factline button in the browser’s toolbar.',
  'settings.runMode.manualShort': 'When I ask',

  'settings.allowed.label': 'Sites Factline runs on',
  'settings.allowed.empty':
    'No sites yet. Until you add one, Factline runs only when you click “Check this page”.',

  'settings.disabled.legend': 'Sites where Factline is off',
  'settings.disabled.hint':
    'Factline stays quiet on these sites and their subdomains. “Check this page” still works there.',
  'settings.disabled.empty':
    'None. Choose “Don’t show on this site” on the card, or add a site here.',

  'settings.sites.addLabel': 'Add a site',
  'settings.sites.addHint':
    'A web address or a site name such as example.com; subdomains are included.',
  'settings.sites.add': 'Add',
  'settings.sites.added': 'Added {site}.',
  'settings.sites.remove': 'Remove',
  'settings.sites.removeLabel': 'Remove {site}',
  'settings.sites.removed': 'Removed {site}.',
  'settings.sites.undo': 'Undo',
  'settings.sites.undoLabel': 'Undo removing {site}',
  'settings.sites.count': '{count, plural, =0 {No sites} one {# site} other {# sites}}',
  'settings.sites.errorEmpty': 'Type a site’s address first.',
  'settings.sites.errorInvalid':
    '“{input}” doesn’t look like a site address. Try something like example.com.',
  'settings.sites.errorNotWeb':
    'Factline runs only on web pages (addresses starting http or https).',
  'settings.sites.errorDuplicate': '{site} is already in the list.',
  'settings.sites.errorCovered': '{site} is already covered by {parent}.',

  'settings.display.legend': 'What appears',
  'settings.display.hint': 'On pages about the story.',
  'settings.display.card': 'Card',
  'settings.display.cardHint':
    'The context card beside the article; a small pill on narrow windows and brief mentions.',
  'settings.display.pill': 'Pill only',
  'settings.display.pillHint': 'A small button at the edge of the page that opens the card.',
  'settings.display.badge': 'Badge only',
  'settings.display.badgeHint':
    'Only a mark on the Factline toolbar button; open it to read the context.',

  'settings.highlights.legend': 'Highlights',
  'settings.highlights.label': 'Highlight the passages about the claim',
  'settings.highlights.hint': 'Marks the sentences Factline matched, without changing the page.',
  'settings.highlights.on': 'Highlights on',
  'settings.highlights.off': 'Highlights off',

  'settings.lang.legend': 'Interface language',
  'settings.lang.auto': 'Follow the browser ({lang})',
  'settings.lang.hint': 'The card uses the article’s language when Factline’s story text has it.',

  'settings.privacy.heading': 'Privacy',
  'settings.privacy.local':
    'Nothing leaves your browser. Factline reads the pages you open on your own device to recognise the story; it sends no page text, addresses or settings anywhere, and has no account and no analytics.',
  'settings.privacy.stored':
    'It stores only these settings, in the browser’s extension storage, and what it found in each open tab until the tab closes.',

  'settings.summary.listed':
    '{count, plural, =0 {No sites listed} one {# listed site} other {# listed sites}}',

  'popup.settings.thisSite': 'Factline on {site}',
  'popup.settings.listThisSite': 'Add {site} to my sites',
  'popup.settings.siteListed': '{site} is on your list.',

  'story.eventsThrough': 'Events through {date}',
  'story.reviewed': 'reviewed {date}',
  'section.keyEvents': 'Key developments',
  'section.otherVoices': 'Other governments',
  'kind.allegation': 'Allegation',
  'kind.evidence-claim': 'Evidence presented',
  'kind.intelligence-assessment': 'Intelligence assessment',
  'kind.denial': 'Denial',
  'kind.dismissal': 'Dismissal',
  'kind.doubt': 'Doubt',
  'kind.statement': 'Statement',
  'kind.reaction': 'Reaction',
  'kind.retaliation': 'Retaliation',
  'kind.independent-check': 'Independent check',
  'kind.diplomatic-step': 'Diplomatic step',
  'stance.affirms': 'Affirms',
  'stance.denies': 'Denies',
  'stance.doubts': 'Doubts',
  'stance.undecided': 'Undecided',
  'stance.none': 'No public position',
  'attribution.sources': 'Sources:',
  'source.dateFromContent': 'date of the events it reports; the page shows none',
  'source.dateFromUrl': 'date from its address',
  'source.via': 'carrying {via}',
  'source.lang': 'in {lang}',
  'timeline.showAll': 'Show all {count} entries',
  'timeline.showKey': 'Show key developments only',
  'timeline.dateNote': 'On the date:',
  'positions.party': 'Party',
  'positions.history': 'Stated position over time',
  'positions.step': '{stance} on {date}',
  'positions.showEntry': 'Show the timeline entry for {date}',
  'positions.latest': 'Latest',
  'positions.changes': '{count, plural, =0 {unchanged} one {changed once} other {changed # times}}',
  'positions.trail':
    '{party}: {count, plural, one {# statement} other {# statements}} since {date}',
  'voices.showEntry': 'Show in the timeline',
  'voices.showEntryFor': 'Show in the timeline: {who}, {date}',
  'relevance.listedAbove': 'Its developments are listed above.',
  'relevance.nothingNew': 'No later developments in the timeline (events through {date}).',
  'relevance.more':
    '{count, plural, one {# more in the timeline below.} other {# more in the timeline below.}}',
} as const;
