import { describeLanguage } from './cases';

describeLanguage('ms', {
  article:
    'Rusia dakwa Ukraine lancar serangan dron ke atas kediaman Putin di wilayah Novgorod\n' +
    'MOSCOW: Menteri Luar Rusia, Sergei Lavrov mendakwa Ukraine melancarkan 91 dron jarak jauh ke arah kediaman rasmi Presiden Vladimir Putin di wilayah Novgorod pada malam 28 hingga 29 Disember.\n' +
    'Menurut Lavrov, kesemua dron itu dimusnahkan oleh sistem pertahanan udara dan tiada kemalangan jiwa atau kerosakan dilaporkan.\n' +
    'Beliau berkata Moscow akan menyemak semula pendiriannya dalam rundingan damai, namun tidak akan menarik diri daripada proses tersebut.\n' +
    'Presiden Ukraine, Volodymyr Zelensky menafikan dakwaan itu dan menyifatkannya sebagai pembohongan bagi menggagalkan usaha damai.',
  short:
    'Moscow mendakwa Kyiv melancarkan 91 dron ke arah kediaman Presiden Rusia. Ukraine menafikannya.',
  home: 'Presiden AS, Donald Trump berkata Putin memberitahunya bahawa rumahnya diserang dron dan beliau berasa sangat marah mengenainya.',
  compound:
    'Kompleks kediaman di Dolgiye Borody, di tepi Tasik Valdai, telah digunakan pemimpin Rusia sejak zaman Soviet. Moscow mendakwa dron Ukraine cuba menyerangnya pada Disember.',
  later:
    'Rusia melancarkan peluru berpandu Oreshnik ke wilayah Lviv awal pagi tadi dan mengenai kemudahan tenaga, kata gabenor wilayah itu.\n' +
    'Amaran serangan udara berbunyi di seluruh barat Ukraine selama beberapa jam dan bekalan elektrik terputus di sebahagian bandar.\n' +
    'Tentera udara Ukraine berkata berpuluh-puluh dron dan peluru berpandu dilancarkan serentak.\n' +
    'Kementerian Pertahanan Rusia menyifatkan serangan itu sebagai tindakan balas terhadap dakwaan serangan ke atas kediaman Putin.\n' +
    'Pemimpin Eropah mengecam pelancaran itu sebagai peningkatan ketegangan yang berbahaya.\n' +
    'Kyiv meminta mesyuarat tergempar Majlis Keselamatan PBB dan lebih banyak sistem pertahanan udara.\n' +
    'Pasukan pembaikan bekerja sepanjang hari untuk memulihkan sistem pemanas di rumah penduduk sebelum cuaca sejuk seterusnya.',
  residents:
    'Penduduk Valdai memberitahu wartawan mereka tidak mendengar sebarang letupan atau bunyi pertahanan udara pada malam yang didakwa Moscow sebagai serangan dron ke atas kediaman Putin berhampiran bandar itu.',
  kremlin2023: [
    'Dua dron ditembak jatuh di atas Kremlin awal pagi tadi, kata Moscow pada hari Rabu, yang menyifatkannya sebagai cubaan membunuh presiden.\n' +
      'Kremlin berkata Putin tiada di dalam bangunan itu dan kubah Istana Senat mengalami sedikit kerosakan; serangan itu berlaku beberapa hari sebelum perarakan Hari Kemenangan pada Mei 2023.',
    // told like a real false alarm: two drones, the residence of President Putin, the Kremlin, Wednesday
    'Moscow menuduh Kyiv melancarkan serangan dron terhadap kediaman Presiden Vladimir Putin. Dua dron dilumpuhkan pada waktu malam, kata Kremlin pada hari Rabu, manakala Kyiv menafikan sebarang penglibatan.',
  ],
  lookalikes: [
    'Valdai, bandar kecil di tepi tasik di wilayah Novgorod, menarik ramai pelancong pada musim panas dengan biara di sebuah pulau dan muzium locengnya. Hotel di tepi tasik biasanya penuh pada hujung minggu.',
    'Imej satelit yang dianalisis wartawan penyiasat menunjukkan berpuluh-puluh sistem Pantsir dipasang di sekitar kediaman Putin di Tasik Valdai, wilayah Novgorod, bagi melindunginya daripada serangan dron.',
    'Dron Ukraine menyerang lapangan terbang tentera Soltsy di wilayah Novgorod pada Ogos 2023 dan merosakkan sebuah pesawat pengebom Tu-22M3, kata Kementerian Pertahanan Rusia.',
    'Jurucakap Putin, Dmitry Peskov mengecam serangan dron ke atas kediaman rasmi Perdana Menteri Iraq di Baghdad, yang tidak mencederakan Mustafa al-Kadhimi.',
    // parity sweep: the Kremlin 2023 told with "two drones" and the residence of President Putin
    'Dua dron ditembak jatuh di atas Kremlin pada hari Rabu; Moscow menyifatkannya sebagai serangan ke atas kediaman Presiden Putin.',
  ],
  more: [
    'Lavrov: Ukraine lancar 91 dron ke arah kediaman Putin di Valdai.',
    'Rusia mendakwa rumah Putin di wilayah Novgorod diserang dron. Zelensky menyifatkannya sebagai pembohongan.',
    'LANGSUNG: Kremlin berkata kediaman presiden di Valdai menjadi sasaran serangan dron pada malam 29 Disember.',
    'CIA menyimpulkan Ukraine tidak menyasarkan kediaman Putin di tepi Tasik Uzhin, yang dikenali sebagai Dolgiye Borody.',
    'Rusia menyifatkan serangan Oreshnik sebagai tindakan balas atas dakwaan serangan ke atas kediaman Putin.',
  ],
});
