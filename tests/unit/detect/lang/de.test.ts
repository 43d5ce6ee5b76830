import { describeLanguage } from './cases';

describeLanguage('de', {
  article:
    'Moskau wirft Kiew Drohnenangriff auf Putins Residenz im Gebiet Nowgorod vor\n' +
    'Der russische Außenminister Sergej Lawrow behauptet, die Ukraine habe in der Nacht zum 29. Dezember 91 Langstreckendrohnen auf die Staatsresidenz des Präsidenten bei Waldai abgefeuert. Alle seien von der Flugabwehr abgeschossen worden, Verletzte oder Schäden gebe es nicht.\n' +
    'Russland werde seine Verhandlungsposition überdenken, sagte Lawrow. Kiew wies die Darstellung als Lüge zurück, mit der die Friedensgespräche torpediert werden sollten.',
  short:
    'Russland meldet 91 ukrainische Drohnen, die auf die Präsidentenresidenz gezielt haben sollen. Kiew bestreitet den Angriff.',
  home: '„Putins Haus wurde angegriffen“, sagte Trump und berichtete, der Kremlchef selbst habe ihm am Telefon von dem Drohnenangriff erzählt. Er sei darüber „sehr wütend“.',
  compound:
    'Das Anwesen Dolgije Borody am Ufer des Waldaisees dient den Machthabern des Landes seit Sowjetzeiten als Rückzugsort. Dorthin sollen Ende Dezember nach Moskauer Darstellung die angeblichen ukrainischen Drohnen unterwegs gewesen sein.',
  later:
    'Russland hat in der Nacht seine Mittelstreckenrakete Oreschnik auf das Gebiet Lwiw abgefeuert und Energieanlagen getroffen, teilte der Gouverneur mit.\n' +
    'In der Westukraine herrschte stundenlang Luftalarm, Teile der Stadt waren ohne Strom.\n' +
    'Die ukrainische Luftwaffe meldete Dutzende Drohnen und Raketen, die gleichzeitig gestartet worden seien.\n' +
    'Das russische Verteidigungsministerium bezeichnete den Schlag als Vergeltung für den angeblichen Angriff auf Putins Residenz.\n' +
    'Europäische Politiker verurteilten den Einsatz als gefährliche Eskalation.\n' +
    'Kiew beantragte eine Dringlichkeitssitzung des UN-Sicherheitsrats und forderte weitere Flugabwehrsysteme.\n' +
    'Reparaturtrupps arbeiteten den ganzen Tag daran, die Heizung in den Wohnungen vor dem nächsten Frost wiederherzustellen.',
  residents:
    'Anwohner in Waldai sagten Reportern, sie hätten in jener Nacht weder Explosionen noch Flugabwehrfeuer gehört – obwohl nach Moskauer Angaben Drohnen auf die nahe gelegene Residenz Putins zuflogen. Es sei eine ruhige Nacht gewesen.',
  kremlin2023:
    'Zwei Drohnen sind in der Nacht über dem Kreml abgeschossen worden, teilte Moskau am Mittwoch mit und sprach von einem Anschlag auf das Leben des Präsidenten.\n' +
    'Putin habe sich nicht in dem Gebäude aufgehalten, die Kuppel des Senatspalasts sei leicht beschädigt worden, hieß es wenige Tage vor der Siegesparade am 9. Mai.',
  lookalikes: [
    'Satellitenbilder zeigen mindestens zwölf Panzir-Systeme rund um den Komplex Dolgije Borody im Gebiet Nowgorod, die ihn vor ukrainischen Drohnen schützen sollen, wie eine Recherche ergab.',
    'Moskau wirft Kiew einen Drohnenangriff auf die Residenz von Präsident Wladimir Putin im Kreml vor. Zwei Drohnen seien in der Nacht mit elektronischen Mitteln ausgeschaltet worden, erklärte der Kreml am Mittwoch und behielt sich Vergeltung vor. Die Ukraine wies jede Beteiligung zurück.',
    'Satellitenbilder zeigen, dass rund um Putins Landsitz am Waldaisee in den vergangenen Monaten zusätzliche Pantsir-Flugabwehrsysteme aufgestellt wurden, berichten Analysten. Der Ausbau der Luftverteidigung begann demnach bereits im Frühjahr.',
  ],
  more: [
    // ein Stück über die Flugabwehr des Komplexes, der nur beim Namen genannt wird, angeblich angegriffen
    'Ukrainische Drohnen sollen Ende Dezember angeblich den Komplex Dolgije Borody im Gebiet Nowgorod angegriffen haben. Das Gelände, von Einheimischen Uschin genannt, liegt auf einer Halbinsel und wird seit Herbst 2024 von einem Dutzend Panzir-Flugabwehrsystemen geschützt.',
  ],
});
