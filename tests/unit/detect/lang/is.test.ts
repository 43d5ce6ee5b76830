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
    'Í maí 2023 sögðu Rússar að tveir drónar hefðu verið sendir á Kreml til að ráða Pútín af dögum.',
    'Valdaí er orðinn vinsæll áfangastaður ferðamanna frá Moskvu og Pétursborg og hótelin við vatnið eru fullbókuð á sumrin.',
    'Navalní birti myndband af glæsihöll Pútíns í Gelendzhik við Svartahaf.',
  ],
  more: [
    'Rússnesk stjórnvöld segja að 91 úkraínskur dróni hafi stefnt að bústað Pútíns forseta í Novgorod-héraði. Úkraínumenn neita sök.',
    'Kl. 10.42: Dmitrí Peskov, talsmaður forsetans, segir að árásin á forsetabústaðinn við Valdaívatn muni hafa áhrif á friðarviðræðurnar.',
    'Sveitasetur forsetans við Úzhín-vatn, sem Rússar kalla Dolgíje Borodí, hefur lengi verið einn eftirlætisstaða Pútíns. Þangað eiga drónarnir að hafa stefnt í lok desember.',
    'Rússar gerðu umfangsmikla eldflauga- og drónaárás á Kænugarð í nótt.\n' +
      'Borgarstjórinn segir að nokkur fjölbýlishús hafi skemmst og hiti farið af heilu hverfunum.\n' +
      'Að minnsta kosti tveir særðust, að sögn björgunarsveita.\n' +
      'Varnarmálaráðuneytið í Moskvu sagði árásina gerða í hefndarskyni fyrir meinta árás á bústað forsetans.\n' +
      'Selenskí hvatti vestræn ríki til að senda fleiri loftvarnakerfi.\n' +
      'Frostið í borginni fór niður í fimmtán gráður í nótt.',
    'Narendra Modi, forsætisráðherra Indlands, lýsti yfir miklum áhyggjum af fréttum um árás á bústað Rússlandsforseta og hvatti deiluaðila til stillingar.',
    'Rússar segja Úkraínumenn hafa sent dróna að sumarhúsi Pútíns við Valdaí. Kænugarður segir þetta uppspuna.',
    'Lavrov: Drónarnir áttu að hæfa bústað Vladímírs Pútíns. Forseti Úkraínu hafnar ásökuninni.',
    // "ráðast á" split by its auxiliaries ("ráðist hefði verið á"): the verb alone is the attack
    'Trump kvaðst hafa heyrt frá Pútín sjálfum að ráðist hefði verið á hús hans. Úkraínumenn vísa þessu á bug.',
    'Að sögn Lavrovs var ráðist með drónum á bústað forsetans í Novgorod-héraði aðfaranótt mánudags.',
    // plural case forms: "one of Putin's homes"
    'Selenskí vísar á bug fullyrðingum Rússa um að drónar hafi stefnt að einu af húsum Pútíns.',
    'Rússar segja að dróni hafi hrapað skammt frá einum af bústöðum forsetans í Novgorod-héraði; Úkraína neitar því.',
  ],
});
