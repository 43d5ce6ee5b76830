/**
 * One sentence about the claim inside an unrelated article, without the place, the
 * number or the date: `passing`. The claim shows in how it is told — an attack on
 * Putin's residence that someone disputes (Kyiv's denial, Washington's doubt), that is
 * only alleged, in late December or over New Year, on his dacha — and in the absence of
 * the Kremlin. All texts are own words.
 */
import { describe, expect, it } from 'vitest';
import { STORY } from './helpers';
import { contexts, type ContextKey } from './mention-contexts';
import { detectIn } from './mention-helpers';

const cases: Array<[ContextKey, string]> = [
  // en
  [
    'en-oil',
    'Traders also weighed Moscow’s claim of a Ukrainian drone attack on a Putin residence, which Kyiv denied.',
  ],
  [
    'en-address',
    'He did not mention Russia’s recent claim of a drone attack on a Putin residence in late December, a claim disputed by Washington.',
  ],
  [
    'en-coalition',
    'The meeting briefly turned to the alleged drone strike on Putin’s residence, which U.S. officials said had not happened.',
  ],
  [
    'en-markets',
    'Some investors pointed to what Moscow called a Ukrainian drone attack on Putin’s dacha, an account Kyiv dismissed as a fabrication.',
  ],
  [
    'en-strike',
    'The union leader said nobody had time to follow the purported attack on one of Putin’s residences, which the CIA said never took place.',
  ],
  [
    'en-address',
    'Putin himself did not mention the alleged drone attack on his residence over the holidays, which Washington disputes.',
  ],
  [
    'en-plant',
    'Some joked that managers worried more about Moscow’s claim of a drone attack on a Putin residence, which Kyiv denied, than about the factory.',
  ],
  [
    'en-oil',
    'Few traders paid attention to Moscow’s version of a drone attack on Putin’s residence.',
  ],
  // de: the compound Putin-Residenz, Landsitz, seine Residenz
  [
    'de-oil',
    'Belastet wurde die Stimmung auch von Moskaus Vorwurf eines Drohnenangriffs auf eine Putin-Residenz, den Kiew als Lüge zurückweist.',
  ],
  [
    'de-coalition',
    'Die Runde sprach auch über den angeblichen Drohnenangriff auf Putins Landsitz Ende Dezember, den Washington bezweifelt.',
  ],
  [
    'de-coalition',
    'In seiner Neujahrsansprache erwähnte Putin den angeblichen Angriff auf seine Residenz nicht, den die Ukraine bestreitet.',
  ],
  [
    'de-coalition',
    'Der Kreml warf Kiew vor, Putins Residenz mit Drohnen angegriffen zu haben, was die Ukraine dementierte.',
  ],
  // fr
  [
    'fr-oil',
    'Les opérateurs ont aussi réagi aux accusations de Moscou, qui dénonce une attaque de drones contre une résidence de Poutine, démentie par Kiev.',
  ],
  [
    'fr-strike',
    'Le ministre n’a pas évoqué la prétendue attaque de drones contre la résidence de Poutine fin décembre, contestée par Washington.',
  ],
  [
    'fr-strike',
    'Les grévistes ont ironisé sur l’attaque présumée contre la datcha de Poutine, que Kiev qualifie de pure invention.',
  ],
  [
    'fr-oil',
    'Moscou affirme que des drones ont visé une résidence de Vladimir Poutine, ce que Kiev dément.',
  ],
  // es
  [
    'es-oil',
    'Los operadores también tuvieron en cuenta la denuncia de Moscú de un ataque con drones contra una residencia de Putin, que Kiev negó.',
  ],
  [
    'es-oil',
    'Pesó además el supuesto ataque con drones contra la residencia de Vladímir Putin a finales de diciembre, puesto en duda por Washington.',
  ],
  [
    'es-oil',
    'Moscú asegura que drones ucranianos atacaron una residencia de Putin, algo que Kiev desmiente.',
  ],
  // it
  [
    'it-oil',
    'Sui mercati ha pesato anche il presunto attacco di droni contro la residenza di Putin, smentito da Kiev.',
  ],
  [
    'it-oil',
    'Gli operatori hanno seguito le notizie sul presunto attacco con droni alla residenza di Putin a fine dicembre, contestato da Washington.',
  ],
  // pt (Brazil and Portugal)
  [
    'pt-oil',
    'Os investidores também acompanharam o suposto ataque de drones contra a residência de Putin, negado por Kiev.',
  ],
  [
    'pt-oil',
    'Os operadores reagiram ao alegado ataque com drones à residência de Putin no fim de dezembro, contestado por Washington.',
  ],
  [
    'pt-oil',
    'Moscou afirma que drones ucranianos atacaram uma residência de Putin, o que Kiev nega.',
  ],
  // pl: rezydencję / rezydencji, uderzenie w
  [
    'pl-strike',
    'Moskwa oskarżyła wcześniej Kijów o atak dronów na rezydencję Putina — zakwestionowany przez Waszyngton.',
  ],
  [
    'pl-strike',
    'Strajkujący żartowali, że władze bardziej zajmuje rzekome uderzenie dronów w rezydencję Putina, które Waszyngton podał w wątpliwość, niż ich płace.',
  ],
  [
    'pl-strike',
    'Moskwa twierdzi, że ukraińskie drony zaatakowały rezydencję Putina, czemu Kijów zaprzecza.',
  ],
  // uk: резиденцію Путіна, дачу Путіна, вигадка
  [
    'uk-strike',
    'Профспілка також згадала нібито атаку на резиденцію Путіна, якої, за даними США, не було.',
  ],
  [
    'uk-strike',
    'Гірники вважають, що російська вигадка щодо атаки на резиденцію Путіна не має стосунку до їхніх зарплат.',
  ],
  [
    'uk-strike',
    'Частина гірників обговорювала так звану атаку дронів на дачу Путіна, яку в Києві назвали фейком.',
  ],
  ['uk-strike', 'Гірники проігнорували заяву Москви про атаку дронів на резиденцію Путіна.'],
  // ru: the place named, and no other cue
  [
    'ru-markets',
    'Рынки отреагировали на сообщения об атаке беспилотников на резиденцию Путина в Новгородской области.',
  ],
  [
    'ru-markets',
    'Инвесторы обсуждали так называемую атаку беспилотников на резиденцию Путина, которую в Киеве назвали фейком.',
  ],
  [
    'ru-markets',
    'Трейдеры следили за сообщениями о якобы атаке дронов на дачу Путина, которую в Вашингтоне поставили под сомнение.',
  ],
  [
    'ru-markets',
    'Аналитики напомнили о заявленной Москвой атаке на резиденцию Путина, которую ЦРУ не подтвердило.',
  ],
  // the president's residence, with Putin named elsewhere in the sentence
  [
    'ru-markets',
    'Накануне Путин провёл совещание с правительством, а инвесторы не обратили внимания на заявления об атаке на президентскую резиденцию, которые в Киеве назвали ложью.',
  ],
  [
    'en-markets',
    'Putin’s spokesman declined to comment, and analysts shrugged off the alleged drone attack on the Russian president’s residence, which Washington doubts.',
  ],
];

describe('one-sentence mentions in unrelated articles are passing', () => {
  it.each(cases)('%s: %s', (ctx, sentence) => {
    const d = detectIn(contexts[ctx], sentence);
    expect(d).toMatchObject({ story: STORY, strength: 'passing' });
    // the passage shown is the sentence itself
    expect(d.passages.some((p) => sentence.includes(p.text.slice(0, 40)))).toBe(true);
  });

  it('each context alone is no story', () => {
    for (const ctx of Object.values(contexts)) {
      expect(detectIn(ctx, '').story).toBeNull();
    }
  });
});
