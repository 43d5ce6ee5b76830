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
  ],
});
