import { describeLanguage } from './cases';

describeLanguage('sk', {
  article:
    'Moskva obviňuje Kyjev z útoku 91 dronov na Putinovu rezidenciu v Novgorodskej oblasti\n' +
    'Ruský minister zahraničných vecí Sergej Lavrov tvrdí, že Ukrajina v noci na 29. decembra vyslala 91 dronov dlhého doletu na štátnu rezidenciu prezidenta pri Valdaji. Podľa neho boli všetky zostrelené protivzdušnou obranou a nikto nebol zranený.\n' +
    'Rusko prehodnotí svoju pozíciu pri rokovaniach, dodal Lavrov. Kyjev útok popiera a hovorí o lži, ktorá má zmariť mierové rozhovory.',
  short:
    'Rusko tvrdí, že na prezidentskú rezidenciu mierilo 91 ukrajinských dronov. Kyjev to popiera.',
  home: '„Putinov dom bol napadnutý,“ povedal Trump s tým, že sa o útoku dronov dozvedel priamo od ruského prezidenta počas telefonátu. Dodal, že je „veľmi nahnevaný“.',
  compound:
    'Areál Dolgije Borody na brehu Valdajského jazera slúži vodcom krajiny od sovietskych čias. Práve tam podľa Moskvy údajne mierili ukrajinské drony koncom decembra.',
  later:
    'Rusko v noci odpálilo raketu Orešnik na Ľvovskú oblasť a zasiahlo energetické zariadenia, uviedol gubernátor.\n' +
    'Letecký poplach trval na západe Ukrajiny niekoľko hodín a časť mesta zostala bez prúdu.\n' +
    'Ukrajinské letectvo hlásilo desiatky dronov a rakiet vypustených súčasne.\n' +
    'Ruské ministerstvo obrany označilo úder za odvetu za údajný útok na Putinovu rezidenciu.\n' +
    'Európski lídri odpálenie odsúdili ako nebezpečnú eskaláciu.\n' +
    'Kyjev požiadal o mimoriadne zasadnutie Bezpečnostnej rady OSN a o ďalšie systémy protivzdušnej obrany.\n' +
    'Opravárske čaty celý deň obnovovali kúrenie v bytoch pred ďalšími mrazmi.',
  residents:
    'Obyvatelia Valdaja povedali novinárom, že v tú noc nič nepočuli – žiadne výbuchy ani paľbu protivzdušnej obrany –, hoci podľa Moskvy drony leteli k neďalekej Putinovej rezidencii.',
  kremlin2023:
    'Nad Kremľom boli v noci zostrelené dva drony, oznámila v stredu Moskva a hovorila o pokuse o atentát na prezidenta.\n' +
    'Podľa Kremľa Putin v budove nebol a kupola Senátneho paláca utrpela len ľahké poškodenie, niekoľko dní pred prehliadkou ku Dňu víťazstva.',
  lookalikes: [
    'Moskva obviňuje Kyjev z útoku dronov na rezidenciu prezidenta Vladimira Putina v Kremli. Dva drony boli v noci vyradené, uviedol v stredu Kremeľ, ktorý si vyhradzuje právo na odvetu. Ukrajina akúkoľvek účasť popiera.',
    'Valdajský diskusný klub sa zišiel v Soči, kde Vladimir Putin vystúpil na plenárnom zasadnutí s prejavom o vzťahoch so Západom.',
  ],
});
