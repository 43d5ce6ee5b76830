/**
 * The same one-sentence mentions (a disputed or alleged drone attack on Putin's
 * residence, no place or date) in more languages, each inside a short unrelated
 * markets report in that language. Own words.
 */
import { describe, expect, it } from 'vitest';
import { STORY } from './helpers';
import { detectIn, type Context } from './mention-helpers';

/** A markets report: headline, two sentences, the mention, a closing line. */
const report = (headline: string, first: string, after: string, last: string): Context => ({
  headline,
  first,
  second: `§ ${after}`,
  last,
});

const cases: Array<[string, Context, string]> = [
  [
    'tr',
    report(
      'Petrol fiyatları üçüncü gün de yükseldi',
      'Petrol fiyatları pazartesi günü Avrupa’daki soğuk hava nedeniyle üst üste üçüncü gün yükseldi. Brent petrolün varili öğle saatlerinde yüzde ikiye yakın değer kazandı.',
      'Analistler arzın bol olduğunu hatırlattı.',
      'Üretici ülkelerin kotaları koruması bekleniyor.',
    ),
    'Yatırımcılar, Kremlin’in Putin’in konutuna düzenlendiğini iddia ettiği İHA saldırısını ve Kiev’in bunu yalanlamasını da izledi.',
  ],
  [
    'nl',
    report(
      'Olieprijs stijgt voor de derde dag',
      'De olieprijs steeg maandag voor de derde dag op rij door de kou in Europa. Een vat Brent werd rond het middaguur bijna twee procent duurder.',
      'Analisten wijzen erop dat het aanbod ruim blijft.',
      'De producerende landen handhaven naar verwachting hun quota.',
    ),
    'Handelaren keken ook naar de vermeende drone-aanval op Poetins residentie, die volgens Washington nooit heeft plaatsgevonden.',
  ],
  [
    'cs',
    report(
      'Ropa zdražila třetí den v řadě',
      'Ceny ropy v pondělí vzrostly třetí den v řadě kvůli mrazům v Evropě. Barel Brent v poledne podražil téměř o dvě procenta. Koruna vůči euru mírně oslabila a pražská burza zakončila den beze změny.',
      'Analytici upozorňují, že nabídka zůstává vysoká.',
      'Producenti by měli kvóty ponechat beze změny.',
    ),
    'Investoři sledovali i údajný útok dronů na Putinovu rezidenci, který Washington zpochybnil.',
  ],
  [
    'sk',
    report(
      'Ropa zdražela tretí deň za sebou',
      'Ceny ropy v pondelok vzrástli tretí deň za sebou pre mrazy v Európe. Barel Brent na poludnie zdražel takmer o dve percentá. Euro voči doláru mierne oslabilo a akcie bánk stratili na hodnote.',
      'Analytici pripomínajú, že ponuka zostáva vysoká.',
      'Producenti by mali kvóty zachovať.',
    ),
    'Investori sledovali aj údajný útok dronov na Putinovu rezidenciu, ktorý Kyjev poprel.',
  ],
  [
    'ro',
    report(
      'Petrolul se scumpește a treia zi la rând',
      'Prețul petrolului a crescut luni pentru a treia zi consecutiv, din cauza gerului din Europa. Barilul de Brent s-a scumpit cu aproape două procente la prânz.',
      'Analiștii amintesc că oferta rămâne bogată.',
      'Țările producătoare ar urma să își păstreze cotele.',
    ),
    'Investitorii au urmărit și presupusul atac cu drone asupra unei reședințe a lui Putin, negat de Kiev.',
  ],
  [
    'bg',
    report(
      'Петролът поскъпва трети пореден ден',
      'Цените на петрола се повишиха в понеделник за трети пореден ден заради студовете в Европа. Барелът Брент поскъпна с близо два процента до обяд.',
      'Анализаторите напомнят, че предлагането остава високо.',
      'Производителите вероятно ще запазят квотите си.',
    ),
    'Инвеститорите следяха и предполагаемата атака с дронове срещу резиденцията на Путин, която Вашингтон постави под съмнение.',
  ],
  [
    'hr',
    report(
      'Nafta poskupjela treći dan zaredom',
      'Cijene nafte porasle su u ponedjeljak treći dan zaredom zbog hladnoće u Europi. Barel Brenta poskupio je u podne gotovo dva posto. Zagrebačka burza završila je dan blagim padom, a euro je oslabilo prema dolaru.',
      'Analitičari podsjećaju da je ponuda i dalje velika.',
      'Proizvođači bi trebali zadržati kvote.',
    ),
    'Ulagači su pratili i navodni napad dronovima na Putinovu rezidenciju, koji je Kijev odbacio kao laž.',
  ],
  [
    'hu',
    report(
      'Harmadik napja drágul az olaj',
      'Az olaj ára hétfőn zsinórban harmadik napja emelkedett az európai hideg miatt. A Brent hordónkénti ára délre csaknem két százalékkal nőtt. A forint gyengült az euróval szemben, a budapesti tőzsde indexe pedig kis mértékben esett.',
      'Az elemzők szerint a kínálat továbbra is bőséges.',
      'A termelők várhatóan megtartják a kvótákat.',
    ),
    'A befektetők figyelték a Putyin rezidenciája elleni állítólagos dróntámadás híreit is, amelyet Kijev tagadott.',
  ],
  [
    'el',
    report(
      'Τρίτη μέρα ανόδου για το πετρέλαιο',
      'Οι τιμές του πετρελαίου αυξήθηκαν τη Δευτέρα για τρίτη συνεχή ημέρα λόγω του ψύχους στην Ευρώπη. Το βαρέλι Brent ανέβηκε σχεδόν δύο τοις εκατό έως το μεσημέρι.',
      'Οι αναλυτές σημειώνουν ότι η προσφορά παραμένει επαρκής.',
      'Οι παραγωγοί αναμένεται να διατηρήσουν τις ποσοστώσεις.',
    ),
    'Οι επενδυτές παρακολούθησαν και την υποτιθέμενη επίθεση με drones στην κατοικία του Πούτιν, την οποία διέψευσε το Κίεβο.',
  ],
  [
    'sv',
    report(
      'Oljepriset stiger för tredje dagen',
      'Oljepriset steg på måndagen för tredje dagen i rad på grund av kylan i Europa. Ett fat Brent blev nästan två procent dyrare vid lunch.',
      'Analytiker påpekar att utbudet är fortsatt stort.',
      'Producentländerna väntas behålla sina kvoter.',
    ),
    'Investerarna följde också den påstådda drönarattacken mot Putins residens, som Kiev förnekade.',
  ],
  [
    'ar',
    report(
      'النفط يرتفع لليوم الثالث على التوالي',
      'ارتفعت أسعار النفط يوم الاثنين لليوم الثالث على التوالي بسبب موجة البرد في أوروبا. وزاد سعر برميل برنت نحو اثنين في المئة بحلول الظهر.',
      'ويقول المحللون إن المعروض لا يزال وفيرا.',
      'ويتوقع أن يبقي المنتجون على حصصهم.',
    ),
    'وتابع المستثمرون أيضا الهجوم المزعوم بطائرات مسيرة على مقر إقامة بوتين، الذي نفته كييف.',
  ],
  [
    'ja',
    report(
      '原油価格、3日続伸',
      '原油価格は月曜日、欧州の寒波を背景に3日続けて上昇した。北海ブレント原油は昼までに2％近く値上がりした。暖房用燃料の需要が増えており、米国の在庫も予想を下回った。円相場はドルに対してほぼ横ばいで、東京株式市場は小幅に反落した。銀行株と自動車株が売られ、海運株は買われた。市場関係者は来週の中央銀行の会合に注目している。',
      'アナリストは供給は十分だと指摘している。',
      '産油国は生産枠を維持する見通しだ。',
    ),
    '投資家は、ロシアが主張するプーチン大統領の公邸へのドローン攻撃についても注視したが、ウクライナは否定している。',
  ],
  [
    'zh',
    report(
      '油价连续第三天上涨',
      '受欧洲寒潮影响，国际油价周一连续第三天上涨。布伦特原油中午前上涨近百分之二。取暖燃料需求增加，美国库存也低于预期。人民币对美元汇率基本持平，上海股市小幅收低。银行股和汽车股下跌，航运股上涨。市场人士关注下周的央行会议，认为利率大概率保持不变。',
      '分析人士指出，供应依然充足。',
      '产油国预计将维持配额不变。',
    ),
    '投资者也在关注俄方所谓乌克兰无人机袭击普京官邸一事，基辅予以否认。',
  ],
  [
    'ko',
    report(
      '국제유가 사흘째 상승',
      '국제유가가 유럽의 한파 영향으로 월요일 사흘 연속 올랐다. 브렌트유는 정오까지 2% 가까이 상승했다. 난방용 연료 수요가 늘었고 미국 재고도 예상보다 적었다. 원화는 달러 대비 보합세를 보였고 코스피는 소폭 하락했다. 은행주와 자동차주가 약세를 보인 반면 해운주는 올랐다.',
      '분석가들은 공급이 여전히 충분하다고 말했다.',
      '산유국들은 생산 한도를 유지할 것으로 보인다.',
    ),
    '투자자들은 러시아가 주장한 푸틴 관저에 대한 드론 공격 소식도 주시했지만, 우크라이나는 이를 부인했다.',
  ],
  [
    'id',
    report(
      'Harga minyak naik tiga hari berturut-turut',
      'Harga minyak naik pada hari Senin untuk hari ketiga berturut-turut karena cuaca dingin di Eropa. Harga Brent naik hampir dua persen hingga siang hari.',
      'Para analis mengatakan pasokan masih melimpah.',
      'Negara produsen diperkirakan mempertahankan kuota.',
    ),
    'Investor juga memantau klaim Moskow soal serangan drone ke kediaman Putin, yang dibantah Kyiv.',
  ],
];

describe('one-sentence mentions in more languages are passing', () => {
  it.each(cases)('%s', (_lang, ctx, sentence) => {
    expect(detectIn(ctx, '').story).toBeNull();
    expect(detectIn(ctx, sentence)).toMatchObject({ story: STORY, strength: 'passing' });
  });
});
