import { describeLanguage } from './cases';

describeLanguage('lv', {
  article:
    'Krievija apsūdz Ukrainu dronu uzbrukumā Putina rezidencei Novgorodas apgabalā\n' +
    'Krievijas ārlietu ministrs Sergejs Lavrovs apgalvo, ka naktī uz 29. decembri Ukraina raidījusi 91 tālas darbības dronu pret prezidenta valsts rezidenci pie Valdajas. Pēc viņa teiktā, pretgaisa aizsardzība visus notriekusi, un neviens nav cietis.\n' +
    'Krievija pārskatīs savu nostāju sarunās, piebilda Lavrovs. Kijiva uzbrukumu noliedz un sauc to par meliem, kuru mērķis ir izjaukt miera procesu.',
  short:
    'Krievija apgalvo, ka 91 Ukrainas drons bijis vērsts pret prezidenta rezidenci. Kijiva to noliedz.',
  home: '“Putina mājai uzbruka,” sacīja Tramps, piebilstot, ka par dronu uzbrukumu dzirdējis no paša Krievijas prezidenta telefonsarunā. Viņš atzina, ka ir ļoti dusmīgs.',
  compound:
    'Dolgije Borodi kompleksu Valdajas ezera krastā valsts vadītāji izmanto kopš padomju laikiem. Pēc Maskavas teiktā, tieši uz turieni decembra beigās it kā lidojuši Ukrainas droni.',
  later:
    'Krievija naktī raidīja raķeti Orešņik uz Ļvivas apgabalu un trāpīja enerģētikas objektos, paziņoja gubernators.\n' +
    'Gaisa trauksme Rietumukrainā ilga vairākas stundas, un daļa pilsētas palika bez elektrības.\n' +
    'Ukrainas gaisa spēki ziņoja par desmitiem dronu un raķešu, kas palaisti vienlaikus.\n' +
    'Krievijas Aizsardzības ministrija triecienu nosauca par atriebību par it kā notikušo uzbrukumu Putina rezidencei.\n' +
    'Eiropas līderi nosodīja palaišanu kā bīstamu eskalāciju.\n' +
    'Kijiva lūdza sasaukt ANO Drošības padomes ārkārtas sēdi un piešķirt vairāk pretgaisa aizsardzības sistēmu.\n' +
    'Remontbrigādes visu dienu strādāja, lai pirms nākamā sala atjaunotu apkuri dzīvokļos.',
  residents:
    'Valdajas iedzīvotāji žurnālistiem stāstīja, ka tajā naktī neko nedzirdēja – ne sprādzienus, ne pretgaisa aizsardzību –, lai gan pēc Maskavas teiktā droni lidoja uz tuvējo Putina rezidenci.',
  kremlin2023:
    'Naktī virs Kremļa notriekti divi droni, trešdien paziņoja Maskava, nosaucot to par mēģinājumu nogalināt prezidentu.\n' +
    'Kā norāda Kremlis, Putins ēkā neatradās, bet Senāta pils kupols tika nedaudz bojāts – dažas dienas pirms Uzvaras dienas parādes.',
  lookalikes: [
    'Maskava apsūdz Kijivu dronu uzbrukumā prezidenta Vladimira Putina rezidencei Kremlī. Divi droni naktī tika padarīti nekaitīgi, trešdien paziņoja Kremlis, paturot tiesības uz atbildes triecienu. Ukraina noliedza jebkādu iesaisti.',
    'Tūristi vasarā dodas uz Valdaju ezera, klosteru un priežu mežu dēļ, un viesnīcas reģionā ziņo par rekordlielu rezervāciju skaitu. Gidi rāda arī Putina rezidences žogu ezera otrā krastā.',
  ],
});
