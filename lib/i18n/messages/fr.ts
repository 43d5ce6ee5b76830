/**
 * French interface strings. Plurals: one (0, 1), many (millions: « 1 000 000 de … »),
 * other. Quotes « … » and a no-break space before « : » (\u00a0).
 */
import type { Catalog } from '../message-keys';

export const fr: Catalog = {
  'app.name': 'Factline',
  'app.tagline': 'Le contexte des affirmations contestées',
  'popup.noStory': 'Aucun sujet disponible.',

  'story.status': 'Statut',
  'story.parties': '{count, plural, one {# partie} many {# de parties} other {# parties}}',
  'story.events':
    '{count, plural, one {# événement daté} many {# d’événements datés} other {# événements datés}}',
  'story.summary': 'Résumé',

  'section.timeline': 'Chronologie',
  'section.positions': 'Positions',
  'section.whyItMatters': 'Pourquoi c’est important',
  'section.watchNext': 'À surveiller',
  'section.sources': 'Sources',

  'attribution.by': '— {by}',
  'source.newTab': '(s’ouvre dans un nouvel onglet)',

  'card.label': 'Factline\u00a0: contexte sur «\u00a0{title}\u00a0»',
  'card.kicker': 'Le contexte de cette affirmation',
  'card.expand': 'Voir la chronologie et les positions',
  'card.collapse': 'Réduire',
  'card.dismiss': 'Masquer Factline sur cette page',
  'card.disableSite': 'Ne pas afficher sur ce site',
  'card.pill': 'Le contexte de cette affirmation',
  'card.glance': 'Qui dit quoi',
  'card.language': 'Langue de la fiche',
  'card.textInEnglish': 'Le contenu est en anglais.',

  'passages.group': 'Passages de cette page',
  'passages.count':
    '{count, plural, =0 {Aucun passage à afficher} one {# passage sur cette page} many {# de passages sur cette page} other {# passages sur cette page}}',
  'passages.position': 'Passage {current} sur {total}',
  'passages.previous': 'Passage précédent',
  'passages.next': 'Passage suivant',

  'relevance.mentions': 'Cette page mentionne',
  'relevance.notMentioned': 'Absent de cette page',
  'relevance.newSince': 'Nouveau depuis cet article',
  'relevance.passages': '{count, plural, one {# passage} many {# de passages} other {# passages}}',
  'relevance.show': 'Voir',
  'relevance.showLabel': 'Voir sur la page\u00a0: {topic}',
  'relevance.noTopics':
    'La page cite l’affirmation, mais aucun des sujets que suit la chronologie.',
  'relevance.allMentioned': 'La page aborde tous les sujets que suit la chronologie.',
  'relevance.published': 'Page datée du {date}.',
  'relevance.mentionedMark': 'Sur cette page',
  'relevance.newMark': 'Nouveau depuis cet article',

  'popup.onThisPage': 'Sur cette page',
  'popup.primary': 'Cette page porte sur cette affirmation.',
  'popup.passing': 'Cette page mentionne l’affirmation en passant.',
  'popup.passagesFound':
    '{count, plural, one {# passage trouvé} many {# de passages trouvés} other {# passages trouvés}}',
  'popup.passageLabel': 'Aller au passage {n}',
  'popup.showAllPassages': 'Voir les {count}',
  'popup.card': 'Fiche sur la page',
  'popup.cardShown': 'Affichée',
  'popup.cardHidden': 'Masquée',
  'popup.notChecked':
    'Factline n’a rien trouvé ici sur ce sujet, ou n’a pas encore vérifié cette page.',
  'popup.nothingFound': 'Rien sur ce sujet n’a été trouvé sur cette page.',
  'popup.check': 'Vérifier cette page',
  'popup.checking': 'Vérification…',
  'popup.siteOff': 'Factline est désactivé sur {site}.',
  'popup.turnOn': 'Activer sur {site}',
  'popup.notHttp': 'Factline ne fonctionne pas sur ce type de page.',
  'popup.error': 'Cela n’a pas fonctionné. Rechargez la page et réessayez.',
  'popup.loading': 'Analyse de la page…',
  'options.title': 'Paramètres de Factline',
  'options.intro':
    'Choisissez où Factline est actif et ce qu’il affiche. Les modifications sont enregistrées aussitôt.',
  'settings.heading': 'Paramètres',
  'settings.allSettings': 'Tous les paramètres',
  'settings.saveError': 'La modification n’a pas été enregistrée. Réessayez.',
  'settings.appliesNext': 'S’applique aux pages que vous ouvrirez ou rechargerez désormais.',
  'settings.runMode.legend': 'Où Factline est actif',
  'settings.runMode.auto': 'Automatiquement sur tous les sites',
  'settings.runMode.autoHint':
    'Factline cherche le sujet sur chaque page que vous ouvrez. Les autres pages restent intactes.',
  'settings.runMode.autoShort': 'Tous les sites',
  'settings.runMode.listed': 'Seulement sur les sites de ma liste',
  'settings.runMode.listedHint': 'Factline n’examine que les pages des sites de votre liste.',
  'settings.runMode.listedShort': 'Mes sites',
  'settings.runMode.manual': 'Seulement quand je clique sur «\u00a0Vérifier cette page\u00a0»',
  'settings.runMode.manualHint':
    'Rien ne s’exécute tant que vous ne le demandez pas, via le bouton Factline de la barre d’outils.',
  'settings.runMode.manualShort': 'Sur demande',
  'settings.allowed.label': 'Sites où Factline est actif',
  'settings.allowed.empty':
    'Aucun site pour l’instant. Tant que vous n’en ajoutez pas, Factline n’est actif que si vous cliquez sur «\u00a0Vérifier cette page\u00a0».',
  'settings.disabled.legend': 'Sites où Factline est désactivé',
  'settings.disabled.hint':
    'Factline reste discret sur ces sites et leurs sous-domaines. «\u00a0Vérifier cette page\u00a0» y fonctionne toujours.',
  'settings.disabled.empty':
    'Aucun. Choisissez «\u00a0Ne pas afficher sur ce site\u00a0» sur la fiche, ou ajoutez un site ici.',
  'settings.sites.addLabel': 'Ajouter un site',
  'settings.sites.addHint':
    'Une adresse web ou un nom de site comme example.com\u00a0; les sous-domaines sont inclus.',
  'settings.sites.add': 'Ajouter',
  'settings.sites.added': '{site} ajouté.',
  'settings.sites.remove': 'Retirer',
  'settings.sites.removeLabel': 'Retirer {site}',
  'settings.sites.removed': '{site} retiré.',
  'settings.sites.undo': 'Annuler',
  'settings.sites.undoLabel': 'Annuler le retrait de {site}',
  'settings.sites.count':
    '{count, plural, =0 {Aucun site} one {# site} many {# de sites} other {# sites}}',
  'settings.sites.errorEmpty': 'Saisissez d’abord l’adresse d’un site.',
  'settings.sites.errorInvalid':
    '«\u00a0{input}\u00a0» ne ressemble pas à une adresse de site. Essayez par exemple example.com.',
  'settings.sites.errorNotWeb':
    'Factline ne fonctionne que sur les pages web (adresses en http ou https).',
  'settings.sites.errorDuplicate': '{site} figure déjà dans la liste.',
  'settings.sites.errorCovered': '{site} est déjà couvert par {parent}.',
  'settings.display.legend': 'Ce qui s’affiche',
  'settings.display.hint': 'Sur les pages qui traitent du sujet.',
  'settings.display.card': 'Fiche',
  'settings.display.cardHint':
    'La fiche de contexte à côté de l’article\u00a0; un petit bouton dans les fenêtres étroites et pour les simples mentions.',
  'settings.display.pill': 'Bouton seul',
  'settings.display.pillHint': 'Un petit bouton en bord de page qui ouvre la fiche.',
  'settings.display.badge': 'Badge seul',
  'settings.display.badgeHint':
    'Seulement une marque sur le bouton Factline de la barre d’outils\u00a0; ouvrez-le pour lire le contexte.',
  'settings.highlights.legend': 'Surlignage',
  'settings.highlights.label': 'Surligner les passages sur l’affirmation',
  'settings.highlights.hint': 'Marque les phrases repérées par Factline, sans modifier la page.',
  'settings.highlights.on': 'Surlignage activé',
  'settings.highlights.off': 'Surlignage désactivé',
  'settings.lang.legend': 'Langue de l’interface',
  'settings.lang.auto': 'Comme le navigateur ({lang})',
  'settings.lang.hint':
    'La fiche prend la langue de l’article quand le texte de Factline existe dans cette langue.',
  'settings.privacy.heading': 'Confidentialité',
  'settings.privacy.local':
    'Rien ne quitte votre navigateur. Factline lit les pages que vous ouvrez sur votre appareil pour reconnaître le sujet\u00a0; il n’envoie nulle part ni texte, ni adresse, ni paramètre, et n’a ni compte ni statistiques d’usage.',
  'settings.privacy.stored':
    'Il ne conserve que ces paramètres (dans le stockage des extensions du navigateur) et ce qu’il a trouvé dans chaque onglet ouvert, jusqu’à sa fermeture.',
  'settings.summary.listed':
    '{count, plural, =0 {Aucun site dans la liste} one {# site dans la liste} many {# de sites dans la liste} other {# sites dans la liste}}',
  'popup.settings.thisSite': 'Factline sur {site}',
  'popup.settings.listThisSite': 'Ajouter {site} à mes sites',
  'popup.settings.siteListed': '{site} est dans votre liste.',

  'story.eventsThrough': 'Événements jusqu’au {date}',
  'story.reviewed': 'vérifié le {date}',
  'section.keyEvents': 'Faits marquants',
  'section.otherVoices': 'Autres gouvernements',
  'kind.allegation': 'Accusation',
  'kind.evidence-claim': 'Éléments présentés',
  'kind.intelligence-assessment': 'Évaluation du renseignement',
  'kind.denial': 'Démenti',
  'kind.dismissal': 'Rejet',
  'kind.doubt': 'Doute',
  'kind.statement': 'Déclaration',
  'kind.reaction': 'Réaction',
  'kind.retaliation': 'Riposte',
  'kind.independent-check': 'Vérification indépendante',
  'kind.diplomatic-step': 'Démarche diplomatique',
  'stance.affirms': 'Affirme',
  'stance.denies': 'Dément',
  'stance.doubts': 'Doute',
  'stance.undecided': 'Indécis',
  'stance.none': 'Pas de position publique',
  'attribution.sources': 'Sources :',
  'source.dateFromContent': 'date des faits rapportés ; la page n’en indique pas',
  'source.dateFromUrl': 'date tirée de l’adresse',
  'source.via': 'reprend {via}',
  'source.lang': 'en {lang}',
  'timeline.showAll':
    '{count, plural, one {Afficher # entrée} many {Afficher les # entrées} other {Afficher les # entrées}}',
  'timeline.showKey': 'Faits marquants seulement',
  'timeline.dateNote': 'Sur la date :',
  'positions.party': 'Partie',
  'positions.history': 'Position déclarée au fil du temps',
  'positions.step': '{stance} le {date}',
  'positions.showEntry': 'Afficher l’entrée de la chronologie du {date}',
  'positions.latest': 'Dernière',
  'positions.changes':
    '{count, plural, =0 {inchangée} one {changée # fois} many {changée # fois} other {changée # fois}}',
  'positions.trail':
    '{party} : {count, plural, one {# déclaration} many {# déclarations} other {# déclarations}} depuis le {date}',
  'voices.showEntry': 'Voir dans la chronologie',
  'voices.showEntryFor': 'Voir dans la chronologie : {who}, {date}',
  'relevance.listedAbove': 'Les développements sur ce point figurent plus haut.',
  'relevance.nothingNew':
    'Aucun fait plus récent dans la chronologie (événements jusqu’au {date}).',
  'relevance.more':
    '{count, plural, one {# autre dans la chronologie ci-dessous.} many {# autres dans la chronologie ci-dessous.} other {# autres dans la chronologie ci-dessous.}}',
};
