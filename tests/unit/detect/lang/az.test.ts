/**
 * Azerbaijani (az): the story as Azerbaijani-language news would tell it, in own words.
 */
import { describe, expect, it } from 'vitest';
import { run, STORY, textPage } from '../helpers';
import { describeLanguage } from './cases';

describeLanguage('az', {
  article:
    'Rusiya: Ukrayna Putinin Novqorod vilayətindəki iqamətgahına dronlarla hücum etməyə cəhd edib\n' +
    'Rusiya XİN başçısı Sergey Lavrov bildirib ki, dekabrın 28-dən 29-na keçən gecə Ukrayna 91 uzaqmənzilli pilotsuz uçuş aparatı ilə prezident Vladimir Putinin Valday yaxınlığındakı dövlət iqamətgahını hədəfə alıb, bütün dronlar vurularaq məhv edilib.\n' +
    'Lavrov həmçinin Moskvanın sülh danışıqlarındakı mövqeyini yenidən nəzərdən keçirəcəyini açıqlayıb.\n' +
    'Ukrayna Prezidenti Volodimir Zelenski isə bu iddianı "yalan" adlandırıb və Rusiyanın Kiyevə yeni zərbələr üçün bəhanə axtardığını deyib.',
  short:
    'Moskva Kiyevi Rusiya prezidentinin iqamətgahına 91 dronla hücum etməkdə ittiham edir. Ukrayna iddiaları təkzib edib.',
  home: 'ABŞ Prezidenti Donald Tramp deyib ki, Putin ona evinin dronlarla hücuma məruz qaldığını söyləyib və o, bundan "çox qəzəblənib".',
  compound:
    'Valday gölünün sahilindəki Dolqiye Borodı iqamətgahından sovet dövründən bəri ölkə rəhbərləri istifadə edir. Moskva iddia edir ki, dekabrda ukraynalı dronlar bu obyektə hücum edib.',
  later:
    'Rusiya gecə saatlarında Lvov vilayətinə "Oreşnik" ballistik raketi ilə zərbə endirib.\n' +
    'Vilayət rəhbəri raketin enerji infrastrukturu obyektini vurduğunu, ilkin məlumata görə, ölənlərin olmadığını bildirib.\n' +
    'Ukraynanın qərbində saatlarla hava hücumu həyəcan siqnalı səslənib, şəhərin bəzi rayonlarında elektrik kəsilib.\n' +
    'Rusiya Müdafiə Nazirliyi zərbənin Putinin iqamətgahına guya edilmiş dron hücumuna cavab olaraq endirildiyini açıqlayıb.\n' +
    'Avropa liderləri buraxılışı təhlükəli eskalasiya kimi pisləyib.\n' +
    'Kiyev BMT Təhlükəsizlik Şurasının təcili iclasının çağırılmasını və əlavə hava hücumundan müdafiə sistemləri tələb edib.\n' +
    'Təmir briqadaları yeni şaxtalardan əvvəl evlərə istiliyi bərpa etmək üçün bütün gün işləyib.',
  residents:
    'Valday sakinləri jurnalistlərə danışıb ki, Moskvanın Putinin iqamətgahına dron hücumu olduğunu iddia etdiyi gecə heç bir partlayış, hava hücumundan müdafiə sisteminin səsini eşitməyiblər.',
  kremlin2023:
    'Kreml: Ukrayna iki dronla Putinin Kremldəki iqamətgahına hücum etməyə cəhd edib\n' +
    'Moskva çərşənbə günü bildirib ki, gecə iki pilotsuz uçuş aparatı Kremldəki prezident iqamətgahını hədəfə alıb və zərərsizləşdirilib; Kreml hadisəni prezident Putinə qarşı planlaşdırılmış terror aktı və sui-qəsd cəhdi adlandırıb.\n' +
    'Açıqlamaya görə, Putin həmin vaxt binada olmayıb, Senat sarayının günbəzi cüzi zədələnib.\n' +
    'Kiyev hücumla heç bir əlaqəsi olmadığını bildirərək iddiaları təkzib edib. Hadisə 9 May Qələbə Günü paradından bir neçə gün əvvəl baş verib.',
  lookalikes: [
    // the May 2023 Kremlin drones, told without the residence
    'Kreml çərşənbə günü bildirib ki, gecə iki pilotsuz uçuş aparatı Kremlə hücum etməyə cəhd edib və zərərsizləşdirilib; Moskva hadisəni prezident Putinin həyatına sui-qəsd cəhdi adlandırıb.\n' +
      'Açıqlamaya görə, Putin həmin vaxt binada olmayıb, Senat sarayının günbəzi cüzi zədələnib. Hadisə 9 May Qələbə Günü paradından bir neçə gün əvvəl baş verib.',
    // Valdai as a holiday destination
    'Novqorod vilayətindəki Valday şəhəri gölləri və meşələri ilə turistlərin sevimli məkanıdır. Şəhərin otelləri qış mövsümü üçün artıq dolmağa başlayıb; deyilənə görə, Putinin də bölgədə iqamətgahı var.',
    // the Valdai Discussion Club
    'Putin Soçidə keçirilən "Valday" Beynəlxalq Diskussiya Klubunun plenar iclasında çıxış edib və Qərblə münasibətlərdən danışıb.',
  ],
});

describe('az: more ways the story is told', () => {
  it('the Kremlin announcing the claim is not taken for a Kremlin look-alike', () => {
    const d = run(
      textPage(
        'Kreml bildirib ki, Putinin iqamətgahına 91 dronla hücum edilib. Kiyev bunu təkzib edir.',
      ),
    );
    expect(d.story).toBe(STORY);
  });
  it('a later article on the talks citing the claim is a passing mention', () => {
    const d = run(
      textPage(
        'Ukrayna ilə Rusiya arasında sülh danışıqlarının növbəti raundu Cenevrədə nəticəsiz başa çatıb.\n' +
          'Tərəflər əsir mübadiləsi və enerji obyektlərinə zərbələrin dayandırılması məsələlərini müzakirə ediblər.\n' +
          'Amerikalı vasitəçilər atəşkəs layihəsi üzrə irəliləyiş əldə olunmadığını bildiriblər.\n' +
          'Kreml sözçüsü Moskvanın Putinin iqamətgahına guya edilmiş dron hücumundan sonra danışıqlardakı mövqeyini sərtləşdirdiyini təkrarlayıb.\n' +
          'Ukrayna nümayəndə heyəti növbəti raundun tarixinin hələ müəyyən edilmədiyini açıqlayıb.\n' +
          'Avropalı diplomatlar prosesin yanvarın sonunda bərpa olunacağına ümid edirlər.',
      ),
    );
    expect(d.story).toBe(STORY);
    expect(d.strength).toBe('passing');
  });
});
