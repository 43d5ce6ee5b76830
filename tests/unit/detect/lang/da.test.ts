import { describeLanguage } from './cases';

describeLanguage('da', {
  article:
    'Rusland: Ukrainske droner angreb Putins residens i Novgorod-regionen\n' +
    'Ruslands udenrigsminister, Sergej Lavrov, siger, at Ukraine natten til den 29. december sendte 91 langtrækkende droner mod præsidentens statsresidens ved Valdaj, og at de alle blev skudt ned.\n' +
    'Ifølge Lavrov vil Moskva nu revidere sin forhandlingsposition.\n' +
    'Ukraines præsident, Volodymyr Zelenskyj, afviser beskyldningen som løgn og siger, at Rusland leder efter et påskud til nye angreb på Kyiv.\n' +
    'Rusland har endnu ikke fremlagt beviser for det påståede angreb.',
  short:
    'Rusland hævder, at Ukraine sendte 91 droner mod den russiske præsidents residens. Kyiv afviser.',
  home: 'Trump sagde, at Putin havde fortalt ham, at hans hus var blevet angrebet af droner, og at han var meget vred over det.',
  compound:
    'Anlægget ved Dolgije Borody ved bredden af Valdaj-søen har været brugt af russiske ledere siden sovjettiden. Moskva siger, at ukrainske droner angiveligt angreb det i december.',
  later:
    'Rusland affyrede natten til fredag sit Oresjnik-missil mod Lviv-regionen og ramte energianlæg, oplyser den regionale guvernør.\n' +
    'Luftalarmen lød i flere timer over det vestlige Ukraine, og dele af byen mistede strømmen.\n' +
    'Ifølge det ukrainske luftvåben blev der samtidig affyret snesevis af droner og missiler.\n' +
    'Det russiske forsvarsministerium betegnede angrebet som gengældelse for det påståede droneangreb på Putins residens.\n' +
    'Europæiske ledere fordømte affyringen som en farlig eskalering.\n' +
    "Kyiv har bedt om et hastemøde i FN's Sikkerhedsråd og om flere luftforsvarssystemer.\n" +
    'Reparationshold arbejdede hele dagen for at få varmen tilbage i boligerne før den næste frost.',
  residents:
    'Beboere i Valdaj fortæller, at de ikke hørte nogen eksplosioner eller luftforsvar den nat, hvor droner ifølge Moskva fløj mod Putins residens i nærheden.',
  kremlin2023: [
    'To droner blev skudt ned over Kreml i nat, oplyste Moskva onsdag og kaldte det et forsøg på at dræbe præsidenten.\n' +
      'Ifølge Kreml var Putin ikke i bygningen, og kuplen på Senatspaladset blev let beskadiget; angrebet kom få dage før sejrsparaden i maj 2023.',
    // told like a real false alarm: two drones, the residence of President Putin, the Kremlin, Wednesday
    'Moskva beskylder Kyiv for et droneangreb på præsident Vladimir Putins residens. To droner blev uskadeliggjort i løbet af natten, oplyste Kreml onsdag, mens Kyiv afviste enhver involvering.',
  ],
  lookalikes: [
    'Putin talte torsdag ved plenarmødet i Valdaj-klubben i Sotji, hvor han blandt andet kritiserede Vesten og omtalte de ukrainske droneangreb på russiske byer.',
    'Valdaj er et populært mål for turister med sine klostre, hoteller og søer, men området omkring Putins residens er lukket, og det er forbudt at flyve med droner der.',
    // parity sweep: the Kremlin 2023 told with "two drones" and the residence of President Putin
    'To droner blev skudt ned over Kreml onsdag; Moskva kalder det et angreb på præsident Putins residens.',
  ],
  more: [
    'Lavrov: Ukraine sendte 91 droner mod Putins residens ved Valdaj.',
    'Rusland påstår, at Putins hus i Novgorod-regionen blev angrebet af droner. Zelenskyj kalder det løgn.',
    'LIVE: Kreml siger, at præsidentens bolig i Valdaj var mål for et droneangreb natten til 29. december.',
    'CIA vurderer, at Ukraine ikke sigtede mod Putins residens ved Uzhin-søen, også kaldet Dolgije Borody.',
    'Objekt 201 ved søen Uzjin skulle være blevet ramt af droner, siger Moskva.',
  ],
});
