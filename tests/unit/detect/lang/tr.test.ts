/**
 * Turkish (tr): the story as Turkish-language news would tell it, in own words.
 */
import { describe, expect, it } from 'vitest';
import { run, STORY, textPage } from '../helpers';
import { describeLanguage } from './cases';

describeLanguage('tr', {
  article:
    "Rusya: Ukrayna, Putin'in Novgorod'daki konutuna İHA'larla saldırmaya çalıştı\n" +
    "Rusya Dışişleri Bakanı Sergey Lavrov, 28 Aralık'ı 29 Aralık'a bağlayan gece Ukrayna'nın 91 uzun menzilli insansız hava aracıyla Devlet Başkanı Vladimir Putin'in Novgorod bölgesindeki Valday yakınlarında bulunan devlet konutunu hedef aldığını, araçların tamamının düşürüldüğünü söyledi.\n" +
    "Lavrov, Moskova'nın barış müzakerelerindeki tutumunu gözden geçireceğini de açıkladı.\n" +
    'Ukrayna Devlet Başkanı Volodimir Zelenskiy ise iddiayı "yalan" olarak nitelendirdi ve Rusya\'nın Kiev\'e yeni saldırılar için bahane aradığını söyledi.',
  short:
    "Moskova, Kiev'in Rusya Devlet Başkanının konutuna 91 İHA gönderdiğini öne sürdü. Ukrayna iddiayı kesin bir dille reddetti.",
  home: 'ABD Başkanı Donald Trump, Putin\'in kendisine evinin insansız hava araçlarıyla saldırıya uğradığını söylediğini aktardı ve bu habere "çok kızdığını" belirtti.',
  compound:
    "Valday Gölü kıyısındaki Dolgiye Borodı tesisi Sovyet döneminden beri ülkenin liderlerine tatil yeri olarak hizmet veriyor. Moskova, aralık ayında Ukrayna İHA'larının bu tesise saldırdığını iddia ediyor.",
  later:
    'Rusya, gece saatlerinde Lviv bölgesine Oreşnik orta menzilli balistik füzesiyle saldırı düzenledi.\n' +
    'Bölge valisi, füzenin bir enerji tesisini vurduğunu ve ilk belirlemelere göre can kaybı olmadığını açıkladı.\n' +
    "Batı Ukrayna'da saatlerce hava saldırısı alarmı çaldı, kentin bazı semtlerinde elektrik kesildi.\n" +
    "Rusya Savunma Bakanlığı, saldırının Putin'in konutuna yönelik iddia edilen İHA saldırısına misilleme olarak gerçekleştirildiğini duyurdu.\n" +
    'Avrupalı liderler fırlatmayı tehlikeli bir tırmanma olarak kınadı.\n' +
    "Kiev, BM Güvenlik Konseyi'nin acilen toplanmasını ve ek hava savunma sistemleri gönderilmesini istedi.\n" +
    'Teknik ekipler, yeni don gelmeden evlere ısıtmayı yeniden sağlamak için gün boyu çalıştı.',
  residents:
    "Valday sakinleri, Moskova'nın Putin'in konutuna İHA saldırısı düzenlendiğini söylediği gece hiçbir patlama ya da hava savunma sesi duymadıklarını anlattı.",
  kremlin2023:
    "Kremlin: Ukrayna, Putin'in Kremlin'deki konutuna iki İHA ile saldırmaya çalıştı\n" +
    "Moskova, çarşamba gecesi iki insansız hava aracının Kremlin'deki devlet başkanlığı konutunu hedef aldığını ve elektronik harp sistemleriyle etkisiz hale getirildiğini açıkladı; Kremlin olayı Putin'e yönelik planlı bir terör saldırısı ve suikast girişimi olarak nitelendirdi.\n" +
    "Açıklamaya göre Putin o sırada binada değildi, Senato Sarayı'nın kubbesi hafif hasar gördü.\n" +
    'Kiev saldırıyla hiçbir ilgisi olmadığını söyleyerek iddiaları reddetti. Olay, 9 Mayıs Zafer Günü geçit töreninden birkaç gün önce yaşandı.',
  lookalikes: [
    // the May 2023 Kremlin drones, told without the residence
    "Kremlin, çarşamba günü gece saatlerinde iki insansız hava aracının Kremlin'e saldırmaya çalıştığını ve düşürüldüğünü açıkladı; Moskova olayı Putin'in Kremlin'deki konutuna yönelik bir suikast girişimi olarak nitelendirdi.\n" +
      "Açıklamaya göre Putin o sırada binada değildi, Senato Sarayı'nın kubbesi hafif hasar gördü. Olay, 9 Mayıs Zafer Günü geçit töreninden birkaç gün önce yaşandı.",
    // Valdai as a holiday destination
    "Novgorod bölgesindeki Valday, gölleri ve ormanlarıyla yerli turistlerin gözdesi. Kasabadaki oteller kış tatili için şimdiden dolmaya başladı; Putin'in de bölgede bir konutu olduğu biliniyor.",
    // the 2023 drone strike on the Soltsy airfield
    "Ukrayna İHA'ları Novgorod bölgesindeki Soltsı hava üssüne saldırdı; Rus kaynaklarına göre üste bulunan Tu-22M3 bombardıman uçaklarından biri hasar gördü.",
    // Putin's New Year address and a drone attack on Kyiv the same night
    "Putin yılbaşı gecesi ulusa sesleniş konuşmasını yaptı. Aynı gece Rusya, Kiev'e İHA saldırısı düzenledi; Ukrayna yönetimi Moskova'yı sivil evleri hedef almakla suçladı ve Rus iddialarını reddetti.",
  ],
  more: [
    // 'Beyaz Saray' (the White House) is not another leader's residence
    "Beyaz Saray, Putin'in Trump'a telefonda konutuna drone saldırısı düzenlendiğini söylediğini açıkladı.",
  ],
});

describe('tr: more ways the story is told', () => {
  it('a brief naming only the presidential residence is found', () => {
    const d = run(
      textPage(
        'Kremlin: Devlet başkanlığı konutuna yönelik saldırıda 91 insansız hava aracı düşürüldü. Kiev suçlamaları asılsız buldu.',
      ),
    );
    expect(d.story).toBe(STORY);
  });
  it('the Kremlin announcing the claim is not taken for a Kremlin look-alike', () => {
    const d = run(
      textPage(
        "Kremlin, Putin'in konutuna 91 İHA ile saldırı düzenlendiğini açıkladı. Kiev iddiaları reddetti.",
      ),
    );
    expect(d.story).toBe(STORY);
  });
  it('a later article on the talks citing the claim is a passing mention', () => {
    const d = run(
      textPage(
        "Ukrayna ile Rusya arasındaki barış görüşmelerinin yeni turu Cenevre'de sonuçsuz kaldı.\n" +
          'Taraflar esir takası ve enerji tesislerine yönelik saldırıların durdurulması konularını ele aldı.\n' +
          "ABD'li arabulucular, ateşkes taslağı üzerinde ilerleme kaydedilemediğini söyledi.\n" +
          "Kremlin Sözcüsü, Moskova'nın müzakere tutumunu Putin'in konutuna yönelik iddia edilen İHA saldırısının ardından sertleştirdiğini yineledi.\n" +
          'Ukrayna heyeti, bir sonraki turun tarihinin henüz belirlenmediğini açıkladı.\n' +
          'Avrupalı diplomatlar ise sürecin ocak sonunda yeniden başlamasını umuyor.',
      ),
    );
    expect(d.story).toBe(STORY);
    expect(d.strength).toBe('passing');
  });
});
