import { describeLanguage } from './cases';

describeLanguage('hu', {
  article:
    'Moszkva szerint Ukrajna 91 drónnal támadta Putyin rezidenciáját a Novgorodi területen\n' +
    'Szergej Lavrov orosz külügyminiszter azt állítja, hogy Ukrajna december 29-re virradó éjjel 91 nagy hatótávolságú drónt indított az elnök Valdaj közelében lévő állami rezidenciája ellen. Lavrov szerint a légvédelem valamennyit lelőtte, senki sem sérült meg.\n' +
    'Oroszország felülvizsgálja tárgyalási álláspontját, tette hozzá. Kijev tagadja a támadást, és hazugságnak nevezi, amellyel a béketárgyalásokat akarják megtorpedózni.',
  short:
    'Oroszország szerint 91 ukrán drón vette célba az elnöki rezidenciát. Kijev tagadja a támadást.',
  home: '„Putyin házát megtámadták” – mondta Trump, aki elmondása szerint magától az orosz elnöktől hallott a dróntámadásról egy telefonbeszélgetés során. Bevallotta, hogy nagyon dühös.',
  compound:
    'A Valdaj-tó partján fekvő Dolgije Borodi komplexumot a szovjet idők óta használják az ország vezetői. Moszkva állítása szerint december végén állítólag éppen oda tartottak az ukrán drónok.',
  later:
    'Oroszország az éjjel Oresnyik rakétát lőtt ki a Lvivi területre, és energetikai létesítményeket talált el – közölte a kormányzó.\n' +
    'Nyugat-Ukrajnában órákig tartott a légiriadó, a város egy része áram nélkül maradt.\n' +
    'Az ukrán légierő szerint egyszerre több tucat drónt és rakétát indítottak.\n' +
    'Az orosz védelmi minisztérium a csapást megtorlásnak nevezte a Putyin rezidenciája elleni állítólagos támadásért.\n' +
    'Az európai vezetők veszélyes eszkalációként ítélték el az indítást.\n' +
    'Kijev az ENSZ Biztonsági Tanácsának rendkívüli ülését és újabb légvédelmi rendszereket kért.\n' +
    'A szerelők egész nap dolgoztak, hogy a következő fagyok előtt visszaállítsák a fűtést a lakásokban.',
  residents:
    'Valdaj lakosai újságíróknak azt mondták, hogy azon az éjszakán semmit sem hallottak – sem robbanást, sem légvédelmi tüzet –, pedig Moszkva szerint a drónok a közeli Putyin-rezidencia felé repültek.',
  kremlin2023:
    'Két drónt lőttek le éjjel a Kreml fölött, közölte szerdán Moszkva, amely merényletkísérletről beszélt az elnök ellen.\n' +
    'A Kreml szerint Putyin nem tartózkodott az épületben, a Szenátusi palota kupolája pedig kisebb sérüléseket szenvedett, néhány nappal a győzelem napi díszszemle előtt.',
  lookalikes: [
    'Moszkva dróntámadással vádolja Kijevet Vlagyimir Putyin elnök kremli rezidenciája ellen. Két drónt éjjel ártalmatlanítottak, közölte szerdán a Kreml, amely fenntartja a válaszcsapás jogát. Ukrajna tagadott minden részvételt.',
    'A Valdaj Nemzetközi Vitaklub Szocsiban ülésezett, ahol Vlagyimir Putyin a plenáris ülésen a Nyugattal való kapcsolatokról beszélt.',
  ],
});
