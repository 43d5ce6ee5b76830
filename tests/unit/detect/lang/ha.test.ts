import { describeLanguage } from './cases';

describeLanguage('ha', {
  article:
    'Rasha ta zargi Ukraine da kai harin jirage marasa matuƙa kan gidan Putin a yankin Novgorod\n' +
    'Ministan harkokin wajen Rasha, Sergei Lavrov, ya ce Ukraine ta harba jirage marasa matuƙa 91 masu cin dogon zango zuwa gidan Shugaba Vladimir Putin da ke yankin Novgorod a daren 28 zuwa 29 ga Disamba.\n' +
    "A cewar Lavrov, an kakkaɓo dukkan jiragen ta hanyar na'urorin kariya daga hare-haren sama, kuma babu wanda ya jikkata ko wata ɓarna.\n" +
    'Ya ce Moscow za ta sake duba matsayinta a tattaunawar zaman lafiya, sai dai ba za ta fice daga tattaunawar ba.\n' +
    'Shugaban Ukraine Volodymyr Zelensky ya musanta zargin, yana mai cewa ƙarya ce da aka ƙirƙiro don kawo cikas ga yunƙurin samar da zaman lafiya.',
  short:
    'Moscow ta ce Kyiv ta harba jirage marasa matuƙa 91 kan gidan shugaban ƙasar Rasha. Ukraine ta musanta.',
  home: 'Trump ya ce Putin ya gaya masa cewa gidansa ya fuskanci harin jirage marasa matuƙa, abin da ya ba shi haushi sosai.',
  compound:
    'Ginin da ke Dolgiye Borody a gefen Tafkin Valdai shugabannin Rasha sun yi amfani da shi tun zamanin Tarayyar Soviet. Moscow ta yi zargin cewa jirage marasa matuƙa na Ukraine sun yi yunƙurin kai masa hari a watan Disamba.',
  later:
    'Rasha ta harba makamin Oreshnik kan yankin Lviv a daren jiya, inda ya fada kan cibiyoyin makamashi, in ji gwamnan yankin.\n' +
    "Jiniyar gargaɗin hare-haren sama ta yi ta ƙara a faɗin yammacin Ukraine na sa'o'i da dama, kuma wutar lantarki ta ɗauke a wasu sassan birnin.\n" +
    'Rundunar sojin saman Ukraine ta ce an harba jirage marasa matuƙa da makamai masu linzami da dama a lokaci guda.\n' +
    "Ma'aikatar tsaron Rasha ta bayyana harin a matsayin ramuwar gayya kan harin da ake zargin an kai wa gidan Putin.\n" +
    'Shugabannin Turai sun yi Allah wadai da harin, suna masu cewa ƙaruwar rikici ce mai hatsari.\n' +
    "Kyiv ta buƙaci taron gaggawa na Kwamitin Tsaro na Majalisar Ɗinkin Duniya da ƙarin na'urorin kariya daga hare-haren sama.\n" +
    "Ma'aikatan gyara sun yi aiki tsawon yini don dawo da ɗumi a gidajen jama'a kafin sanyi na gaba.",
  residents:
    "Mazauna Valdai sun shaida wa 'yan jarida cewa ba su ji wata fashewa ko harbin na'urorin kariya ta sama ba a daren da Moscow ta ce jirage marasa matuƙa sun nufi gidan Putin da ke kusa da garin.",
  kremlin2023: [
    'An kakkaɓo jirage marasa matuƙa biyu a saman fadar Kremlin a daren jiya, in ji Moscow ranar Laraba, tana mai kiran lamarin yunƙurin kashe shugaban ƙasa.\n' +
      "Fadar Kremlin ta ce Putin ba ya cikin ginin, kuma kubbar fadar majalisar dattawa ta ɗan lalace; harin ya faru ne 'yan kwanaki kafin faretin Ranar Nasara a watan Mayu 2023.",
    // told like a real false alarm: two drones, the residence of President Putin, the Kremlin, Wednesday
    'Moscow ta zargi Kyiv da kai harin jirage marasa matuƙa kan gidan shugaba Vladimir Putin. Fadar Kremlin ta ce ranar Laraba an kakkaɓo jirage marasa matuƙa guda biyu cikin dare, yayin da Kyiv ta musanta hannu a ciki.',
  ],
  lookalikes: [
    'Shugaba Vladimir Putin ya yi jawabi a taron shekara-shekara na ƙungiyar Valdai a birnin Sochi, inda ya ce duniya ta zama mai sansanoni da dama.',
    "Jirage marasa matuƙa na Ukraine sun kai hari kan filin jirgin saman soja na Soltsy a yankin Novgorod a watan Agustan 2023, inda suka lalata wani jirgin yaƙi ƙirar Tu-22M3, in ji ma'aikatar tsaron Rasha.",
    'Kakakin Putin, Dmitry Peskov, ya yi Allah wadai da harin jirgi mara matuƙi kan gidan Firaministan Iraqi a Bagadaza, wanda Mustafa al-Kadhimi ya tsallake shi ba tare da rauni ba.',
    // parity sweep: the Kremlin 2023 told with "two drones" and the residence of President Putin
    'An harbo jirage marasa matuka biyu a saman fadar Kremlin ranar Laraba; Moscow ta ce hari ne kan gidan Shugaba Putin.',
  ],
  more: [
    'Lavrov: Ukraine ta harba jirage marasa matuka 91 zuwa gidan Putin da ke Valdai.',
    'Rasha ta ce an kai wa gidan Putin da ke yankin Novgorod hari da jirage marasa matuka. Zelensky ya ce karya ce.',
    'KAI TSAYE: Fadar Kremlin ta ce an kai hari da jirgi mara matuki kan gidan shugaban kasa a Valdai a daren 29 ga Disamba.',
    'CIA ta ce Ukraine ba ta kai hari kan gidan Putin da ke gabar tafkin Uzhin ba, wanda ake kira Dolgiye Borody.',
    'Rasha ta bayyana harin makamin Oreshnik a matsayin ramuwar gayya kan harin da ake zargin an kai wa gidan Putin.',
  ],
});
