/**
 * One short brief per language, written for these tests: each must be recognised as
 * the story (a brief that leads with the claim is `primary`).
 */
import { describe, expect, it } from 'vitest';
import { run, STORY, textPage } from './helpers';

const briefs: Record<string, string> = {
  en: "Moscow says Ukrainian drones tried to strike Putin's residence near Valdai in the Novgorod region.\nKyiv calls the claim a fabrication.",
  uk: 'Росія заявила, що українські дрони нібито атакували резиденцію Путіна у Новгородській області.\nУ Києві це назвали черговою брехнею.',
  ru: 'Лавров заявил, что Украина пыталась атаковать беспилотниками резиденцию Путина на Валдае в Новгородской области.\nПо его словам, сбит 91 дрон.',
  de: 'Moskau wirft Kiew einen Drohnenangriff auf Putins Residenz am Waldai-See im Gebiet Nowgorod vor.\nDie Ukraine weist den Vorwurf zurück.',
  fr: "Moscou accuse Kiev d'avoir visé avec des drones la résidence de Vladimir Poutine dans la région de Novgorod.\nL'Ukraine dément.",
  pl: 'Rosja twierdzi, że ukraińskie drony zaatakowały rezydencję Putina w obwodzie nowogrodzkim.\nKijów zaprzecza i mówi o kłamstwie.',
  es: 'Rusia acusa a Ucrania de lanzar drones contra la residencia de Putin en la región de Nóvgorod.\nKiev lo niega.',
  it: "Mosca accusa Kiev di aver attaccato con droni la residenza di Putin nella regione di Novgorod.\nL'Ucraina smentisce.",
  pt: 'A Rússia acusa a Ucrânia de ter atacado com drones a residência de Putin na região de Novgorod.\nKiev nega.',
  tr: "Rusya, Ukrayna'nın İHA'larla Putin'in Novgorod bölgesindeki konutuna saldırdığını iddia etti.\nKiev iddiaları reddetti.",
  ar: 'اتهمت روسيا أوكرانيا بمهاجمة مقر إقامة بوتين في منطقة نوفغورود بطائرات مسيرة.\nونفت كييف ذلك.',
  ko: '러시아는 우크라이나가 드론으로 노브고로드주에 있는 푸틴 대통령 관저를 공격하려 했다고 주장했다.\n우크라이나는 이를 부인했다.',
  ja: 'ロシアは、ウクライナがノヴゴロド州にあるプーチン大統領の公邸を無人機で攻撃しようとしたと主張した。\nウクライナは否定した。',
  zh: '俄罗斯指责乌克兰动用无人机袭击普京位于诺夫哥罗德州的官邸。\n乌方予以否认。',
  hi: 'रूस ने आरोप लगाया कि यूक्रेन ने ड्रोन से नोवगोरोद क्षेत्र में पुतिन के आवास पर हमला करने की कोशिश की।\nयूक्रेन ने इसे झूठ बताया।',
  fa: 'روسیه اوکراین را متهم کرد که با پهپاد به اقامتگاه پوتین در نووگورود حمله کرده است.\nکی‌یف این ادعا را تکذیب کرد.',
  he: 'רוסיה מאשימה את אוקראינה כי תקפה בכטב"מים את מעון פוטין במחוז נובגורוד.\nקייב הכחישה.',
  bg: 'Русия обвини Украйна в атака с дронове срещу резиденцията на Путин във Валдай, Новгородска област.\nКиев отрече.',
  ro: 'Rusia acuză Ucraina că a atacat cu drone reședința lui Putin din regiunea Novgorod.\nKievul neagă acuzațiile.',
  nl: 'Rusland beschuldigt Oekraïne van een droneaanval op de residentie van Poetin in de regio Novgorod.\nKiev ontkent.',
  cs: 'Rusko obviňuje Ukrajinu, že drony zaútočily na Putinovu rezidenci u Valdaje v Novgorodské oblasti.\nKyjev to popřel.',
  sk: 'Rusko obviňuje Ukrajinu, že drony útočili na Putinovu rezidenciu vo Valdaji v Novgorodskej oblasti.\nKyjev to odmieta.',
  el: 'Η Ρωσία κατηγορεί την Ουκρανία για επίθεση με drones στην κατοικία του Πούτιν στην περιοχή του Νόβγκοροντ.\nΤο Κίεβο διαψεύδει.',
  hu: 'Oroszország azzal vádolja Ukrajnát, hogy drónokkal támadta meg Putyin rezidenciáját a Novgorodi területen.\nKijev cáfolja.',
  sr: 'Русија оптужује Украјину за напад дроновима на Путинову резиденцију у Новгородској области.\nКијев то негира као лаж.',
  hr: 'Rusija tvrdi da su ukrajinski dronovi napali Putinovu rezidenciju u Novgorodskoj oblasti.\nKijev to odbacuje.',
  th: 'รัสเซียกล่าวหาว่ายูเครนส่งโดรนโจมตีที่พำนักของปูตินในแคว้นนอฟโกรอด\nยูเครนปฏิเสธ',
};

describe('the story in each language', () => {
  for (const [lang, text] of Object.entries(briefs)) {
    it(`${lang}: a brief about the claim is primary`, () => {
      const d = run(textPage(text));
      expect(d.story).toBe(STORY);
      expect(d.strength).toBe('primary');
      expect(d.passages.length).toBeGreaterThan(0);
    });
  }
});

describe('inflection, split words and invisible characters', () => {
  const cases: Array<[string, string]> = [
    [
      'ru cases',
      'МИД России сообщил об атаке беспилотников на резиденцию Путина в Новгородской области; Киев назвал это ложью.',
    ],
    [
      'uk cases',
      'Москва звинуватила Київ в атаці дронів на резиденцію Путіна на Валдаї; у Києві це заперечують.',
    ],
    [
      'pl cases',
      'Rosja oskarża Ukrainę o atak dronów na rezydencję Putina w obwodzie nowogrodzkim; Kijów zaprzecza.',
    ],
    [
      'soft hyphens',
      'Russia accused Kyiv of a drone at\u00ADtack on Pu\u00ADtin’s resi\u00ADdence in the Nov\u00ADgo\u00ADrod region; Kyiv denied it.',
    ],
    [
      'zero-width',
      'Russia accused Kyiv of a drone attack on Pu\u200Btin’s resi\u200Ddence in the Nov\u2060gorod region; Kyiv denied it.',
    ],
    [
      'upper case and NBSP',
      'RUSSIA ACCUSED KYIV OF A DRONE ATTACK ON PUTIN’S\u00A0RESIDENCE IN THE NOVGOROD\u00A0REGION; KYIV DENIED IT.',
    ],
    [
      'Turkish capitals',
      "RUSYA, UKRAYNA'NIN İHA'LARLA PUTİN'İN NOVGOROD'DAKİ KONUTUNA SALDIRDIĞINI İDDİA ETTİ. KIEV REDDETTİ.",
    ],
    [
      'decomposed accents',
      'Rusia acusa a Ucrania de atacar con drones la reside\u0301ncia de Putin en No\u0301vgorod; Kiev lo niega.',
    ],
  ];
  for (const [name, text] of cases) {
    it(name, () => expect(run(textPage(text)).story).toBe(STORY));
  }

  it('Nizhny Novgorod and Novhorod-Siverskyi are not the place', () => {
    const nizhny =
      'Russia accused Kyiv of a drone attack on the governor’s residence in Nizhny Novgorod; Kyiv denied it.';
    expect(run(textPage(nizhny)).story).toBeNull();
    const ru =
      'Россия обвинила Киев в атаке дронов на резиденцию губернатора в Нижнем Новгороде; Киев назвал это ложью.';
    expect(run(textPage(ru)).story).toBeNull();
  });
});
