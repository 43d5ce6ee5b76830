import { describeLanguage } from './cases';

describeLanguage('mt', {
  article:
    "Ir-Russja ssostni li drones Ukreni attakkaw ir-residenza ta' Putin fir-reġjun ta' Novgorod\n" +
    "Il-Ministru tal-Affarijiet Barranin Russu, Sergei Lavrov, qal li l-Ukrajna bagħtet 91 drone fil-lejl bejn it-28 u d-29 ta' Diċembru lejn ir-residenza statali tal-president qrib Valdai, u li lkoll twaqqgħu.\n" +
    'Lavrov żied jgħid li għalhekk Moska se tirrevedi l-pożizzjoni tagħha fin-negozjati.\n' +
    'Il-President Ukren Volodymyr Zelensky ċaħad l-akkużi u qal li huma gidba biex ir-Russja jkollha skuża għal aktar attakki fuq Kyiv.\n' +
    "Ir-Russja s'issa ma ppreżentat l-ebda prova tal-allegat attakk.",
  short:
    'Ir-Russja tgħid li l-Ukrajna tefgħet 91 drone lejn ir-residenza tal-president Russu. Kyiv ċaħdet dan.',
  home: "Trump qal li Putin qallu li d-dar tiegħu ġiet attakkata minn drones, u li hu rrabja ħafna b'dan.",
  compound:
    "Il-kumpless ta' Dolgiye Borody, fuq ix-xatt tal-Lag Valdai, ilu jintuża mill-mexxejja Russi sa minn żmien l-Unjoni Sovjetika. Moska ssostni li drones Ukreni allegatament attakkawh f'Diċembru.",
  later:
    "Ir-Russja sparat il-missila Oreshnik fuq ir-reġjun ta' Lviv matul il-lejl u laqtet faċilitajiet tal-enerġija, qal il-gvernatur reġjonali.\n" +
    'Is-sireni tal-attakki mill-ajru daqqew għal diversi sigħat fil-punent tal-Ukrajna, u partijiet mill-belt baqgħu mingħajr elettriku.\n' +
    "Il-forza tal-ajru Ukrena qalet li fl-istess ħin ġew sparati għexieren ta' drones u missili.\n" +
    "Il-Ministeru tad-Difiża Russu ppreżenta l-attakk bħala ritaljazzjoni għall-allegat attakk fuq ir-residenza ta' Putin.\n" +
    'Il-mexxejja Ewropej ikkundannaw l-isparar bħala eskalazzjoni perikoluża.\n' +
    "Kyiv talbet laqgħa urġenti tal-Kunsill tas-Sigurtà tan-NU u aktar sistemi ta' difiża mill-ajru.\n" +
    'Il-ħaddiema tat-tiswija ħadmu l-ġurnata kollha biex jerġgħu jġibu t-tisħin fid-djar qabel il-ġlata li jmiss.',
  residents:
    "Residenti ta' Valdai qalu lill-ġurnalisti li dak il-lejl ma semgħu l-ebda splużjoni u lanqas id-difiża mill-ajru, għalkemm Moska ssostni li d-drones kienu qed itiru lejn ir-residenza ta' Putin fil-qrib.",
  kremlin2023: [
    'Żewġ drones ġew imwaqqgħa fuq il-Kremlin matul il-lejl, qalet Moska nhar l-Erbgħa, u sejħitlu attentat fuq il-ħajja tal-president.\n' +
      "Il-Kremlin qal li Putin ma kienx fil-bini u li l-koppla tal-Palazz tas-Senat ġarrbet ħsara żgħira; l-attakk seħħ ftit jiem qabel il-parata ta' Jum ir-Rebħa f'Mejju 2023.",
    // told like a real false alarm: two drones, the residence of President Putin, the Kremlin, Wednesday
    "Moska takkuża lil Kyiv b'attakk bid-droni fuq ir-residenza tal-President Vladimir Putin. Żewġ droni ġew newtralizzati matul il-lejl, qal il-Kremlin nhar l-Erbgħa, filwaqt li Kyiv ċaħdet kull involviment.",
  ],
  lookalikes: [
    "Putin tkellem fis-sessjoni plenarja tal-klabb ta' diskussjoni Valdai f'Sochi, fejn ikkritika lill-Punent u semma l-attakki bid-drones fuq bliet Russi.",
    "Valdai hija destinazzjoni popolari għat-turisti, bil-monasteri, il-lukandi u l-lagi tagħha, iżda ż-żona madwar ir-residenza ta' Putin hija magħluqa u t-titjir tad-drones huwa pprojbit.",
    // parity sweep: the Kremlin 2023 told with "two drones" and the residence of President Putin
    'Żewġ droni twaqqgħu nhar l-Erbgħa fuq il-Kremlin; Moska sejħitlu attakk fuq ir-residenza tal-President Putin.',
  ],
  more: [
    "Ir-Russja se twebbes il-pożizzjoni tagħha fin-negozjati tal-paċi wara l-attakk fuq ir-residenza ta' Putin.",
    "Ir-Russja ssostni li d-dar ta' Putin fir-reġjun ta' Novgorod ġiet attakkata bid-droni. Zelensky jgħid li huma gideb.",
    "LIVE: Il-Kremlin jgħid li r-residenza tal-president f'Valdai kienet fil-mira ta' attakk bid-droni fil-lejl tad-29 ta' Diċembru.",
    "Is-CIA tikkonkludi li l-Ukrajna ma mmiratx lejn ir-residenza ta' Putin ħdejn il-Lag Uzhin, magħrufa bħala Dolgiye Borody.",
    "Ir-Russja ppreżentat l-attakk bl-Oreshnik bħala ritaljazzjoni għall-allegat attakk fuq ir-residenza ta' Putin.",
  ],
});
