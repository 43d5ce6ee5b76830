import { describeLanguage } from './cases';

describeLanguage('is', {
  article:
    'Rússar segja úkraínska dróna hafa ráðist á bústað Pútíns í Novgorod-héraði\n' +
    'Sergei Lavrov, utanríkisráðherra Rússlands, segir að Úkraínumenn hafi aðfaranótt 29. desember sent 91 langdrægan dróna að ríkisbústað forsetans við Valdaí og að þeir hafi allir verið skotnir niður.\n' +
    'Lavrov segir að Rússar muni fyrir vikið endurskoða samningsstöðu sína í friðarviðræðunum.\n' +
    'Volodymyr Selenskí Úkraínuforseti vísaði ásökununum á bug og sagði þær lygi sem ætlað væri að réttlæta frekari árásir á Kænugarð.\n' +
    'Rússar hafa enn ekki lagt fram neinar sannanir fyrir meintri árás.',
  short:
    'Rússar fullyrða að Úkraína hafi sent 91 dróna að bústað Rússlandsforseta. Stjórnvöld í Kænugarði neita því.',
  home: 'Trump segir að Pútín hafi sagt sér frá drónaárás á heimili sitt og að hann sé mjög reiður yfir því. Stjórnvöld í Kænugarði segja ásakanirnar uppspuna.',
  compound:
    'Sveitasetrið í Dolgije Borody við Valdaívatn hefur verið notað af leiðtogum Rússlands allt frá tímum Sovétríkjanna. Rússar segja að úkraínskir drónar hafi gert árás á það í desember.',
  later:
    'Rússar skutu Oresjnik-eldflaug á Lvív-hérað í vesturhluta Úkraínu í nótt og hæfðu orkuinnviði, að sögn héraðsstjórans.\n' +
    'Loftvarnaflautur ómuðu í nokkrar klukkustundir og rafmagn fór af hluta borgarinnar.\n' +
    'Úkraínski flugherinn segir að tugum dróna og flugskeyta hafi verið skotið á sama tíma.\n' +
    'Varnarmálaráðuneyti Rússlands sagði árásina hefnd fyrir meinta drónaárás á bústað Pútíns.\n' +
    'Leiðtogar Evrópuríkja fordæmdu skotið sem hættulega stigmögnun.\n' +
    'Stjórnvöld í Kænugarði óskuðu eftir neyðarfundi í öryggisráði Sameinuðu þjóðanna og fleiri loftvarnakerfum.\n' +
    'Viðgerðarmenn unnu allan daginn að því að koma hita aftur á heimili fyrir næsta frost.',
  residents:
    'Íbúar í Valdaí segjast ekki hafa heyrt neinar sprengingar né orðið varir við loftvarnir þá nótt sem Rússar segja að drónar hafi flogið að bústað Pútíns skammt frá.',
  kremlin2023: [
    'Tveir drónar voru skotnir niður yfir Kreml í nótt, að sögn rússneskra stjórnvalda á miðvikudag, sem kölluðu atvikið banatilræði við forsetann.\n' +
      'Í Kreml var sagt að Pútín hefði ekki verið í byggingunni og að hvolfþak Öldungadeildarhallarinnar hefði skemmst lítillega; árásin var gerð nokkrum dögum fyrir hersýninguna á sigurdaginn í maí 2023.',
    // told like a real false alarm: two drones, the residence of President Putin, the Kremlin, Wednesday
    'Moskva sakar Kænugarð um drónaárás á bústað Vladimírs Pútíns forseta. Tveir drónar voru gerðir óvirkir um nóttina, sagði Kreml á miðvikudag, en Kænugarður neitar allri aðild.',
  ],
  lookalikes: [
    'Valdaí er vinsæll áfangastaður ferðamanna, með klaustri, hótelum og vötnum, en svæðið í kringum bústað Pútíns er lokað almenningi.',
    'Úkraínskir drónar réðust í ágúst 2023 á herflugvöllinn í Soltsí í Novgorod-héraði og skemmdu Tu-22M3 sprengjuflugvél.',
  ],
});
