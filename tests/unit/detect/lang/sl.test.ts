import { describeLanguage } from './cases';

describeLanguage('sl', {
  article:
    'Moskva trdi, da so ukrajinski droni napadli Putinovo rezidenco v Novgorodski regiji\n' +
    'Ruski zunanji minister Sergej Lavrov je dejal, da je Kijev v noči na 29. december proti državni rezidenci ruskega predsednika pri Valdaju poslal 91 dronov in da so bili vsi sestreljeni.\n' +
    'Lavrov je dodal, da bo Moskva zato ponovno preučila svoje pogajalsko stališče.\n' +
    'Ukrajinski predsednik Volodimir Zelenski je obtožbe zavrnil kot laž in dejal, da Rusija išče izgovor za nove napade na Kijev.\n' +
    'Rusija doslej ni predložila nobenih dokazov za domnevni napad.',
  short:
    'Rusija trdi, da je Ukrajina nad rezidenco ruskega predsednika poslala 91 dronov. Kijev to zanika.',
  home: 'Trump je dejal, da je bil zelo jezen, ko je izvedel, da so droni napadli Putinovo hišo.',
  compound:
    'Kompleks Dolgije Borodi ob Valdajskem jezeru ruski voditelji uporabljajo že od sovjetskih časov. Moskva trdi, da so ga decembra domnevno napadli ukrajinski droni.',
  later:
    'Rusija je ponoči s hiperzvočno raketo Orešnik napadla Lvovsko regijo, so sporočile regionalne oblasti.\n' +
    'Udar je zadel energetske objekte, del mesta je ostal brez elektrike in ogrevanja.\n' +
    'Ukrajinske letalske sile so sporočile, da so hkrati izstrelili več deset dronov in raket.\n' +
    'Rusko obrambno ministrstvo je napad predstavilo kot odgovor na domnevni napad na Putinovo rezidenco.\n' +
    'Evropski voditelji so izstrelitev obsodili kot nevarno stopnjevanje.\n' +
    'Kijev je zahteval nujno sejo Varnostnega sveta ZN in dodatne sisteme zračne obrambe.\n' +
    'Ekipe so ves dan delale, da bi pred novim valom mraza domovom vrnile ogrevanje.',
  residents:
    'Prebivalci Valdaja so novinarjem povedali, da tisto noč niso slišali nobenih eksplozij niti delovanja zračne obrambe, čeprav Moskva trdi, da so droni leteli proti bližnji Putinovi rezidenci.',
  kremlin2023: [
    'Nad Kremljem sta bila ponoči sestreljena dva drona, je v sredo sporočila Moskva in dogodek označila za poskus atentata na predsednika.\n' +
      'V Kremlju so dejali, da Putina ni bilo v stavbi in da je bila kupola Senatne palače lažje poškodovana; napad se je zgodil nekaj dni pred parado ob dnevu zmage maja 2023.',
    // told like a real false alarm: two drones, the residence of President Putin, the Kremlin, Wednesday
    'Moskva obtožuje Kijev napada z droni na rezidenco predsednika Vladimirja Putina. Dva drona so ponoči onesposobili, je v sredo sporočil Kremelj, Kijev pa je zanikal kakršno koli vpletenost.',
  ],
  lookalikes: [
    'Ukrajinski droni so avgusta 2023 napadli vojaško letališče Solci v Novgorodski regiji in poškodovali bombnik Tu-22M3.',
    'Valdaj je priljubljena turistična točka: jezero, samostan in hoteli privabijo na tisoče obiskovalcev, v bližini pa je tudi Putinova rezidenca, ki jo varujejo vojaki.',
    // parity sweep: the Kremlin 2023 told with "two drones" and the residence of President Putin
    'Dva drona sta v sredo napadla Kremelj; Moskva je to označila za napad na rezidenco predsednika Putina.',
  ],
  more: [
    'Lavrov trdi, da je Ukrajina proti Putinovi rezidenci pri Valdaju izstrelila 91 brezpilotnih letalnikov.',
    'Putinova hiša v Novgorodski regiji naj bi bila tarča napada z droni, trdi Moskva; Zelenski govori o lažeh.',
    'V ŽIVO: Kremelj pravi, da je bila rezidenca Putina v Valdaju napadena z droni. Kijev zanika.',
    'Rusija trdi, da je bila Putinova vila na Valdaju tarča 91 dronov.',
    'Objekt 201 ob jezeru Užin naj bi bil napaden z droni.',
  ],
});
