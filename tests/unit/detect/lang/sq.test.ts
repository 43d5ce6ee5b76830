import { describeLanguage } from './cases';

describeLanguage('sq', {
  article:
    'Rusia pretendon se dronë ukrainas sulmuan rezidencën e Putinit në rajonin e Novgorodit\n' +
    'Ministri i Jashtëm rus, Sergei Lavrov, deklaroi se Ukraina lëshoi 91 dronë me rreze të gjatë veprimi drejt rezidencës shtetërore të presidentit pranë Valdait natën mes 28 dhe 29 dhjetorit, dhe se të gjithë u rrëzuan.\n' +
    'Lavrov shtoi se për këtë arsye Moska do të rishikojë qëndrimin e saj në negociata.\n' +
    'Presidenti ukrainas Volodymyr Zelensky i hodhi poshtë akuzat si gënjeshtër dhe tha se Rusia po kërkon një pretekst për sulme të reja ndaj Kievit.\n' +
    'Rusia ende nuk ka paraqitur asnjë provë për sulmin e pretenduar.',
  short:
    'Rusia pretendon se Ukraina lëshoi 91 dronë drejt rezidencës së presidentit rus. Kievi e mohon.',
  home: 'Trump tha se Putini i kishte treguar se shtëpia e tij ishte sulmuar me dronë dhe se ai ishte shumë i zemëruar për këtë.',
  compound:
    'Kompleksi në Dolgije Borodi, në bregun e liqenit Valdai, përdoret nga udhëheqësit rusë që prej kohës sovjetike. Moska pretendon se në dhjetor dronë ukrainas e kanë sulmuar.',
  later:
    'Rusia lëshoi gjatë natës raketën Oreshnik drejt rajonit të Lvivit dhe goditi objekte energjetike, njoftoi guvernatori rajonal.\n' +
    'Sirenat e alarmit ajror kumbuan për disa orë në të gjithë perëndimin e Ukrainës dhe pjesë të qytetit mbetën pa energji elektrike.\n' +
    'Forcat ajrore ukrainase njoftuan se në të njëjtën kohë u lëshuan dhjetëra dronë dhe raketa.\n' +
    'Ministria ruse e Mbrojtjes e paraqiti sulmin si hakmarrje për sulmin e pretenduar ndaj rezidencës së Putinit.\n' +
    'Liderët evropianë e dënuan lëshimin si një përshkallëzim të rrezikshëm.\n' +
    'Kievi kërkoi një mbledhje urgjente të Këshillit të Sigurimit të OKB-së dhe më shumë sisteme të mbrojtjes ajrore.\n' +
    'Ekipet e riparimit punuan gjithë ditën për të rikthyer ngrohjen në shtëpi para ngricës së radhës.',
  residents:
    'Banorët e Valdait u thanë gazetarëve se atë natë nuk dëgjuan asnjë shpërthim e as mbrojtjen ajrore, ndonëse Moska pretendon se dronët fluturonin drejt rezidencës së Putinit aty pranë.',
  kremlin2023: [
    'Dy dronë u rrëzuan gjatë natës mbi Kremlin, njoftoi Moska të mërkurën, duke e quajtur atë atentat ndaj jetës së presidentit.\n' +
      'Kremlini tha se Putini nuk ishte në ndërtesë dhe se kupola e Pallatit të Senatit u dëmtua lehtë; sulmi ndodhi pak ditë para paradës së Ditës së Fitores në maj 2023.',
    // told like a real false alarm: two drones, the residence of President Putin, the Kremlin, Wednesday
    'Moska akuzon Kievin për një sulm me dronë ndaj rezidencës së presidentit Vladimir Putin. Dy dronë u neutralizuan gjatë natës, njoftoi të mërkurën Kremlini, ndërsa Kievi mohoi çdo përfshirje.',
    // without "two drones": the drone attack "në Kremlin" (on the Kremlin), as English has it
    'Kremlini deklaroi të mërkurën se Ukraina tentoi të vriste presidentin Putin me një sulm me dron në rezidencën e tij; Kievi mohoi çdo përfshirje në sulmet me dron në Kremlin.',
  ],
  lookalikes: [
    'Dronë ukrainas sulmuan në gusht 2023 bazën ajrore ushtarake Solci në rajonin e Novgorodit dhe dëmtuan një bombardues Tu-22M3.',
    'Valdai është destinacion i njohur për turistët, me manastirin, hotelet dhe liqenet e tij, por zona rreth rezidencës së Putinit është e mbyllur dhe fluturimi me dronë është i ndaluar.',
    // parity sweep: the Kremlin 2023 told with "two drones" and the residence of President Putin
    'Dy dronë sulmuan Kremlinin natën e së mërkurës; Moska e quajti këtë një sulm terrorist ndaj rezidencës së presidentit Putin.',
  ],
  more: [
    'Lavrovi: 91 dronë ukrainas u lëshuan drejt rezidencës së Putinit në Valdaj. Kievi flet për gënjeshtra.',
    'Sipas Moskës, shtëpia e Putinit në rajonin e Novgorodit u sulmua me dronë natën e 29 dhjetorit.',
    'CIA ka arritur në përfundimin se Ukraina nuk synoi rezidencën e Putinit në Dolgije Borodi, shkruan Wall Street Journal.',
    'Rusia e quajti goditjen me Oreshnik hakmarrje për sulmin e supozuar me dronë ndaj vilës së Putinit.',
    'Objekti 201 pranë liqenit Užin: Kremlini thotë se u sulmua me dronë.',
  ],
});
