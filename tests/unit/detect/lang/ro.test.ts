import { describeLanguage } from './cases';

describeLanguage('ro', {
  article:
    'Rusia acuză Ucraina că a atacat cu 91 de drone o reședință a lui Putin din regiunea Novgorod\n' +
    'Ministrul rus de externe, Serghei Lavrov, a declarat că în noaptea de 28 spre 29 decembrie Ucraina a lansat 91 de drone cu rază lungă de acțiune asupra reședinței de stat a președintelui de lângă Valdai. Potrivit lui Lavrov, toate aparatele au fost doborâte, iar victime sau pagube nu au existat.\n' +
    'Moscova își va revizui poziția în negocieri, a adăugat el. Kievul neagă și vorbește despre o minciună menită să saboteze procesul de pace.',
  short:
    'Rusia susține că 91 de drone ucrainene au vizat reședința președintelui rus. Kievul neagă atacul.',
  home: '„Casa lui Putin a fost atacată”, a declarat Donald Trump, care spune că a aflat de atacul cu drone chiar de la liderul rus, într-o convorbire telefonică. Președintele american s-a declarat „foarte furios”.',
  compound:
    'Complexul de la Dolgie Borody, pe malul lacului Valdai, este folosit de conducătorii țării încă din epoca sovietică. Potrivit Moscovei, spre acest loc s-ar fi îndreptat presupusele drone ucrainene la sfârșitul lui decembrie.',
  later:
    'Rusia a lansat în timpul nopții racheta Oreșnik asupra regiunii Liov, lovind instalații energetice, a anunțat guvernatorul regional.\n' +
    'Alertele aeriene au durat câteva ore în vestul Ucrainei, iar o parte a orașului a rămas fără curent.\n' +
    'Forțele Aeriene ucrainene au raportat zeci de drone și rachete lansate simultan.\n' +
    'Ministerul rus al Apărării a prezentat lovitura drept răspuns la presupusul atac asupra reședinței lui Putin.\n' +
    'Liderii europeni au condamnat lansarea ca pe o escaladare periculoasă.\n' +
    'Kievul a cerut o reuniune de urgență a Consiliului de Securitate al ONU și mai multe sisteme de apărare antiaeriană.\n' +
    'Echipele de intervenție au lucrat toată ziua pentru a reporni încălzirea în locuințe înainte de următorul val de ger.',
  residents:
    'Locuitorii din Valdai au declarat jurnaliștilor că în acea noapte nu au auzit nimic, nicio explozie și nicio tragere a apărării antiaeriene, deși Moscova susține că dronele zburau spre reședința lui Putin din apropiere.',
  kremlin2023:
    'Două drone au fost doborâte în timpul nopții deasupra Kremlinului, a anunțat Moscova miercuri, care vorbește despre o tentativă de asasinat asupra președintelui.\n' +
    'Potrivit Kremlinului, Vladimir Putin nu se afla în clădire, iar cupola Palatului Senatului a suferit avarii minore, cu câteva zile înainte de parada de Ziua Victoriei.',
  lookalikes: [
    'Moscova acuză Kievul de un atac cu drone asupra reședinței președintelui Vladimir Putin de la Kremlin. Două drone au fost neutralizate în timpul nopții, a anunțat miercuri Kremlinul, care își rezervă dreptul la ripostă. Ucraina a negat orice implicare.',
    'Turiștii vin vara la Valdai pentru lac, mănăstiri și pădurile de pin, iar hotelurile din zonă raportează rezervări record. Ghizii arată și gardul reședinței lui Putin de pe celălalt mal.',
    'În mai 2023, două drone au explodat deasupra Kremlinului, iar Moscova a vorbit atunci despre o tentativă de asasinat asupra lui Putin, plănuită înaintea paradei de Ziua Victoriei.',
    'Valdai, destinație de vacanță: turiștii descoperă mănăstirea Iverski și lacul limpede, iar hotelurile din oraș sunt pline în fiecare vară.',
    'Echipa lui Navalnîi a publicat un film despre „palatul lui Putin” de la Ghelendjik, de pe țărmul Mării Negre, o reședință estimată la peste un miliard de dolari.',
    'Kremlinul acuză Kievul că a încercat să-l ucidă pe Putin cu drone lansate asupra reședinței sale de la Kremlin; Ucraina neagă orice implicare.',
    // parity sweep: the Kremlin 2023 told with "two drones" and the residence of President Putin
    'Două drone au fost doborâte miercuri deasupra Kremlinului; Moscova a numit incidentul un atac asupra reședinței președintelui Putin.',
  ],
  more: [
    // a feature on the residence (its air defences, no tourists) that reports the alleged attack
    'Imagini din satelit arată palatul lui Putin de la Valdai, înconjurat de sisteme de apărare antiaeriană Pantsir. Turiștii nu au voie să se apropie de lac. Rusia susține că dronele ucrainene au atacat presupus această reședință a lui Putin la sfârșitul lui decembrie.',
    'Donald Trump a spus că Vladimir Putin i-a povestit la telefon că i-a fost atacată casa și că este foarte supărat.',
    'Rusia sustine ca Ucraina a lansat 91 de drone asupra resedintei presedintelui rus din regiunea Novgorod. Kievul dezminte categoric.',
    'ACTUALIZARE 14:05 – Moscova afirmă că reşedinţa lui Vladimir Putin de la Valdai a fost ţinta unui atac cu drone în noaptea de duminică spre luni. Ucraina respinge acuzaţiile şi vorbeşte despre o provocare.',
    'Vila de la Dolghie Borodî, ascunsă în pădurile din jurul lacului Valdai, este una dintre cele mai păzite proprietăți ale lui Putin. Potrivit Moscovei, spre ea s-ar fi îndreptat dronele ucrainene la sfârșitul lui decembrie.',
    'Rusia a lovit în cursul nopții Kievul cu rachete și drone, iar mai multe cartiere au rămas fără căldură.\n' +
      'Primarul capitalei a anunțat că echipele de intervenție lucrează la repararea rețelei de termoficare.\n' +
      'Cel puțin doi oameni au fost răniți, potrivit autorităților locale.\n' +
      'La Moscova, Ministerul Apărării a numit lovitura o ripostă la presupusul atac cu drone asupra reședinței lui Putin.\n' +
      'Președintele Zelenski a cerut din nou partenerilor occidentali mai multe sisteme antiaeriene.\n' +
      'Temperaturile în capitala ucraineană au coborât noaptea sub minus cincisprezece grade.',
    'Premierul indian Narendra Modi s-a declarat profund îngrijorat de informațiile privind atacul asupra reședinței președintelui Putin și a îndemnat părțile să evite orice escaladare.',
    'Atacul cu drone asupra dacei lui Putin de la Valdai: Moscova nu a prezentat până acum nicio dovadă, iar Kievul vorbește despre o înscenare.',
    'Lavrov: Kievul a țintit cu 91 de drone reședința de stat a lui Putin. Ucraina: o minciună menită să blocheze negocierile.',
    'Lavrov: Ucraina a lansat 91 de drone spre reședința lui Putin de la Valdai.',
    'Rusia susține că locuința lui Putin din regiunea Novgorod a fost atacată cu drone. Zelenski vorbește despre minciuni.',
    'LIVE: Kremlinul spune că reședința președintelui de la Valdai a fost ținta unui atac cu drone în noaptea de 28 spre 29 decembrie.',
    'CIA a concluzionat că Ucraina nu a vizat reședința lui Putin de lângă lacul Ujin, cunoscută drept Dolghie Borodî.',
    'Rusia a prezentat lovitura cu Oreșnik drept represalii pentru presupusul atac asupra reședinței lui Putin.',
  ],
});
