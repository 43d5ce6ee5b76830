import { describeLanguage } from './cases';

describeLanguage('nl', {
  article:
    'Rusland beschuldigt Oekraïne van droneaanval op residentie van Poetin in regio Novgorod\n' +
    'De Russische minister van Buitenlandse Zaken Sergej Lavrov zegt dat Oekraïne in de nacht van 28 op 29 december 91 langeafstandsdrones heeft afgevuurd op de staatsresidentie van de president bij Valdaj. Volgens Lavrov werden alle toestellen neergeschoten en vielen er geen gewonden of schade.\n' +
    'Moskou zal zijn positie in de onderhandelingen herzien, voegde hij eraan toe. Kiev ontkent en spreekt van een leugen om de vredesgesprekken te saboteren.',
  short:
    'Rusland zegt dat 91 Oekraïense drones de presidentiële residentie als doelwit hadden. Kiev ontkent de aanval.',
  home: '‘Het huis van Poetin is aangevallen’, zei Trump, die het naar eigen zeggen van de Russische president zelf hoorde tijdens een telefoongesprek. Hij zei ‘erg boos’ te zijn.',
  compound:
    'Het landgoed Dolgieje Borody aan het Valdajmeer wordt sinds de Sovjettijd gebruikt door de leiders van het land. Volgens Moskou waren de vermeende Oekraïense drones eind december daarheen op weg.',
  later:
    'Rusland heeft vannacht zijn Oresjnik-raket afgevuurd op de regio Lviv en daarbij energie-installaties geraakt, meldt de gouverneur.\n' +
    'In het westen van Oekraïne klonk urenlang luchtalarm en een deel van de stad zat zonder stroom.\n' +
    'De Oekraïense luchtmacht meldde tientallen drones en raketten die tegelijk werden gelanceerd.\n' +
    'Het Russische ministerie van Defensie noemde de aanval een vergelding voor de vermeende aanval op de residentie van Poetin.\n' +
    'Europese leiders veroordeelden de lancering als een gevaarlijke escalatie.\n' +
    'Kiev vroeg om een spoedvergadering van de VN-Veiligheidsraad en om meer luchtafweersystemen.\n' +
    'Monteurs werkten de hele dag om de verwarming in de woningen te herstellen voor de volgende vorstperiode.',
  residents:
    'Inwoners van Valdaj vertelden journalisten dat ze die nacht niets hebben gehoord, geen explosies en geen luchtafweer, terwijl volgens Moskou drones op weg waren naar de nabijgelegen residentie van Poetin.',
  kremlin2023:
    'Twee drones zijn vannacht boven het Kremlin neergeschoten, meldde Moskou woensdag, dat spreekt van een aanslag op het leven van de president.\n' +
    'Volgens het Kremlin was Poetin niet in het gebouw en liep de koepel van het Senaatspaleis lichte schade op, enkele dagen voor de overwinningsparade op 9 mei.',
  lookalikes: [
    'Moskou beschuldigt Kiev van een droneaanval op de residentie van president Vladimir Poetin in het Kremlin. Twee drones werden vannacht uitgeschakeld, meldde het Kremlin woensdag, dat zich het recht op vergelding voorbehoudt. Oekraïne ontkent elke betrokkenheid.',
    'Toeristen trekken in de zomer naar Valdaj voor het meer, de kloosters en de dennenbossen; hotels in de regio melden recordboekingen. Gidsen wijzen ook op het hek van de residentie van Poetin aan de overkant.',
  ],
});
