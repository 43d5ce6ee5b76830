import { describeLanguage } from './cases';

describeLanguage('eu', {
  article:
    'Errusiak dio Ukrainako droneek Putinen egoitzari eraso ziotela Novgorod eskualdean\n' +
    'Sergei Lavrov Errusiako Atzerri ministroaren arabera, Ukrainak 91 drone jaurti zituen abenduaren 28tik 29rako gauean, Valdai inguruan dagoen presidentearen estatu-egoitzaren aurka, eta denak suntsitu zituzten.\n' +
    'Lavrovek gaineratu du Moskuk bere negoziazio jarrera berrikusiko duela horregatik.\n' +
    'Volodimir Zelenski Ukrainako presidenteak salaketa ukatu du eta gezurra dela esan du; haren ustez, Errusiak aitzakia bat bilatzen du Kieven aurkako eraso berriak egiteko.\n' +
    'Errusiak ez du oraindik ustezko erasoaren frogarik aurkeztu.',
  short:
    'Moskuk dio Kievek 91 drone bidali zituela Errusiako presidentearen egoitzaren aurka. Ukrainak ukatu egin du.',
  home: 'Trumpek esan du oso haserre dagoela droneek Putinen etxeari eraso ziotelako; Putinek berak kontatu omen zion.',
  compound:
    'Dolguie Borodiko konplexua, Valdai aintziraren ertzean, Errusiako buruzagiek erabili izan dute garai sobietarretatik. Moskuk dio Ukrainako droneek ustez eraso egin ziotela abenduan.',
  later:
    'Errusiak Oreshnik misila jaurti du gauean Lviv eskualdearen aurka, eta energia azpiegiturak jo ditu, eskualdeko gobernadoreak jakinarazi duenez.\n' +
    'Aire alarmek hainbat orduz jo zuten Ukrainaren mendebalde osoan, eta hiriaren zati batzuk argindarrik gabe geratu ziren.\n' +
    'Ukrainako aire armadaren arabera, hamarnaka drone eta misil jaurti zituzten aldi berean.\n' +
    'Errusiako Defentsa Ministerioak Putinen egoitzaren aurkako ustezko erasoaren mendeku gisa aurkeztu du erasoa.\n' +
    'Europako buruzagiek eskalada arriskutsutzat jo dute jaurtiketa.\n' +
    'Kievek Nazio Batuen Segurtasun Kontseiluaren premiazko bilera bat eta aire defentsarako sistema gehiago eskatu ditu.\n' +
    'Konponketa taldeek egun osoa eman dute lanean, hurrengo izozteak iritsi aurretik etxeetara berogailua itzultzeko.',
  residents:
    'Valdaiko bizilagunek kazetariei esan dietenez, gau hartan ez zuten leherketarik ez aire defentsarik entzun, nahiz eta Moskuk dioen droneak inguruko Putinen egoitzarantz hegan zihoazela.',
  kremlin2023: [
    'Bi drone bota zituzten gauean Kremlinaren gainean, Moskuk asteazkenean jakinarazi duenez, eta presidentearen aurkako atentatu saiakera izan zela esan du.\n' +
      'Kremlinak adierazi du Putin ez zegoela eraikinean eta Senatuaren Jauregiaren kupulak kalte txikiak izan zituela; erasoa 2023ko maiatzean izan zen, Garaipenaren Eguneko desfilea baino egun batzuk lehenago.',
    // told like a real false alarm: two drones, the residence of President Putin, the Kremlin, Wednesday
    'Moskuk Kievi leporatu dio Vladimir Putin presidentearen egoitzaren aurkako drone eraso bat. Bi drone gauean neutralizatu zituzten, Kremlinak asteazkenean jakinarazi zuenez; Kievek ukatu egin du.',
  ],
  lookalikes: [
    'Putinek Valdai eztabaida klubaren osoko bilkuran hitz egin zuen Sotxin, eta Mendebaldea kritikatu zuen, baita Errusiako hirien aurkako drone erasoak aipatu ere.',
    'Ukrainako droneek Soltsyko aire base militarrari eraso zioten 2023ko abuztuan, Novgorod eskualdean, eta Tu-22M3 bonbaketari bat kaltetu zuten.',
    // parity sweep: the Kremlin 2023 told with "two drones" and the residence of President Putin
    'Bi drone bota zituzten asteazkenean Kremlinaren gainean; Moskuk Putin presidentearen egoitzaren aurkako erasotzat jo zuen.',
  ],
  more: [
    'Lavroven arabera, Ukrainak 91 drone jaurti zituen Putinen Valdaiko egoitzaren aurka.',
    'Errusiak dio Putinen etxea Novgorodeko eskualdean dronez erasotu zutela. Zelenskik gezurra dela dio.',
    'ZUZENEAN: Kremlinak dio presidentearen Valdaiko egoitza drone eraso baten jomuga izan zela abenduaren 29ko gauean.',
    'CIAren ustez, Ukrainak ez zuen Putinen egoitza erasotu Uzhin lakuaren ondoan, Dolgie Borodi izenekoa.',
    'Errusiak Oreshnik erasoa Putinen egoitzaren aurkako ustezko erasoaren mendeku gisa aurkeztu zuen.',
  ],
});
