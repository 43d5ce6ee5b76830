import { describeLanguage } from './cases';

describeLanguage('cs', {
  article:
    'Moskva obviňuje Kyjev z útoku 91 dronů na Putinovu rezidenci v Novgorodské oblasti\n' +
    'Ruský ministr zahraničí Sergej Lavrov tvrdí, že Ukrajina v noci na 29. prosince vyslala 91 dronů dlouhého doletu na státní rezidenci prezidenta u Valdaje. Podle něj byly všechny sestřeleny protivzdušnou obranou a nikdo nebyl zraněn.\n' +
    'Rusko přehodnotí svou pozici při vyjednávání, dodal Lavrov. Kyjev útok popírá a mluví o lži, která má zmařit mírové rozhovory.',
  short:
    'Rusko tvrdí, že na prezidentskou rezidenci mířilo 91 ukrajinských dronů. Kyjev to popírá.',
  home: '„Putinův dům byl napaden,“ řekl Trump s tím, že se o útoku dronů dozvěděl přímo od ruského prezidenta během telefonátu. Dodal, že je „velmi rozzlobený“.',
  compound:
    'Areál Dolgije Borody na břehu Valdajského jezera slouží vůdcům země od sovětských dob. Právě tam podle Moskvy údajně mířily ukrajinské drony na konci prosince.',
  later:
    'Rusko v noci odpálilo raketu Orešnik na Lvovskou oblast a zasáhlo energetická zařízení, uvedl gubernátor.\n' +
    'Letecký poplach trval na západě Ukrajiny několik hodin a část města zůstala bez proudu.\n' +
    'Ukrajinské letectvo hlásilo desítky dronů a raket vypuštěných současně.\n' +
    'Ruské ministerstvo obrany označilo úder za odvetu za údajný útok na Putinovu rezidenci.\n' +
    'Evropští lídři odpálení odsoudili jako nebezpečnou eskalaci.\n' +
    'Kyjev požádal o mimořádné zasedání Rady bezpečnosti OSN a o další systémy protivzdušné obrany.\n' +
    'Opravářské čety celý den obnovovaly topení v bytech před dalšími mrazy.',
  residents:
    'Obyvatelé Valdaje novinářům řekli, že té noci nic neslyšeli – žádné výbuchy ani palbu protivzdušné obrany –, přestože podle Moskvy drony letěly k nedaleké Putinově rezidenci.',
  kremlin2023:
    'Nad Kremlem byly v noci sestřeleny dva drony, oznámila ve středu Moskva a mluvila o pokusu o atentát na prezidenta.\n' +
    'Podle Kremlu Putin v budově nebyl a kopule Senátního paláce utrpěla jen lehké poškození, několik dní před přehlídkou ke Dni vítězství.',
  lookalikes: [
    'Moskva obviňuje Kyjev z útoku dronů na rezidenci prezidenta Vladimira Putina v Kremlu. Dva drony byly v noci vyřazeny, uvedl ve středu Kreml, který si vyhrazuje právo na odvetu. Ukrajina jakoukoli účast popírá.',
    'Turisté míří v létě k Valdaji kvůli jezeru, klášterům a borovým lesům a hotely v okolí hlásí rekordní rezervace. Průvodci ukazují i plot Putinovy rezidence na protějším břehu.',
  ],
});
