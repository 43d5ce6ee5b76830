import { describeLanguage } from './cases';

describeLanguage('fi', {
  article:
    'Venäjä syyttää Ukrainaa drooni-iskusta Putinin residenssiin Novgorodin alueella\n' +
    'Venäjän ulkoministeri Sergei Lavrov väittää, että Ukraina lähetti 28. ja 29. joulukuuta välisenä yönä 91 kaukolennokkia presidentin valtion residenssiä kohti Valdain lähellä. Lavrovin mukaan ilmatorjunta ampui kaikki alas, eikä kukaan loukkaantunut.\n' +
    'Venäjä tarkistaa kantaansa rauhanneuvotteluissa, Lavrov sanoi. Kiova kiistää syytteen ja kutsuu sitä valheeksi, jolla halutaan kaataa rauhanprosessi.',
  short:
    'Venäjän mukaan 91 ukrainalaista droonia yritti iskeä presidentin residenssiin. Kiova kiistää hyökkäyksen.',
  home: '– Putinin taloon hyökättiin, Trump sanoi ja kertoi kuulleensa drooni-iskusta Venäjän presidentiltä itseltään puhelimessa. Hän sanoi olevansa hyvin vihainen.',
  compound:
    'Dolgije Borodyn huvila-alue Valdainjärven rannalla on ollut maan johtajien käytössä neuvostoajoista asti. Moskovan mukaan väitetyt ukrainalaiset droonit olivat matkalla sinne joulukuun lopussa.',
  later:
    'Venäjä ampui yöllä Orešnik-ohjuksen Lvivin alueelle ja osui energialaitoksiin, kertoi alueen kuvernööri.\n' +
    'Ilmahälytys kesti Länsi-Ukrainassa useita tunteja, ja osa kaupungista jäi ilman sähköä.\n' +
    'Ukrainan ilmavoimien mukaan samaan aikaan laukaistiin kymmeniä drooneja ja ohjuksia.\n' +
    'Venäjän puolustusministeriö kuvasi iskua kostoksi väitetystä hyökkäyksestä Putinin residenssiin.\n' +
    'Eurooppalaiset johtajat tuomitsivat laukaisun vaaralliseksi kärjistämiseksi.\n' +
    'Kiova pyysi YK:n turvallisuusneuvoston kiireellistä kokousta ja lisää ilmatorjuntajärjestelmiä.\n' +
    'Korjausryhmät tekivät töitä koko päivän palauttaakseen lämmityksen asuntoihin ennen seuraavia pakkasia.',
  residents:
    'Valdain asukkaat kertoivat toimittajille, etteivät he kuulleet sinä yönä räjähdyksiä eivätkä ilmatorjuntaa, vaikka Moskovan mukaan droonit lensivät kohti Putinin lähellä sijaitsevaa residenssiä. Yö oli hiljainen, he sanoivat.',
  kremlin2023:
    'Kaksi droonia ammuttiin yöllä alas Kremlin yllä, Moskova ilmoitti keskiviikkona ja puhui yrityksestä murhata presidentti.\n' +
    'Kremlin mukaan Putin ei ollut rakennuksessa, ja senaatin palatsin kupoli vaurioitui lievästi vain päiviä ennen voitonpäivän paraatia.',
  lookalikes: [
    'Moskova syyttää Kiovaa drooni-iskusta presidentti Vladimir Putinin residenssiin Kremlissä. Kaksi droonia tehtiin yöllä vaarattomiksi, Kreml ilmoitti keskiviikkona ja pidätti oikeuden vastatoimiin. Ukraina kiisti osallisuutensa.',
    'Matkailijat suuntaavat kesällä Valdaihin järven, luostarien ja mäntymetsien vuoksi, ja alueen hotellit kertovat ennätysvarauksista. Oppaat näyttävät myös Putinin residenssin aidan järven toisella rannalla.',
  ],
});
