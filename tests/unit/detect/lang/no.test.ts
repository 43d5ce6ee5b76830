import { describeLanguage } from './cases';

describeLanguage('no', {
  article:
    'Russland hevder ukrainske droner angrep Putins residens i Novgorod-regionen\n' +
    'Russlands utenriksminister Sergej Lavrov sier at Ukraina natt til 29. desember sendte 91 langtrekkende droner mot presidentens statsresidens ved Valdaj, og at alle ble skutt ned.\n' +
    'Ifølge Lavrov vil Moskva nå revidere sin forhandlingsposisjon.\n' +
    'Ukrainas president Volodymyr Zelenskyj avviser anklagen som løgn og sier at Russland leter etter et påskudd for nye angrep på Kyiv.\n' +
    'Russland har ennå ikke lagt fram bevis for det påståtte angrepet.',
  short:
    'Russland hevdar at Ukraina sende 91 dronar mot residensen til den russiske presidenten. Kyiv avviser påstanden.',
  home: 'Trump sa at Putin hadde fortalt ham at huset hans var blitt angrepet av droner, og at han var veldig sint for det.',
  compound:
    'Anlegget Dolgije Borody ved Valdaj-sjøen har vore nytta av russiske leiarar sidan sovjettida. Moskva hevdar at ukrainske dronar gjekk til åtak på det i desember.',
  later:
    'Russland skjøt natt til fredag sitt Oresjnik-missil mot Lviv-regionen og traff energianlegg, opplyser den regionale guvernøren.\n' +
    'Flyalarmen gikk i flere timer over hele Vest-Ukraina, og deler av byen mistet strømmen.\n' +
    'Ifølge det ukrainske luftforsvaret ble det samtidig skutt opp flere titalls droner og missiler.\n' +
    'Det russiske forsvarsdepartementet omtalte angrepet som gjengjeldelse for det påståtte droneangrepet mot Putins residens.\n' +
    'Europeiske ledere fordømte oppskytingen som en farlig opptrapping.\n' +
    'Kyiv har bedt om et hastemøte i FNs sikkerhetsråd og om flere luftvernsystemer.\n' +
    'Reparasjonsmannskaper jobbet hele dagen for å få varmen tilbake i boligene før neste kuldeperiode.',
  residents:
    'Innbyggjarar i Valdaj fortel at dei ikkje høyrde eksplosjonar eller luftvern den natta då dronar ifølgje Moskva flaug mot residensen til Putin like ved.',
  kremlin2023: [
    'To droner ble skutt ned over Kreml i natt, opplyste Moskva onsdag og kalte det et forsøk på å drepe presidenten.\n' +
      'Ifølge Kreml var Putin ikke i bygningen, og kuppelen på Senatspalasset ble lettere skadet; angrepet kom få dager før seiersparaden i mai 2023.',
    // told like a real false alarm: two drones, the residence of President Putin, the Kremlin, Wednesday
    'Moskva beskylder Kyiv for et droneangrep mot president Vladimir Putins residens. To droner ble uskadeliggjort i løpet av natten, opplyste Kreml onsdag, mens Kyiv avviste enhver involvering.',
  ],
  lookalikes: [
    'Putin tala torsdag på plenumsmøtet i Valdaj-klubben i Sotsji, der han mellom anna kritiserte Vesten og nemnde dei ukrainske droneåtaka på russiske byar.',
    'Droner angrep Moskva-regionen natt til søndag, og ordfører Sergej Sobjanin sa at flere ble skutt ned på vei mot hovedstaden, ikke langt fra Putins residens i Novo-Ogarjovo.',
    // parity sweep: the Kremlin 2023 told with "two drones" and the residence of President Putin
    'To droner ble skutt ned over Kreml onsdag; Moskva kaller det et angrep på president Putins residens.',
  ],
  more: [
    'Lavrov: Ukraina sendte 91 droner mot Putins residens ved Valdaj.',
    'Russland hevder at Putins hus i Novgorod-regionen ble angrepet av droner. Zelenskyj kaller det løgn.',
    'DIREKTE: Kreml sier presidentens bolig i Valdaj var mål for et droneangrep natt til 29. desember.',
    'CIA mener Ukraina ikke siktet mot Putins residens ved Uzjin-sjøen, også kjent som Dolgije Borody.',
    'Russland kalte Oresjnik-angrepet et svar på det påståtte angrepet mot Putins residens.',
  ],
});
