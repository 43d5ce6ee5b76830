import { describeLanguage } from './cases';

describeLanguage('lt', {
  article:
    'Rusija kaltina Ukrainą dronų ataka prieš Putino rezidenciją Naugardo srityje\n' +
    'Rusijos užsienio reikalų ministras Sergejus Lavrovas teigia, kad naktį į gruodžio 29-ąją Ukraina paleido 91 tolimojo nuotolio droną į prezidento valstybinę rezidenciją netoli Valdajaus. Pasak jo, oro gynyba visus numušė, niekas nenukentėjo.\n' +
    'Rusija peržiūrės savo poziciją derybose, pridūrė Lavrovas. Kyjivas neigia ataką ir vadina ją melu, kuriuo siekiama sužlugdyti taikos procesą.',
  short:
    'Rusija teigia, kad 91 Ukrainos dronas buvo nukreiptas prieš prezidento rezidenciją. Kyjivas tai neigia.',
  home: '„Putino namai buvo užpulti“, – sakė Trumpas ir pridūrė, kad apie dronų ataką sužinojo iš paties Rusijos prezidento per telefoninį pokalbį. Jis prisipažino esąs labai piktas.',
  compound:
    'Dolgije Borody kompleksą Valdajaus ežero pakrantėje šalies vadovai naudoja nuo sovietmečio. Pasak Maskvos, būtent ten gruodžio pabaigoje neva skrido ukrainiečių dronai.',
  later:
    'Rusija naktį paleido raketą „Orešnik“ į Lvivo sritį ir pataikė į energetikos objektus, pranešė gubernatorius.\n' +
    'Oro pavojus Vakarų Ukrainoje truko kelias valandas, dalis miesto liko be elektros.\n' +
    'Ukrainos karinės oro pajėgos pranešė apie dešimtis vienu metu paleistų dronų ir raketų.\n' +
    'Rusijos gynybos ministerija smūgį pavadino kerštu už tariamą ataką prieš Putino rezidenciją.\n' +
    'Europos lyderiai pasmerkė paleidimą kaip pavojingą eskalaciją.\n' +
    'Kyjivas paprašė skubiai sušaukti JT Saugumo Tarybos posėdį ir skirti daugiau oro gynybos sistemų.\n' +
    'Remonto brigados visą dieną dirbo, kad prieš kitus šalčius atkurtų šildymą butuose.',
  residents:
    'Valdajaus gyventojai žurnalistams pasakojo, kad tą naktį nieko negirdėjo – nei sprogimų, nei oro gynybos –, nors, pasak Maskvos, dronai skrido link netoliese esančios Putino rezidencijos.',
  kremlin2023:
    'Naktį virš Kremliaus numušti du dronai, trečiadienį pranešė Maskva ir pavadino tai pasikėsinimu į prezidento gyvybę.\n' +
    'Kremliaus teigimu, Putino pastate nebuvo, o Senato rūmų kupolas buvo šiek tiek apgadintas – likus kelioms dienoms iki Pergalės dienos parado.',
  lookalikes: [
    'Maskva kaltina Kyjivą dronų ataka prieš prezidento Vladimiro Putino rezidenciją Kremliuje. Du dronai naktį buvo neutralizuoti, trečiadienį pranešė Kremlius, pasilikdamas teisę į atsaką. Ukraina neigė bet kokį dalyvavimą.',
    'Rugpjūtį dronas atakavo Solcų aerodromą Naugardo srityje ir apgadino bombonešį Tu-22M3, pranešė Rusijos gynybos ministerija. Putinas įvykio nekomentavo.',
  ],
  more: [
    'Lietuvos užsienio reikalų ministras socialiniame tinkle rašė, kad Rusija skleidžia melą apie tariamą dronų ataką prieš Putino rezidenciją, o pati toliau apšaudo Ukrainos miestus.',
  ],
});
