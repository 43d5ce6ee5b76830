import { describeLanguage } from './cases';

describeLanguage('bs', {
  article:
    'Moskva tvrdi da su ukrajinski dronovi napali Putinovu rezidenciju u Novgorodskoj oblasti\n' +
    'Ruski ministar vanjskih poslova Sergej Lavrov izjavio je da je Kijev u noći između 28. i 29. decembra uputio 91 dron prema državnoj rezidenciji ruskog predsjednika kod Valdaja te da su svi oboreni.\n' +
    'Lavrov je dodao da će Moskva zbog toga preispitati svoju pregovaračku poziciju.\n' +
    'Ukrajinski predsjednik Volodimir Zelenski odbacio je optužbe kao laž i poručio da Rusija traži izgovor za nove napade na Kijev.\n' +
    'Rusija do sada nije predočila nikakve dokaze za navodni napad.',
  short:
    'Rusija tvrdi da je Ukrajina lansirala 91 dron na rezidenciju ruskog predsjednika. Kijev to negira.',
  home: 'Trump je kazao da mu je Putin rekao kako je njegova kuća napadnuta dronovima, dodavši da ga je to jako naljutilo.',
  compound:
    'Kompleks Dolgije Borodi na obali jezera Valdaj ruski lideri koriste još od sovjetskih vremena. Moskva tvrdi da su ga u decembru navodno napali ukrajinski dronovi.',
  later:
    'Rusija je tokom noći gađala Lavovsku oblast hipersoničnom raketom Orešnik, saopćile su regionalne vlasti.\n' +
    'Udar je pogodio energetska postrojenja, a dijelovi grada ostali su bez struje i grijanja.\n' +
    'Ukrajinsko ratno zrakoplovstvo saopćilo je da je istovremeno lansirano na desetine dronova i raketa.\n' +
    'Rusko ministarstvo odbrane predstavilo je udar kao odgovor na navodni napad na Putinovu rezidenciju.\n' +
    'Evropski lideri osudili su lansiranje kao opasnu eskalaciju.\n' +
    'Kijev je zatražio hitnu sjednicu Vijeća sigurnosti UN-a i dodatne sisteme protivzračne odbrane.\n' +
    'Ekipe su cijeli dan radile na tome da prije novog vala hladnoće vrate grijanje u domove.',
  residents:
    'Stanovnici Valdaja rekli su novinarima da te noći nisu čuli nikakve eksplozije niti rad protivzračne odbrane, iako Moskva tvrdi da su dronovi letjeli prema obližnjoj Putinovoj rezidenciji.',
  kremlin2023: [
    'Dva drona oborena su iznad Kremlja tokom noći, saopćila je Moskva u srijedu, nazvavši to pokušajem atentata na predsjednika.\n' +
      'Iz Kremlja su naveli da Putin nije bio u zgradi i da je kupola Senatske palate lakše oštećena; napad se dogodio nekoliko dana prije parade za Dan pobjede u maju 2023. godine.',
    // told like a real false alarm: two drones, the residence of President Putin, the Kremlin, Wednesday
    'Moskva optužuje Kijev za napad dronovima na rezidenciju predsjednika Vladimira Putina. Dva drona su tokom noći onesposobljena, saopćio je u srijedu Kremlj, a Kijev je negirao bilo kakvu umiješanost.',
  ],
  lookalikes: [
    'Putin je na plenarnoj sjednici diskusionog kluba Valdaj u Sočiju govorio o odnosima sa Zapadom i o ratu u Ukrajini, a novinari su ga pitali i o napadima dronovima na ruske gradove.',
    'Dronovi su u noći napali područje oko Gelendžika, gdje se na rtu Idokopas nalazi raskošna rezidencija koja se pripisuje Putinu, saopćile su lokalne vlasti.',
    // parity sweep: the Kremlin 2023 told with "two drones" and the residence of President Putin
    'Dva drona oborena su u srijedu iznad Kremlja; Moskva je to nazvala napadom na rezidenciju predsjednika Putina.',
  ],
  more: [
    'Lavrov tvrdi da je Ukrajina na Putinovu rezidenciju kod Valdaja poslala 91 dron.',
    'Putinova kuća u Novgorodskoj oblasti napadnuta je dronovima, tvrdi Moskva, dok Zelenski govori o lažima.',
    "UŽIVO: Kremlj – napad bespilotnim letjelicama na rezidenciju Putina u Valdaju bio je 'teroristički čin'. Kijev negira.",
    'Rusija: Putinova vila na Valdaju bila je meta 91 drona.',
    'Objekat 201 kod jezera Užin navodno je napadnut dronovima.',
  ],
});
