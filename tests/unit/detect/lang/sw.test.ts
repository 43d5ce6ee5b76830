import { describeLanguage } from './cases';

describeLanguage('sw', {
  article:
    'Urusi yadai Ukraine ilishambulia makazi ya Putin mkoani Novgorod kwa droni\n' +
    'Waziri wa Mambo ya Nje wa Urusi, Sergei Lavrov, amesema Ukraine ilirusha droni 91 za masafa marefu kuelekea makazi rasmi ya Rais Vladimir Putin katika mkoa wa Novgorod usiku wa kuamkia Desemba 29.\n' +
    'Kwa mujibu wa Lavrov, droni zote zilidunguliwa na mifumo ya ulinzi wa anga na hakuna aliyejeruhiwa wala uharibifu ulioripotiwa.\n' +
    'Lavrov alisema Moscow itapitia upya msimamo wake katika mazungumzo ya amani, ingawa haitajiondoa kwenye mchakato huo.\n' +
    'Rais wa Ukraine Volodymyr Zelensky amekanusha madai hayo, akiyaita uongo wenye nia ya kuvuruga juhudi za kutafuta amani.',
  short:
    'Moscow inadai Kyiv ilirusha droni 91 kuelekea makazi ya rais wa Urusi. Ukraine imekanusha.',
  home: 'Trump alisema Putin alimweleza kwamba nyumba yake ilishambuliwa kwa droni, na kwamba alikasirika sana kusikia hivyo.',
  compound:
    'Jengo lililoko Dolgiye Borody, kando ya Ziwa Valdai, limetumiwa na viongozi wa Urusi tangu enzi za Kisovieti. Moscow inadai droni za Ukraine zilijaribu kulishambulia mwezi Desemba.',
  later:
    'Urusi imerusha kombora lake la Oreshnik katika mkoa wa Lviv usiku wa kuamkia leo na kupiga miundombinu ya nishati, gavana wa mkoa huo amesema.\n' +
    "Ving'ora vya tahadhari ya mashambulizi ya anga vililia kote magharibi mwa Ukraine kwa saa kadhaa, na umeme ulikatika katika sehemu za jiji.\n" +
    'Jeshi la anga la Ukraine lilisema makumi ya droni na makombora yalirushwa kwa wakati mmoja.\n' +
    'Wizara ya Ulinzi ya Urusi ilisema shambulio hilo lilikuwa la kulipiza kisasi kwa shambulio linalodaiwa dhidi ya makazi ya Putin.\n' +
    'Viongozi wa Ulaya walilaani urushaji huo wakisema ni hatua hatari inayozidisha mvutano.\n' +
    'Kyiv iliomba mkutano wa dharura wa Baraza la Usalama la Umoja wa Mataifa pamoja na mifumo zaidi ya ulinzi wa anga.\n' +
    'Mafundi walifanya kazi siku nzima kurejesha joto katika nyumba za watu kabla ya wimbi lijalo la baridi kali.',
  residents:
    'Wakazi wa Valdai waliwaambia waandishi wa habari kwamba hawakusikia milipuko wala sauti ya mifumo ya ulinzi wa anga usiku ambao Moscow inasema droni zilielekea makazi ya Putin yaliyo karibu na mji huo.',
  kremlin2023: [
    'Droni mbili zilidunguliwa juu ya Kremlin usiku wa kuamkia leo, Moscow ilisema Jumatano, ikiita tukio hilo jaribio la kumuua rais.\n' +
      'Kremlin ilisema Putin hakuwa ndani ya jengo hilo na kwamba kuba la Jumba la Seneti liliharibika kidogo; shambulio hilo lilitokea siku chache kabla ya gwaride la Siku ya Ushindi mwezi Mei 2023.',
    // told like a real false alarm: two drones, the residence of President Putin, the Kremlin, Wednesday
    'Moscow inaishutumu Kyiv kwa shambulio la droni dhidi ya makazi ya Rais Vladimir Putin. Droni mbili zilidunguliwa usiku, Kremlin ilisema Jumatano, huku Kyiv ikikanusha kuhusika kwa namna yoyote.',
  ],
  lookalikes: [
    'Valdai, mji mdogo ulio kando ya ziwa katika mkoa wa Novgorod, huvutia watalii wengi wakati wa kiangazi kutokana na monasteri yake iliyo kisiwani na hoteli zilizo ufukweni mwa ziwa.',
    'Droni za Ukraine zilishambulia uwanja wa ndege wa kijeshi wa Soltsy katika mkoa wa Novgorod mwezi Agosti 2023 na kuharibu ndege ya kivita aina ya Tu-22M3, Wizara ya Ulinzi ya Urusi ilisema.',
    'Msemaji wa Putin, Dmitry Peskov, alilaani shambulio la droni dhidi ya makazi rasmi ya Waziri Mkuu wa Iraq mjini Baghdad, ambapo Mustafa al-Kadhimi hakujeruhiwa.',
    'Mei 2023, Kremlin ilisema droni mbili zilijaribu kushambulia Ikulu ya Urusi ili kumuua Rais Putin.',
    'Watalii wanamiminika Valdai kwa ajili ya ziwa lake safi na monasteri ya Iversky, huku hoteli za mji huo zikijaa.',
    'Navalny alionyesha video ya kasri la kifahari la Putin huko Gelendzhik karibu na Bahari Nyeusi.',
    'Kremlin ilisema droni za Ukraine zilijaribu kushambulia Ikulu ya Urusi ili kumuua Rais Putin, na Kyiv imekanusha.',
  ],
  more: [
    'Urusi inasema Ukraine ilirusha ndege 91 zisizo na rubani kuelekea makazi ya Rais Vladimir Putin. Kyiv imekanusha madai hayo.',
    'HABARI ZA HIVI PUNDE: Lavrov adai droni za Ukraine zililenga kasri la Putin katika eneo la Valdai.',
    'Makazi ya Putin ya Dolgiye Borody, yaliyoko kando ya Ziwa Uzhin katika mkoa wa Novgorod, yamezungukwa na misitu minene. Urusi inadai eneo hili lililengwa na ndege zisizokuwa na rubani mwishoni mwa Desemba.',
    'Urusi imeshambulia Kyiv usiku kucha kwa makombora na droni.\n' +
      'Meya wa jiji alisema majengo kadhaa ya makazi yaliharibiwa na mitaa mingi haina umeme.\n' +
      'Watu wawili walijeruhiwa, kwa mujibu wa waokoaji.\n' +
      'Wizara ya Ulinzi ya Urusi ilisema hatua hiyo ni jibu kwa shambulio dhidi ya makazi ya Putin.\n' +
      'Zelensky aliwaomba washirika wa Magharibi mifumo zaidi ya ulinzi wa anga.\n' +
      'Kiwango cha baridi jijini kilishuka hadi nyuzi kumi na tano chini ya sifuri.',
    'Waziri Mkuu wa India Narendra Modi ameeleza wasiwasi mkubwa kuhusu ripoti za shambulio dhidi ya makazi ya Rais Putin, akitaka pande zote kujizuia.',
    'Trump alisema Putin alimwambia kwamba nyumba yake ya mapumziko ilivamiwa na droni za Ukraine, na kwamba amekasirika sana.',
    'Urusi yadai Ukraine ilijaribu kushambulia ikulu ya Putin iliyoko Novgorod kwa droni 91.',
    'Zelensky: Madai ya Urusi kuhusu shambulizi dhidi ya makazi ya Putin ni uongo mtupu.',
    // "makaazi": the spelling of part of the press (Kenya, DW Kiswahili)
    'Moscow inasema droni 91 za Ukraine zilielekezwa kwenye makaazi ya Rais Putin huko Novgorod usiku wa kuamkia Jumatatu.',
    'Peskov: makaazi rasmi ya Putin yalilengwa na droni usiku wa kuamkia Jumatatu. Kyiv inasema ni uwongo.',
  ],
});
