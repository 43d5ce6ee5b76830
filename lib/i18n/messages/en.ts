/**
 * English interface strings: the reference catalog. Every other language is a
 * `Catalog` (lib/i18n/catalog.ts) with exactly these keys.
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
  'story.asOf': 'As of {date}',
  'story.parties': '{count, plural, one {# party} other {# parties}}',
  'story.events': '{count, plural, one {# dated event} other {# dated events}}',
  'story.summary': 'Summary',

  'section.timeline': 'Timeline',
  'section.positions': 'Positions',
  'section.whyItMatters': 'Why it matters',
  'section.watchNext': 'What to watch',
  'section.sources': 'Sources',

  'evidence.allegation': 'Allegation',
  'evidence.evidence-claim': 'Evidence claim',
  'evidence.intelligence-assessment': 'Intelligence assessment',
  'evidence.denial': 'Denial',
  'evidence.dismissal': 'Dismissal',
  'evidence.label': 'Type: {type}',

  'stance.affirms': 'Affirms',
  'stance.denies': 'Denies',
  'stance.disputes': 'Disputes',
  'stance.no-public-position': 'No public position',

  'sourceKind.news-report': 'News report',
  'sourceKind.official-statement': 'Official statement',
  'sourceKind.official-video': 'Official video',
  'sourceKind.intelligence-assessment': 'Intelligence assessment',

  'attribution.by': '— {by}',
  'attribution.source': 'source: {source}',
  'source.via': 'via {chain}',
  'source.newTab': '(opens in a new tab)',

  'positions.party': 'Party',
  'positions.statement': 'Stated position',

  'card.label': 'Factline: context on {title}',
  'card.kicker': 'Context on this claim',
  'card.expand': 'Show the timeline and positions',
  'card.collapse': 'Show less',
  'card.dismiss': 'Hide Factline on this page',
  'card.disableSite': 'Don’t show on this site',
  'card.pill': 'Context on this claim',
  'card.glance': 'Who says what',

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
  'relevance.nothingNew': 'No later developments in the timeline (as of {date}).',
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
} as const;
