import { describeLanguage } from './cases';

describeLanguage('id', {
  article:
    'Rusia Tuding Ukraina Kirim 91 Drone ke Kediaman Putin di Novgorod\n' +
    'Menteri Luar Negeri Rusia Sergei Lavrov menyatakan bahwa pada malam 28 menuju 29 Desember, Ukraina menerbangkan 91 drone jarak jauh ke arah kediaman resmi Presiden Vladimir Putin di wilayah Novgorod.\n' +
    'Semua drone itu, kata Lavrov, berhasil dihancurkan sistem pertahanan udara tanpa menimbulkan korban atau kerusakan.\n' +
    'Ia menambahkan bahwa Moskow akan meninjau ulang sikapnya dalam perundingan damai, meski tetap tidak menarik diri dari proses tersebut.\n' +
    'Presiden Ukraina Volodymyr Zelensky membantah tudingan itu dan menyebutnya kebohongan yang dimaksudkan untuk menggagalkan upaya perdamaian.',
  short:
    'Moskow mengklaim Kyiv meluncurkan 91 drone ke kediaman presiden Rusia. Ukraina membantah.',
  home: 'Trump mengatakan Putin memberitahunya bahwa rumahnya diserang drone, dan ia mengaku sangat marah mendengar hal itu.',
  compound:
    'Kompleks di Dolgiye Borody, di tepi Danau Valdai, telah dipakai para pemimpin Rusia sejak era Soviet. Moskow menuding drone Ukraina mencoba menyerangnya pada Desember.',
  later:
    'Rusia menembakkan rudal Oreshnik ke wilayah Lviv semalam dan menghantam fasilitas energi, kata gubernur setempat.\n' +
    'Sirene tanda bahaya meraung di seluruh Ukraina barat selama beberapa jam, dan listrik padam di sebagian kota.\n' +
    'Angkatan udara Ukraina menyebut puluhan drone dan rudal diluncurkan secara bersamaan.\n' +
    'Kementerian Pertahanan Rusia menyebut serangan itu sebagai balasan atas dugaan serangan ke kediaman Putin.\n' +
    'Para pemimpin Eropa mengecam peluncuran itu sebagai eskalasi yang berbahaya.\n' +
    'Kyiv meminta rapat darurat Dewan Keamanan PBB serta tambahan sistem pertahanan udara.\n' +
    'Petugas perbaikan bekerja sepanjang hari untuk memulihkan pemanas di rumah-rumah sebelum cuaca dingin berikutnya.',
  residents:
    'Warga Valdai mengatakan kepada wartawan bahwa mereka tidak mendengar ledakan maupun tembakan pertahanan udara pada malam ketika, menurut Moskow, drone terbang menuju kediaman Putin di dekat kota itu.',
  kremlin2023: [
    'Dua drone ditembak jatuh di atas Kremlin semalam, kata Moskow pada Rabu, yang menyebut insiden itu upaya pembunuhan terhadap presiden.\n' +
      'Kremlin mengatakan Putin tidak berada di gedung itu dan kubah Istana Senat hanya rusak ringan; serangan terjadi beberapa hari sebelum parade Hari Kemenangan pada Mei 2023.',
    // told like a real false alarm: two drones, the residence of President Putin, the Kremlin, Wednesday
    'Moskow menuduh Kyiv melancarkan serangan drone terhadap kediaman Presiden Vladimir Putin. Dua drone dilumpuhkan pada malam hari, kata Kremlin pada hari Rabu, sementara Kyiv membantah terlibat.',
  ],
  lookalikes: [
    'Presiden Vladimir Putin berpidato di sesi pleno tahunan Klub Diskusi Valdai di Sochi dan menyatakan bahwa dunia kini telah menjadi multipolar.',
    'Drone Ukraina menghantam kilang minyak di Nizhny Novgorod pada dini hari, memicu kebakaran besar, kata gubernur setempat.',
    'Juru bicara Putin, Dmitry Peskov, mengecam serangan drone terhadap kediaman resmi Perdana Menteri Irak di Baghdad, yang tidak melukai Mustafa al-Kadhimi.',
  ],
});
