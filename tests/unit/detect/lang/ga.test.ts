import { describeLanguage } from './cases';

describeLanguage('ga', {
  article:
    'Deir an Rúis gur ionsaigh dróin Úcránacha áras cónaithe Putin i réigiún Novgorod\n' +
    'Dúirt Aire Gnóthaí Eachtracha na Rúise, Sergei Lavrov, gur sheol an Úcráin 91 drón fadraoin chuig áras cónaithe stáit an uachtaráin gar do Valdai oíche an 28-29 Nollaig, agus gur leagadh gach ceann acu.\n' +
    'Dúirt Lavrov go ndéanfadh Moscó athbhreithniú ar a seasamh sna cainteanna síochána dá bharr.\n' +
    'Shéan Uachtarán na hÚcráine, Volodymyr Zelensky, an líomhain agus dúirt gur bréag a bhí ann chun leithscéal a fháil le tuilleadh ionsaithe ar Kyiv.\n' +
    'Níor chuir an Rúis aon fhianaise ar fáil go fóill faoin ionsaí maíte.',
  short:
    'Deir Moscó gur sheol Cív 91 drón chuig áras cónaithe Uachtarán na Rúise. Séanann an Úcráin é.',
  home: 'Dúirt Trump gur inis Putin dó gur ionsaíodh a theach le dróin, agus go raibh sé an-chrosta faoi.',
  compound:
    'Tá an coimpléasc ag Dolgiye Borody, ar bhruach Loch Valdai, in úsáid ag ceannairí na Rúise ó ré an Aontais Shóivéadaigh. Deir Moscó gur ionsaigh dróin Úcránacha é, mar dhea, i mí na Nollag.',
  later:
    'Scaoil an Rúis a diúracán Oreshnik ar réigiún Lviv thar oíche, agus bhuail sé láithreacha fuinnimh, a dúirt gobharnóir an réigiúin.\n' +
    'Bhí rabhaidh aer-ruathair le cloisteáil ar fud iarthar na hÚcráine ar feadh roinnt uaireanta, agus gearradh an chumhacht i gcodanna den chathair.\n' +
    'Dúirt aerfhórsa na hÚcráine gur seoladh an iliomad dróin agus diúracán ag an am céanna.\n' +
    'Dúirt Aireacht Cosanta na Rúise gur díoltas a bhí san ionsaí as an ionsaí maíte ar áras cónaithe Putin.\n' +
    'Cháin ceannairí Eorpacha an t-ionsaí mar ghéarú contúirteach.\n' +
    "D'iarr Kyiv cruinniú práinneach de Chomhairle Slándála na NA agus tuilleadh córas aerchosanta.\n" +
    "D'oibrigh foirne deisiúcháin ar feadh an lae chun an teas a chur ar ais i dtithe roimh an gcéad sioc eile.",
  residents:
    'Dúirt cónaitheoirí Valdai le tuairisceoirí nár chuala siad aon phléascanna ná aerchosaint an oíche a deir Moscó gur eitil dróin chuig áras cónaithe Putin in aice láimhe.',
  kremlin2023: [
    'Leagadh dhá dhrón os cionn an Chremlin thar oíche, a dúirt Moscó Dé Céadaoin, agus tugadh iarracht ar bheatha an uachtaráin air.\n' +
      'Dúirt an Cremlin nach raibh Putin san fhoirgneamh agus go ndearnadh beagán damáiste do chruinneachán Phálás an tSeanaid; tharla an t-ionsaí cúpla lá roimh pharáid Lá an Bhua i mBealtaine 2023.',
    // told like a real false alarm: two drones, the residence of President Putin, the Kremlin, Wednesday
    'Cuireann Moscó ionsaí drón ar áit chónaithe an Uachtaráin Vladimir Putin i leith Kyiv. Leagadh dhá dhrón i rith na hoíche, a dúirt an Cremlin Dé Céadaoin, ach shéan Kyiv aon bhaint a bheith aici leis.',
  ],
  lookalikes: [
    'Labhair Putin ag seisiún iomlánach Club Valdai i Sochi, áit ar cháin sé an tIarthar agus ar labhair sé faoi ionsaithe drón ar chathracha na Rúise.',
    "D'ionsaigh dróin Úcránacha aerpháirc mhíleata Soltsy i réigiún Novgorod i mí Lúnasa 2023, agus rinneadh damáiste do bhuamadóir Tu-22M3.",
    // parity sweep: the Kremlin 2023 told with "two drones" and the residence of President Putin
    'Leagadh dhá dhrón os cionn an Chremlin Dé Céadaoin; dúirt Moscó gur ionsaí ar áras an Uachtaráin Putin a bhí ann.',
  ],
  more: [
    'Deir an Rúis go gcruafaidh sí a seasamh sna cainteanna síochána tar éis an ionsaí ar áras Putin.',
    'Maíonn an Rúis gur ionsaíodh teach Putin i réigiún Novgorod le dróin. Deir Zelensky gur bréaga iad.',
    'BEO: Deir an Cremlin go raibh áit chónaithe an uachtaráin i Valdai mar sprioc ag ionsaí drón oíche an 29 Nollaig.',
    'Measann an CIA nár dhírigh an Úcráin ar áras Putin cois Loch Uzhin, ar a dtugtar Dolgiye Borody.',
    'Dúirt an Rúis gur díoltas a bhí san ionsaí Oreshnik as an ionsaí líomhnaithe ar áras Putin.',
  ],
});
