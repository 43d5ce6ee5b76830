/**
 * German interface strings: kept short, since German runs long in narrow panels.
 * Quotes „…“.
 */
import type { Catalog } from '../catalog';

export const de: Catalog = {
  'app.name': 'Factline',
  'app.tagline': 'Kontext zu umstrittenen Behauptungen',
  'popup.noStory': 'Kein Thema verfügbar.',

  'story.status': 'Status',
  'story.asOf': 'Stand: {date}',
  'story.parties': '{count, plural, one {# Partei} other {# Parteien}}',
  'story.events': '{count, plural, one {# datiertes Ereignis} other {# datierte Ereignisse}}',
  'story.summary': 'Zusammenfassung',

  'section.timeline': 'Chronologie',
  'section.positions': 'Positionen',
  'section.whyItMatters': 'Warum das wichtig ist',
  'section.watchNext': 'Worauf zu achten ist',
  'section.sources': 'Quellen',

  'evidence.allegation': 'Vorwurf',
  'evidence.evidence-claim': 'Angeführte Belege',
  'evidence.intelligence-assessment': 'Geheimdienst-Einschätzung',
  'evidence.denial': 'Dementi',
  'evidence.dismissal': 'Zurückweisung',
  'evidence.label': 'Art: {type}',

  'stance.affirms': 'Bejaht',
  'stance.denies': 'Bestreitet',
  'stance.disputes': 'Widerspricht',
  'stance.no-public-position': 'Keine öffentliche Position',

  'sourceKind.news-report': 'Pressebericht',
  'sourceKind.official-statement': 'Offizielle Erklärung',
  'sourceKind.official-video': 'Offizielles Video',
  'sourceKind.intelligence-assessment': 'Geheimdienst-Einschätzung',

  'attribution.by': '— {by}',
  'attribution.source': 'Quelle: {source}',
  'source.via': 'bekannt aus: {chain}',
  'source.newTab': '(öffnet in neuem Tab)',

  'positions.party': 'Partei',
  'positions.statement': 'Erklärte Position',

  'card.label': 'Factline: Kontext zu „{title}“',
  'card.kicker': 'Kontext zu dieser Behauptung',
  'card.expand': 'Chronologie und Positionen zeigen',
  'card.collapse': 'Weniger zeigen',
  'card.dismiss': 'Factline auf dieser Seite ausblenden',
  'card.disableSite': 'Auf dieser Website nicht zeigen',
  'card.pill': 'Kontext zu dieser Behauptung',
  'card.glance': 'Wer sagt was',
  'card.language': 'Sprache der Karte',
  'card.textInEnglish': 'Die Inhalte sind auf Englisch.',

  'passages.group': 'Textstellen auf dieser Seite',
  'passages.count':
    '{count, plural, =0 {Keine Textstelle verfügbar} one {# Textstelle auf der Seite} other {# Textstellen auf der Seite}}',
  'passages.position': 'Textstelle {current} von {total}',
  'passages.previous': 'Vorherige Textstelle',
  'passages.next': 'Nächste Textstelle',

  'relevance.mentions': 'Diese Seite erwähnt',
  'relevance.notMentioned': 'Auf dieser Seite nicht erwähnt',
  'relevance.newSince': 'Neu seit diesem Artikel',
  'relevance.passages': '{count, plural, one {# Textstelle} other {# Textstellen}}',
  'relevance.show': 'Zeigen',
  'relevance.showLabel': 'Auf der Seite zeigen: {topic}',
  'relevance.noTopics':
    'Die Seite nennt die Behauptung, aber keines der Themen, denen die Chronologie folgt.',
  'relevance.allMentioned': 'Die Seite berührt jedes Thema, dem die Chronologie folgt.',
  'relevance.published': 'Datum der Seite: {date}.',
  'relevance.nothingNew': 'Keine späteren Entwicklungen in der Chronologie (Stand: {date}).',
  'relevance.mentionedMark': 'Auf dieser Seite',
  'relevance.newMark': 'Neu seit diesem Artikel',

  'popup.onThisPage': 'Auf dieser Seite',
  'popup.primary': 'Diese Seite handelt von der Behauptung.',
  'popup.passing': 'Diese Seite erwähnt die Behauptung am Rande.',
  'popup.passagesFound':
    '{count, plural, one {# Textstelle gefunden} other {# Textstellen gefunden}}',
  'popup.passageLabel': 'Zu Textstelle {n}',
  'popup.showAllPassages': 'Alle {count} zeigen',
  'popup.card': 'Karte auf der Seite',
  'popup.cardShown': 'Sichtbar',
  'popup.cardHidden': 'Ausgeblendet',
  'popup.notChecked':
    'Factline hat hier nichts zu diesem Thema gefunden oder die Seite noch nicht geprüft.',
  'popup.nothingFound': 'Auf dieser Seite wurde nichts zu diesem Thema gefunden.',
  'popup.check': 'Seite prüfen',
  'popup.checking': 'Wird geprüft…',
  'popup.siteOff': 'Factline ist auf {site} deaktiviert.',
  'popup.turnOn': 'Auf {site} aktivieren',
  'popup.notHttp': 'Auf dieser Art von Seite läuft Factline nicht.',
  'popup.error': 'Das hat nicht geklappt. Seite neu laden und erneut versuchen.',
  'popup.loading': 'Seite wird geprüft…',
  'options.title': 'Factline-Einstellungen',
  'options.intro':
    'Legen Sie fest, wo Factline läuft und was es zeigt. Änderungen werden sofort gespeichert.',
  'settings.heading': 'Einstellungen',
  'settings.allSettings': 'Alle Einstellungen',
  'settings.saveError': 'Die Änderung wurde nicht gespeichert. Bitte erneut versuchen.',
  'settings.appliesNext': 'Gilt für Seiten, die Sie ab jetzt öffnen oder neu laden.',
  'settings.runMode.legend': 'Wo Factline läuft',
  'settings.runMode.auto': 'Automatisch auf allen Websites',
  'settings.runMode.autoHint':
    'Factline sucht das Thema auf jeder Seite, die Sie öffnen. Andere Seiten bleiben unberührt.',
  'settings.runMode.autoShort': 'Alle Websites',
  'settings.runMode.listed': 'Nur auf Websites meiner Liste',
  'settings.runMode.listedHint': 'Factline prüft nur Seiten der Websites in Ihrer Liste.',
  'settings.runMode.listedShort': 'Meine Websites',
  'settings.runMode.manual': 'Nur wenn ich auf „Seite prüfen“ klicke',
  'settings.runMode.manualHint':
    'Nichts läuft, bis Sie es über die Factline-Schaltfläche in der Symbolleiste anfordern.',
  'settings.runMode.manualShort': 'Auf Anfrage',
  'settings.allowed.label': 'Websites, auf denen Factline läuft',
  'settings.allowed.empty':
    'Noch keine Websites. Bis Sie eine hinzufügen, läuft Factline nur, wenn Sie auf „Seite prüfen“ klicken.',
  'settings.disabled.legend': 'Websites, auf denen Factline aus ist',
  'settings.disabled.hint':
    'Auf diesen Websites und ihren Subdomains bleibt Factline still. „Seite prüfen“ funktioniert dort weiterhin.',
  'settings.disabled.empty':
    'Keine. Wählen Sie auf der Karte „Auf dieser Website nicht zeigen“ oder fügen Sie hier eine hinzu.',
  'settings.sites.addLabel': 'Website hinzufügen',
  'settings.sites.addHint':
    'Eine Webadresse oder ein Name wie example.com; Subdomains sind eingeschlossen.',
  'settings.sites.add': 'Hinzufügen',
  'settings.sites.added': '{site} hinzugefügt.',
  'settings.sites.remove': 'Entfernen',
  'settings.sites.removeLabel': '{site} entfernen',
  'settings.sites.removed': '{site} entfernt.',
  'settings.sites.undo': 'Rückgängig',
  'settings.sites.undoLabel': 'Entfernen von {site} rückgängig machen',
  'settings.sites.count': '{count, plural, =0 {Keine Websites} one {# Website} other {# Websites}}',
  'settings.sites.errorEmpty': 'Bitte zuerst eine Adresse eingeben.',
  'settings.sites.errorInvalid':
    '„{input}“ sieht nicht wie eine Website-Adresse aus. Versuchen Sie etwa example.com.',
  'settings.sites.errorNotWeb': 'Factline läuft nur auf Webseiten (Adressen mit http oder https).',
  'settings.sites.errorDuplicate': '{site} ist bereits in der Liste.',
  'settings.sites.errorCovered': '{site} ist durch {parent} bereits abgedeckt.',
  'settings.display.legend': 'Was erscheint',
  'settings.display.hint': 'Auf Seiten zu diesem Thema.',
  'settings.display.card': 'Karte',
  'settings.display.cardHint':
    'Die Kontextkarte neben dem Artikel; in schmalen Fenstern und bei kurzen Erwähnungen eine kleine Schaltfläche.',
  'settings.display.pill': 'Nur Schaltfläche',
  'settings.display.pillHint': 'Eine kleine Schaltfläche am Seitenrand, die die Karte öffnet.',
  'settings.display.badge': 'Nur Markierung',
  'settings.display.badgeHint':
    'Nur eine Markierung an der Factline-Schaltfläche der Symbolleiste; öffnen Sie sie für den Kontext.',
  'settings.highlights.legend': 'Hervorhebungen',
  'settings.highlights.label': 'Textstellen zur Behauptung hervorheben',
  'settings.highlights.hint': 'Markiert die erkannten Sätze, ohne die Seite zu verändern.',
  'settings.highlights.on': 'Hervorhebungen an',
  'settings.highlights.off': 'Hervorhebungen aus',
  'settings.lang.legend': 'Sprache der Oberfläche',
  'settings.lang.auto': 'Wie im Browser ({lang})',
  'settings.lang.hint':
    'Die Karte nutzt die Sprache des Artikels, wenn der Factline-Text darin vorliegt.',
  'settings.privacy.heading': 'Datenschutz',
  'settings.privacy.local':
    'Nichts verlässt Ihren Browser. Factline liest die Seiten, die Sie öffnen, auf Ihrem Gerät, um das Thema zu erkennen; es sendet weder Seitentext noch Adressen oder Einstellungen irgendwohin und hat weder Konto noch Analyse.',
  'settings.privacy.stored':
    'Es speichert nur diese Einstellungen (im Erweiterungsspeicher des Browsers) und was es in jedem offenen Tab gefunden hat, bis der Tab geschlossen wird.',
  'settings.summary.listed':
    '{count, plural, =0 {Keine Website in der Liste} one {# Website in der Liste} other {# Websites in der Liste}}',
  'popup.settings.thisSite': 'Factline auf {site}',
  'popup.settings.listThisSite': '{site} zu meinen Websites hinzufügen',
  'popup.settings.siteListed': '{site} ist in Ihrer Liste.',
};
