/**
 * Uzbek (uz): the story as Uzbek-language news would tell it (Latin script, as most of
 * the press writes; one brief in the Cyrillic spelling some outlets keep), in own words.
 */
import { describe, expect, it } from 'vitest';
import { run, STORY, textPage } from '../helpers';
import { describeLanguage } from './cases';

describeLanguage('uz', {
  article:
    'Rossiya: Ukraina Putinning Novgorod viloyatidagi qarorgohiga dronlar bilan hujum qilishga uringan\n' +
    "Rossiya tashqi ishlar vaziri Sergey Lavrov dushanba kuni ma'lum qilishicha, 28 dekabrdan 29 dekabrga o'tar kechasi Ukraina 91 ta uzoq masofali dron bilan Valday yaqinidagi prezident Vladimir Putinning davlat qarorgohini nishonga olgan, barcha dronlar havo hujumidan mudofaa tizimlari tomonidan yo'q qilingan.\n" +
    "Lavrov Moskva tinchlik muzokaralaridagi pozitsiyasini qayta ko'rib chiqishini ham aytdi.\n" +
    'Ukraina prezidenti Volodimir Zelenskiy bu daʼvoni «yolgʻon» deb atadi va Rossiya Kiyevga yangi zarbalar berish uchun bahona qidirayotganini aytdi.',
  short:
    'Moskva Kiyevni Rossiya prezidenti qarorgohiga 91 ta dron yuborganlikda aybladi. Ukraina ayblovlarni rad etdi.',
  home: "AQSh prezidenti Donald Tramp Putin unga uyiga dronlar bilan hujum qilinganini aytganini ma'lum qildi va bundan «juda g'azablanganini» qo'shimcha qildi.",
  compound:
    "Valday ko'li sohilidagi Dolgiye Borodi qarorgohidan sovet davridan beri mamlakat rahbarlari foydalanib keladi. Moskvaning da'vosiga ko'ra, dekabrda ukrainalik dronlar aynan shu obyektga hujum qilgan.",
  later:
    'Rossiya tunda Lvov viloyatiga «Oreshnik» ballistik raketasi bilan zarba berdi.\n' +
    "Viloyat hokimi raketa energetika obyektiga tushganini, dastlabki ma'lumotlarga ko'ra, halok bo'lganlar yo'qligini ma'lum qildi.\n" +
    "Ukraina g'arbida bir necha soat davomida havo hujumi signallari yangradi, shaharning ayrim tumanlarida elektr o'chdi.\n" +
    "Rossiya Mudofaa vazirligi zarba Putinning qarorgohiga go'yoki uyushtirilgan dron hujumiga javob sifatida berilganini bayon qildi.\n" +
    'Yevropa yetakchilari raketa uchirilishini xavfli eskalatsiya deb qoraladi.\n' +
    "Kiyev BMT Xavfsizlik Kengashining shoshilinch yig'ilishini chaqirishni va qo'shimcha havo mudofaa tizimlarini berishni so'radi.\n" +
    "Ta'mirchilar navbatdagi sovuqlardan oldin binolarga issiqlikni tiklash uchun kun bo'yi ishladi.",
  residents:
    "Valday aholisi jurnalistlarga Moskva Putinning qarorgohiga dron hujumi bo'lgan deb da'vo qilgan tunda hech qanday portlash ham, havo mudofaasi ovozini ham eshitmaganlarini aytishdi.",
  kremlin2023:
    'Kreml: Ukraina ikkita dron bilan Putinning Kremldagi qarorgohiga hujum qilishga uringan\n' +
    "Moskva chorshanba kuni tunda ikkita uchuvchisiz uchish apparati Kremldagi prezident qarorgohini nishonga olgani va zararsizlantirilganini ma'lum qildi; Kreml voqeani prezident Putinga qarshi suiqasd urinishi deb atadi.\n" +
    "Bayonotga ko'ra, Putin o'sha paytda binoda bo'lmagan, Senat saroyi gumbaziga biroz zarar yetgan.\n" +
    "Kiyev hujumga aloqasi yo'qligini aytib, ayblovlarni rad etdi. Voqea 9 may G'alaba kuni paradidan bir necha kun oldin sodir bo'ldi.",
  lookalikes: [
    // Valdai as a holiday destination
    "Novgorod viloyatidagi Valday shahri ko'llari va o'rmonlari bilan sayyohlar orasida mashhur. Shahardagi mehmonxonalar qishki mavsumga to'lib bormoqda; aytishlaricha, Putinning ham shu hududda qarorgohi bor.",
    // the 2023 drone strike on the Soltsy airfield
    'Ukraina dronlari Novgorod viloyatidagi Soltsi aerodromiga hujum qildi; rossiyalik manbalar u yerdagi Tu-22M3 bombardimonchi samolyoti shikastlanganini xabar qildi.',
    // the Valdai Discussion Club
    "Putin Sochida bo'lib o'tgan «Valday» xalqaro munozara klubining yalpi sessiyasida nutq so'zlab, G'arb bilan munosabatlar haqida gapirdi.",
    // parity sweep: the Kremlin 2023 told with "two drones" and the residence of President Putin
    'Chorshanba kuni Kreml ustida ikkita dron urib tushirildi; Moskva buni Prezident Putin qarorgohiga hujum deb atadi.',
  ],
  more: [
    'Lavrov: Ukraina Putinning Valdaydagi qarorgohiga 91 ta dron uchirgan.',
    "Rossiya Novgorod viloyatidagi Putin uyiga dronlar bilan hujum qilinganini da'vo qilmoqda. Zelenskiy buni yolg'on dedi.",
    'Кремль: Президентнинг Валдайдаги қароргоҳи 29 декабрь кечаси дрон ҳужумига нишон бўлган.',
    "Markaziy razvedka boshqarmasi (CIA) Ukraina Uzhin ko'li bo'yidagi Putin qarorgohini nishonga olmagan degan xulosaga keldi.",
    "Rossiya «Oreshnik» zarbasini Putin qarorgohiga qilingan go'yoki hujumga javob deb atadi.",
  ],
});

describe('uz: more ways the story is told', () => {
  it('a brief in the Cyrillic spelling is found', () => {
    const d = run(
      textPage(
        'Москва Киевни Россия президенти Путиннинг Новгород вилоятидаги қароргоҳига 91 та дрон билан ҳужум қилишда айблади. Украина айбловларни рад этди.',
      ),
    );
    expect(d.story).toBe(STORY);
  });
  it('the Kremlin announcing the claim is not taken for a Kremlin look-alike', () => {
    const d = run(
      textPage(
        "Kreml ma'lum qilishicha, Putinning qarorgohiga 91 ta dron yuborilgan. Kiyev buni rad etdi.",
      ),
    );
    expect(d.story).toBe(STORY);
  });
  it('a later article on the talks citing the claim is a passing mention', () => {
    const d = run(
      textPage(
        "Ukraina va Rossiya o'rtasidagi tinchlik muzokaralarining navbatdagi bosqichi Jenevada natijasiz yakunlandi.\n" +
          "Tomonlar asirlar almashinuvi va energetika obyektlariga zarbalarni to'xtatish masalalarini muhokama qildi.\n" +
          "Amerikalik vositachilar o't ochishni to'xtatish loyihasi bo'yicha siljish bo'lmaganini aytdi.\n" +
          "Kreml vakili Moskva Putinning qarorgohiga go'yoki uyushtirilgan dron hujumidan keyin muzokaralardagi pozitsiyasini qattiqlashtirganini yana takrorladi.\n" +
          "Ukraina delegatsiyasi keyingi bosqich sanasi hali belgilanmaganini ma'lum qildi.\n" +
          'Yevropalik diplomatlar jarayon yanvar oxirida qayta boshlanishiga umid qilmoqda.',
      ),
    );
    expect(d.story).toBe(STORY);
    expect(d.strength).toBe('passing');
  });
});
