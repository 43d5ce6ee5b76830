import { describeLanguage } from './cases';

describeLanguage('hr', {
  article:
    'Moskva optužuje Kijev za napad s 91 dronom na Putinovu rezidenciju u Novgorodskoj oblasti\n' +
    'Ruski ministar vanjskih poslova Sergej Lavrov tvrdi da je Ukrajina u noći na 29. prosinca poslala 91 dron dugog dometa na državnu rezidenciju predsjednika kod Valdaja. Prema njegovim riječima, sve letjelice oborila je protuzračna obrana, a ozlijeđenih i štete nema.\n' +
    'Rusija će revidirati svoje stajalište u pregovorima, dodao je Lavrov. Kijev je to odbacio kao laž kojom se želi sabotirati mirovni proces.',
  short:
    'Rusija tvrdi da je 91 ukrajinski dron bio usmjeren na predsjedničku rezidenciju. Kijev to negira.',
  home: '„Putinova kuća je napadnuta“, rekao je Trump te dodao da je za napad dronovima čuo osobno od ruskog predsjednika u telefonskom razgovoru. Priznao je da je „jako ljut“.',
  compound:
    'Kompleks Dolgije Borodi na obali Valdajskog jezera koriste čelnici zemlje još od sovjetskih vremena. Prema Moskvi, upravo su onamo krajem prosinca navodno letjeli ukrajinski dronovi.',
  later:
    'Rusija je tijekom noći ispalila raketu Orešnik na Lavovsku oblast i pogodila energetska postrojenja, priopćio je guverner.\n' +
    'Zračna uzbuna na zapadu Ukrajine trajala je nekoliko sati, a dio grada ostao je bez struje.\n' +
    'Ukrajinsko zrakoplovstvo izvijestilo je o desecima dronova i raketa lansiranih istodobno.\n' +
    'Rusko ministarstvo obrane predstavilo je udar kao odmazdu za navodni napad na Putinovu rezidenciju.\n' +
    'Europski čelnici osudili su lansiranje kao opasnu eskalaciju.\n' +
    'Kijev je zatražio hitnu sjednicu Vijeća sigurnosti UN-a i dodatne sustave protuzračne obrane.\n' +
    'Ekipe za popravke radile su cijeli dan kako bi vratile grijanje u stanove prije novog vala mraza.',
  residents:
    'Mještani Valdaja rekli su novinarima da te noći ništa nisu čuli – ni eksplozije ni paljbu protuzračne obrane – iako su, prema Moskvi, dronovi letjeli prema obližnjoj Putinovoj rezidenciji.',
  kremlin2023:
    'Dva drona oborena su tijekom noći iznad Kremlja, priopćila je Moskva u srijedu, nazvavši to pokušajem atentata na predsjednika.\n' +
    'Prema Kremlju, Putin nije bio u zgradi, a kupola Senatske palače lakše je oštećena, nekoliko dana prije parade za Dan pobjede.',
  lookalikes: [
    'Moskva optužuje Kijev za napad dronovima na rezidenciju predsjednika Vladimira Putina u Kremlju. Dva drona su tijekom noći onesposobljena, priopćio je Kremlj u srijedu i zadržao pravo na odmazdu. Ukrajina je negirala bilo kakvu umiješanost.',
    'U kolovozu je dron napao aerodrom Solci u Novgorodskoj oblasti i oštetio bombarder Tu-22M3, priopćilo je rusko ministarstvo obrane. Putin nije komentirao događaj.',
    // parity sweep: the Kremlin 2023 told with "two drones" and the residence of President Putin
    'Dva drona srušena su u srijedu iznad Kremlja, a Moskva je to nazvala napadom na rezidenciju predsjednika Putina.',
  ],
  more: [
    'Lavrov tvrdi da je Ukrajina prema Putinovoj rezidenciji kraj Valdaja lansirala 91 dron.',
    'Moskva: Putinova kuća u Novgorodskoj oblasti napadnuta je dronovima. Zelenski: laži.',
    'UŽIVO: Rezidencija Putina na Valdaju bila je meta napada bespilotnih letjelica, tvrdi Kremlj; Kijev to odbacuje.',
    'Kremlj tvrdi da je Putinova vila na Valdaju bila meta 91 drona.',
    'Objekt 201 kod jezera Užin navodno je napadnut dronovima.',
  ],
});
