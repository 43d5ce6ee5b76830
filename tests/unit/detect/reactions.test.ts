/**
 * Short reaction items by other governments (1–3 sentences, no number, place or date):
 * "X condemned / is deeply concerned by the targeting of the Russian president's
 * residence". The reaction next to the residence targeting makes them the story, while
 * the May 2023 Kremlin drones (which some leaders also condemned) and a leader
 * condemning a drone attack on a city stay look-alikes. Texts in own words.
 */
import { describe, expect, it } from 'vitest';
import { run, STORY, textPage } from './helpers';

/** One short reaction item per language covered by the `reaction` group. */
const REACTIONS: Array<[string, string]> = [
  [
    'en',
    "Pakistan's prime minister strongly condemned the reported targeting of President Putin's residence and said such acts threaten efforts toward peace.",
  ],
  [
    'hi',
    'भारत के प्रधानमंत्री ने रूसी राष्ट्रपति के आवास को निशाना बनाए जाने की ख़बरों पर गहरी चिंता जताई और सभी पक्षों से कूटनीति पर ध्यान देने को कहा।',
  ],
  [
    'ur',
    'وزیر اعظم نے روسی صدر پیوٹن کی رہائش گاہ کو نشانہ بنانے کی کوشش کی شدید مذمت کی اور کہا کہ یہ امن کی کوششوں کے لیے خطرہ ہے۔',
  ],
  [
    'bn',
    'ভারতের প্রধানমন্ত্রী রুশ প্রেসিডেন্ট পুতিনের বাসভবন লক্ষ্য করে হামলার খবরে গভীর উদ্বেগ প্রকাশ করেছেন।',
  ],
  [
    'ta',
    'ரஷ்ய அதிபர் புதினின் இல்லத்தை குறிவைத்து தாக்குதல் நடந்ததாக வெளியான செய்திகள் குறித்து இந்தியப் பிரதமர் ஆழ்ந்த கவலை தெரிவித்தார்.',
  ],
  ['te', 'రష్యా అధ్యక్షుడు పుతిన్ నివాసంపై దాడి జరిగిందన్న వార్తలపై ప్రధానమంత్రి తీవ్ర ఆందోళన వ్యక్తం చేశారు.'],
  [
    'ml',
    'റഷ്യൻ പ്രസിഡന്റ് പുടിന്റെ വസതി ലക്ഷ്യമിട്ട് ആക്രമണം നടന്നുവെന്ന റിപ്പോർട്ടുകളിൽ പ്രധാനമന്ത്രി കടുത്ത ആശങ്ക പ്രകടിപ്പിച്ചു.',
  ],
  [
    'mr',
    'रशियाचे राष्ट्राध्यक्ष पुतिन यांच्या निवासस्थानाला लक्ष्य केल्याच्या वृत्तांवर पंतप्रधानांनी तीव्र चिंता व्यक्त केली.',
  ],
  [
    'ne',
    'रुसी राष्ट्रपति पुटिनको निवासलाई निशाना बनाइएको खबरप्रति प्रधानमन्त्रीले गम्भीर चिन्ता व्यक्त गर्नुभयो।',
  ],
  ['gu', 'વડાપ્રધાને રશિયાના રાષ્ટ્રપતિ પુતિનના નિવાસસ્થાનને નિશાન બનાવવાના અહેવાલો અંગે ઊંડી ચિંતા વ્યક્ત કરી.'],
  ['pa', "ਪ੍ਰਧਾਨ ਮੰਤਰੀ ਨੇ ਰੂਸੀ ਰਾਸ਼ਟਰਪਤੀ ਪੁਤਿਨ ਦੀ ਰਿਹਾਇਸ਼ ਨੂੰ ਨਿਸ਼ਾਨਾ ਬਣਾਉਣ ਦੀਆਂ ਖ਼ਬਰਾਂ 'ਤੇ ਡੂੰਘੀ ਚਿੰਤਾ ਪ੍ਰਗਟਾਈ।"],
  ['kn', 'ರಷ್ಯಾ ಅಧ್ಯಕ್ಷ ಪುಟಿನ್ ಅವರ ನಿವಾಸವನ್ನು ಗುರಿಯಾಗಿಸಿ ದಾಳಿ ನಡೆದಿದೆ ಎಂಬ ವರದಿಗಳ ಬಗ್ಗೆ ಪ್ರಧಾನಿ ತೀವ್ರ ಕಳವಳ ವ್ಯಕ್ತಪಡಿಸಿದರು.'],
  [
    'ar',
    'أدانت الإمارات استهداف مقر إقامة الرئيس الروسي فلاديمير بوتين، معربة عن قلقها من تداعيات ذلك على جهود السلام.',
  ],
  [
    'fa',
    'نخست‌وزیر پاکستان حمله به اقامتگاه ولادیمیر پوتین، رئیس‌جمهور روسیه، را محکوم کرد و آن را تهدیدی برای تلاش‌های صلح خواند.',
  ],
  [
    'tr',
    "Pakistan Başbakanı, Rusya Devlet Başkanı Putin'in konutunun hedef alındığı yönündeki haberleri kınadı ve bunun barış çabalarını tehlikeye attığını söyledi.",
  ],
  [
    'id',
    'Perdana Menteri India menyatakan keprihatinan mendalam atas laporan serangan terhadap kediaman Presiden Rusia Vladimir Putin.',
  ],
  [
    'ms',
    'Perdana Menteri Pakistan mengecam serangan terhadap kediaman Presiden Rusia Vladimir Putin dan menyifatkannya sebagai ancaman kepada usaha damai.',
  ],
  [
    'ru',
    'Премьер-министр Индии выразил глубокую обеспокоенность сообщениями об атаке на резиденцию президента России Владимира Путина.',
  ],
  [
    'uk',
    "Прем'єр Пакистану засудив атаку на резиденцію президента Росії Путіна, про яку заявила Москва, і закликав до стриманості.",
  ],
  ['zh', '巴基斯坦总理强烈谴责针对俄罗斯总统普京官邸的袭击，称其威胁和平努力。'],
  [
    'de',
    'Indiens Premierminister zeigte sich tief besorgt über Berichte über einen Angriff auf die Residenz des russischen Präsidenten Putin.',
  ],
  [
    'fr',
    "Le Premier ministre pakistanais a condamné l'attaque visant la résidence du président russe Vladimir Poutine, y voyant une menace pour les efforts de paix.",
  ],
  [
    'es',
    'El primer ministro de Pakistán condenó el ataque contra la residencia del presidente ruso Vladímir Putin y dijo que amenaza los esfuerzos de paz.',
  ],
  [
    'pt',
    'O primeiro-ministro do Paquistão condenou o ataque contra a residência do presidente russo Vladimir Putin, que considerou uma ameaça aos esforços de paz.',
  ],
  [
    'ja',
    'インドのモディ首相は、ロシアのプーチン大統領の公邸が標的にされたとの報道に深い懸念を表明した。',
  ],
  ['ko', '인도 총리는 러시아 푸틴 대통령 관저를 겨냥한 공격 보도에 깊은 우려를 표명했다.'],
];

/** Reactions to the May 2023 drones over the Kremlin: a look-alike. */
const KREMLIN_2023: Array<[string, string]> = [
  [
    'en',
    "Moscow condemned a drone attack on President Vladimir Putin's residence in the Kremlin and blamed Kyiv.",
  ],
  [
    'es',
    'Moscú condenó un ataque con drones contra la residencia del presidente Vladímir Putin en el Kremlin y culpó a Kiev.',
  ],
  [
    'en',
    "In May 2023 several governments condemned the drone attack on the Kremlin, which Moscow called an attempt on President Putin's life; two drones were downed over the Senate Palace.",
  ],
  [
    'en',
    'Leaders condemned the drone strike on the Kremlin, the official residence of President Putin, which Moscow described as an attempt on his life.',
  ],
  [
    'en',
    'Pakistan expressed deep concern over the drone attack on the Kremlin and said any attempt on the Russian president was unacceptable.',
  ],
  [
    'hi',
    'पाकिस्तान ने क्रेमलिन पर हुए ड्रोन हमले की निंदा की, जिसे मॉस्को ने राष्ट्रपति पुतिन की हत्या की कोशिश बताया; मई 2023 में सीनेट पैलेस के ऊपर दो ड्रोन गिराए गए थे।',
  ],
  [
    'hi',
    'भारत ने क्रेमलिन में रूसी राष्ट्रपति के आवास पर ड्रोन हमले की ख़बरों पर चिंता जताई, जिसे मॉस्को ने पुतिन की हत्या का प्रयास बताया।',
  ],
  [
    'ur',
    'وزیر اعظم نے کریملن پر ڈرون حملے کی مذمت کی جسے ماسکو نے صدر پیوٹن کی جان لینے کی کوشش قرار دیا۔',
  ],
  [
    'ru',
    'В мае 2023 года ряд стран осудил атаку двух беспилотников на Кремль, которую Москва назвала покушением на жизнь президента Путина.',
  ],
  [
    'ru',
    'Несколько лидеров выразили обеспокоенность атакой беспилотников на резиденцию президента в Кремле, которую Москва назвала покушением на Путина.',
  ],
  [
    'ar',
    'أدانت عدة دول الهجوم بطائرتين مسيرتين على الكرملين، الذي وصفته موسكو بأنه محاولة لاغتيال الرئيس بوتين.',
  ],
  [
    'tr',
    "Türkiye, Kremlin'e yönelik iki insansız hava aracıyla düzenlenen saldırıyı kınadı; Moskova olayı Putin'e suikast girişimi olarak nitelendirdi.",
  ],
  ['zh', '巴基斯坦谴责无人机袭击克里姆林宫，俄方称这是企图刺杀普京总统。'],
];

/** A leader condemning a drone attack on a city: not the story. */
const CITY_ATTACKS: Array<[string, string]> = [
  [
    'en',
    'The prime minister condemned the overnight drone attack on Odesa that damaged homes and killed two civilians.',
  ],
  [
    'hi',
    'प्रधानमंत्री ने ओडेसा पर रात में हुए ड्रोन हमले की कड़ी निंदा की, जिसमें कई घर क्षतिग्रस्त हुए और दो लोगों की मौत हो गई।',
  ],
  [
    'ur',
    'وزیر اعظم نے کیف پر رات گئے ہونے والے ڈرون حملے کی شدید مذمت کی جس میں کئی گھر تباہ ہوئے۔',
  ],
  [
    'ru',
    'Премьер-министр осудил ночную атаку беспилотников на Одессу, в результате которой пострадали жилые дома.',
  ],
  [
    'ar',
    'أدان رئيس الوزراء الهجوم بالطائرات المسيرة على مدينة أوديسا الذي ألحق أضرارا بمنازل المدنيين.',
  ],
  [
    'tr',
    "Başbakan, Odessa'ya yönelik gece düzenlenen ve evlere zarar veren insansız hava aracı saldırısını kınadı.",
  ],
  [
    'id',
    'Perdana Menteri mengecam serangan drone ke kota Odesa yang merusak rumah warga dan menewaskan dua orang.',
  ],
];

/** Other look-alikes: another country's presidential residence; Putin himself condemning. */
const OTHER: Array<[string, string]> = [
  [
    'en',
    "The African Union condemned the drone attack on the president's residence in Khartoum and called for calm.",
  ],
  [
    'en',
    "At a meeting at his residence outside Moscow, Putin condemned Ukraine's drone attacks on Russian cities and promised a response.",
  ],
];

describe('short reaction items by other governments', () => {
  for (const [lang, text] of REACTIONS) {
    it(`${lang}: a leader's reaction to the residence targeting is the story`, () => {
      const d = run(textPage(text));
      expect(d.story).toBe(STORY);
      expect(d.signals).toContain('reaction-event');
    });
  }
  it("en: concern over reports of an attack on the Russian president's residence is found", () => {
    const d = run(
      textPage(
        "Modi expressed deep concern over reports of an attack on the Russian President's residence.",
      ),
    );
    expect(d.story).toBe(STORY);
  });
});

describe('reactions that are not the story', () => {
  for (const [lang, text] of KREMLIN_2023) {
    it(`${lang}: a reaction to the May 2023 Kremlin drones is not the story`, () =>
      expect(run(textPage(text)).story).toBeNull());
  }
  for (const [lang, text] of CITY_ATTACKS) {
    it(`${lang}: a leader condemning a drone attack on a city is not the story`, () =>
      expect(run(textPage(text)).story).toBeNull());
  }
  for (const [lang, text] of OTHER) {
    it(`${lang}: ${text.slice(0, 40)}… is not the story`, () =>
      expect(run(textPage(text)).story).toBeNull());
  }
});
