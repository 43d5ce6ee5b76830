import { describeLanguage } from './cases';

describeLanguage('pl', {
  article:
    'Moskwa oskarża Kijów o atak 91 dronów na rezydencję Putina w obwodzie nowogrodzkim\n' +
    'Szef rosyjskiej dyplomacji Siergiej Ławrow twierdzi, że w nocy z 28 na 29 grudnia Ukraina wysłała 91 dronów dalekiego zasięgu na państwową rezydencję prezydenta w pobliżu Wałdaju. Według niego wszystkie zostały zestrzelone, nikt nie ucierpiał, a zniszczeń nie ma.\n' +
    'Rosja zrewiduje swoje stanowisko w negocjacjach, dodał Ławrow. Kijów zaprzecza i mówi o kłamstwie, które ma storpedować rozmowy pokojowe.',
  short:
    'Rosja twierdzi, że 91 ukraińskich dronów miało uderzyć w rezydencję prezydenta. Kijów zaprzecza.',
  home: '„Dom Putina został zaatakowany” – powiedział Trump, który, jak twierdzi, dowiedział się o ataku dronów od samego rosyjskiego przywódcy podczas rozmowy telefonicznej. Przyznał, że jest „bardzo zły”.',
  compound:
    'Ośrodek w Dołgich Borodach nad jeziorem Wałdaj służy przywódcom kraju od czasów radzieckich. To właśnie tam, według Moskwy, miały zmierzać rzekome ukraińskie drony pod koniec grudnia.',
  later:
    'Rosja wystrzeliła w nocy rakietę Oresznik na obwód lwowski, trafiając w obiekty energetyczne – poinformował gubernator.\n' +
    'Alarm powietrzny trwał na zachodzie Ukrainy kilka godzin, a część miasta została bez prądu.\n' +
    'Ukraińskie siły powietrzne podały, że jednocześnie wystrzelono dziesiątki dronów i rakiet.\n' +
    'Rosyjskie ministerstwo obrony przedstawiło uderzenie jako odwet za rzekomy atak na rezydencję Putina.\n' +
    'Europejscy przywódcy potępili ten krok jako niebezpieczną eskalację.\n' +
    'Kijów zwrócił się o pilne posiedzenie Rady Bezpieczeństwa ONZ i o kolejne systemy obrony powietrznej.\n' +
    'Ekipy remontowe przez cały dzień przywracały ogrzewanie w mieszkaniach przed kolejnymi mrozami.',
  residents:
    'Mieszkańcy Wałdaju mówią dziennikarzom, że tamtej nocy niczego nie słyszeli – ani wybuchów, ani obrony przeciwlotniczej – choć według Moskwy drony leciały w stronę pobliskiej rezydencji Putina.',
  kremlin2023:
    'Dwa drony zostały w nocy zestrzelone nad Kremlem, poinformowała w środę Moskwa, nazywając to zamachem na życie prezydenta.\n' +
    'Według Kremla Putina nie było w budynku, a kopuła Pałacu Senackiego została lekko uszkodzona – na kilka dni przed defiladą z okazji Dnia Zwycięstwa.',
  lookalikes: [
    'Zdjęcia satelitarne pokazują co najmniej dwanaście systemów Pancyr wokół kompleksu Dołgie Brody w obwodzie nowogrodzkim, rozmieszczonych tam do ochrony przed ukraińskimi dronami – wynika ze śledztwa.',
    'Moskwa oskarża Kijów o atak dronów na rezydencję prezydenta Władimira Putina na Kremlu. Dwa drony zostały w nocy unieszkodliwione, poinformował w środę Kreml, zastrzegając sobie prawo do odwetu. Ukraina zaprzecza jakiemukolwiek udziałowi.',
    'W sierpniu dron zaatakował lotnisko Sołcy w obwodzie nowogrodzkim i uszkodził bombowiec Tu-22M3 – podało rosyjskie ministerstwo obrony. Putin nie skomentował zdarzenia.',
  ],
  more: [
    // a feature on the compound's air defences that says, by its name alone, that drones allegedly attacked it
    'Ukraińskie drony rzekomo zaatakowały pod koniec grudnia kompleks Dołgie Brody w obwodzie nowogrodzkim. Teren, nazywany przez miejscowych Użynem, leży na półwyspie i od jesieni 2024 roku chroni go kilkanaście systemów Pancyr.',
    // a feature on the residence's air defences that says the drones "reportedly" (ponoć) attacked it
    'Rezydencję Putina nad Wałdajem, otoczoną systemami Pancyr i zamkniętą dla turystów, ukraińskie drony ponoć zaatakowały w grudniu.',
    // the compound's name as the Polish press writes it (Dołgie Brody, in its cases)
    'Rezydencja w Dołgich Brodach, którą według Moskwy miały zaatakować ukraińskie drony, jest strzeżona przez systemy Pancyr.',
    // Długie Brody, the translated name
    'Kompleks Długie Brody nad jeziorem Użyn, który według Rosji zaatakowały ukraińskie drony, to jedna z ulubionych dacz prezydenta.',
  ],
});
