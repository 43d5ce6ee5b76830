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
} as const;
