/**
 * Counterparts of the one-sentence mentions: sentences told the same way about
 * something else, put into the same unrelated articles. None may be a story. Own words.
 */
import { describe, expect, it } from 'vitest';
import { contexts, type ContextKey } from './mention-contexts';
import { detectIn } from './mention-helpers';

const cases: Array<[string, ContextKey, string]> = [
  [
    'Kremlin, May 2023 (alleged, denied by Kyiv)',
    'en-oil',
    'Traders recalled the alleged drone attack on Putin’s residence in the Kremlin in May 2023, which Kyiv denied.',
  ],
  [
    'Kremlin (no date: Putin’s residence in the Kremlin)',
    'en-markets',
    'The alleged drone attack on Putin’s residence in the Kremlin two years ago was denied by Kyiv.',
  ],
  [
    'Kremlin, May 2023 (no year, “attack on the Kremlin”)',
    'en-coalition',
    'Moscow accused Kyiv of a drone attack on the Kremlin, calling it an attempt on Putin’s life, which Ukraine denied.',
  ],
  [
    'Kremlin, May 2023 (ru)',
    'ru-markets',
    'Инвесторы вспоминали якобы атаку беспилотников на Кремль в мае 2023 года, которую в Киеве отрицали.',
  ],
  [
    'Kremlin, May 2023 (uk)',
    'uk-strike',
    'Гірники згадали нібито атаку дронів на резиденцію Путіна в Кремлі у травні 2023 року, яку Київ заперечив.',
  ],
  [
    'Kremlin, May 2023 (pl)',
    'pl-strike',
    'Związkowcy przypomnieli, że w maju 2023 roku Moskwa oskarżyła Kijów o atak dronów na Kreml, czemu Kijów zaprzeczył.',
  ],
  [
    'Netanyahu’s residence (en)',
    'en-markets',
    'Israel said a drone had targeted Netanyahu’s residence in Caesarea; Putin later called the Israeli leader, and Iran denied any role.',
  ],
  [
    'Netanyahu’s residence (de)',
    'de-oil',
    'Kiew und Moskau schwiegen zu dem angeblichen Drohnenangriff auf Netanjahus Residenz in Caesarea, den der Iran bestritt; Putin telefonierte später mit Netanjahu.',
  ],
  [
    'Iraqi prime minister’s residence',
    'en-oil',
    'A drone attack on the prime minister’s residence in Baghdad, which the militias called a fabrication, was condemned by Putin.',
  ],
  [
    'Maduro (fr)',
    'fr-oil',
    'Poutine a appelé Maduro après la prétendue attaque de drones contre la résidence présidentielle à Caracas, que l’opposition dément.',
  ],
  [
    'a president’s residence elsewhere (Mar-a-Lago)',
    'en-markets',
    'The Secret Service said an alleged drone had flown over the president’s residence at Mar-a-Lago, and Putin’s envoy denied any link.',
  ],
  [
    'a presidential residence elsewhere (Caracas, ru)',
    'ru-markets',
    'Путин позвонил Мадуро после так называемой атаки дронов на президентскую резиденцию в Каракасе, которую оппозиция отрицает.',
  ],
  [
    'Pantsir towers around Valdai before the claim',
    'en-markets',
    'Satellite images show that Pantsir towers now ring Putin’s residence near Valdai to protect it from drone attacks.',
  ],
  [
    '91 drones over the Moscow region (March 2025)',
    'en-coalition',
    'In March the defence ministry said 91 drones had been shot down over the Moscow region in the largest attack on the capital, and Putin was briefed.',
  ],
  [
    'Trump “very angry” about something else (March 2025)',
    'en-coalition',
    'Trump said in March that he was very angry at Putin for questioning Zelensky’s legitimacy and threatened tariffs on Russian oil.',
  ],
  [
    'Kallas on something else',
    'en-markets',
    'Kallas called the Kremlin’s talk of a ceasefire a distraction and urged new sanctions on Putin’s circle.',
  ],
  [
    'a guide to Putin’s residences',
    'en-address',
    'Putin’s residences include Novo-Ogaryovo outside Moscow, Bocharov Ruchey in Sochi and a lakeside estate at Valdai in the Novgorod region.',
  ],
  [
    'Valdai Club',
    'en-coalition',
    'Putin told the Valdai Discussion Club that Russia would answer drone attacks on its cities.',
  ],
  [
    'Soltsy air base',
    'ru-markets',
    'Украинские дроны атаковали аэродром Сольцы в Новгородской области, Путину доложили о повреждении бомбардировщика.',
  ],
  [
    'Nizhny Novgorod refinery (es)',
    'es-oil',
    'Drones ucranianos atacaron una refinería cerca de Nizhni Nóvgorod, y Putin habló con el gobernador sobre los daños.',
  ],
  [
    'Novhorod-Siverskyi (uk)',
    'uk-strike',
    'Російські дрони атакували Новгород-Сіверський, а Путін цього не коментував.',
  ],
  [
    'Putin’s Sochi residence',
    'de-coalition',
    'Putin verbrachte die Feiertage in seiner Residenz in Sotschi; Berichte über Drohnenangriffe auf die Region hatte Kiew zuvor bestritten.',
  ],
];

describe('look-alike sentences in unrelated articles are no story', () => {
  it.each(cases)('%s', (_name, ctx, sentence) => {
    const d = detectIn(contexts[ctx], sentence);
    expect(d.strength).not.toBe('primary');
    expect(d.story).toBeNull();
  });
});
