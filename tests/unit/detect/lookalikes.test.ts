/**
 * Stories that share the claim's vocabulary but are about something else (own words).
 * None may be `primary`; all should be no story at all.
 */
import { describe, expect, it } from 'vitest';
import { filler, run, textPage } from './helpers';

const lookalikes: Record<string, string> = {
  'Kremlin drone incident, May 2023':
    'In May 2023 two drones exploded over the Senate Palace in the Kremlin. Moscow called it a terrorist attack and an attempt on Putin’s life, while Zelensky denied any involvement and said Ukraine does not attack Putin or Moscow.',
  'Kremlin drone incident (Russian)':
    'В ночь на 3 мая 2023 года два беспилотника атаковали Кремль, обломки упали на купол Сенатского дворца. В Кремле назвали это покушением на президента, Киев свою причастность отрицает.',
  'Soltsy airfield strike':
    'Ukrainian drones struck the Soltsy airfield in the Novgorod region, damaging a Tu-22M3 bomber, the Russian defence ministry said. A fire broke out at the air base.',
  'refinery strike in the Novgorod region':
    'Беспилотники атаковали нефтебазу в Новгородской области, сообщил губернатор Александр Дронов. Пожар на заводе потушен, пострадавших нет.',
  'air defences around Valdai before the claim':
    'Satellite images show that a dozen Pantsir systems now ring Putin’s residence on Lake Valdai in the Novgorod region, to guard it against Ukrainian drone attacks. Kabaeva and her children are said to live there.',
  'drones downed near Valdai before the claim':
    'Air defences downed eight drones over the Novgorod region overnight, the governor said. Debris fell in a forest near Valdai, where Putin has a residence. Nobody was hurt.',
  'drone debris by the Valdai residence before the claim':
    'Debris of a downed drone fell near Valdai, where Putin has a residence, the Novgorod governor said. Air defences were active for an hour.',
  'Valdai Discussion Club':
    'Putin spoke at the plenary session of the Valdai Discussion Club, answering questions about drones, the war in Ukraine and relations with Washington. Lavrov also attended the forum.',
  'Valdai tourism':
    'Valdai, a lakeside town in the Novgorod region, draws tourists every summer. Hotels by the national park fill up, and visitors take boats to the island monastery.',
  'Gelendzhik palace':
    'Drones attacked Gelendzhik on the Black Sea coast, home to the palace often described as Putin’s residence, the regional governor said. Navalny’s team once filmed the palace.',
  'Novo-Ogaryovo residence':
    'A drone was shot down near Putin’s Novo-Ogaryovo residence west of Moscow, the defence ministry claimed. Traffic on the highway was briefly stopped.',
  'Sochi residence':
    'Putin has stopped visiting his Bocharov Ruchey residence in Sochi because of fears of Ukrainian drone attacks, an investigative outlet reported.',
  'drones over Moscow':
    'Mayor Sobyanin said air defences shot down twenty drones flying towards Moscow overnight. Flights at Vnukovo and Domodedovo were delayed for several hours.',
  'Operation Spiderweb':
    'In Operation Spiderweb, Ukrainian drones launched from trucks hit strategic bombers at four Russian air bases, the security service said.',
  'peace talks without the claim':
    'Witkoff and Kushner met Putin in Moscow to discuss the 28-point peace plan. Lavrov said the talks were useful, and Zelensky will meet Trump at Mar-a-Lago on Sunday.',
  'generic drone-war roundup with 91 drones':
    'Russia said it downed 91 drones over the Bryansk, Smolensk and Novgorod regions overnight. Ukraine said its drones struck an oil refinery and an ammunition depot.',
  'Nizhny Novgorod refinery':
    'Ukrainian drones hit the Kstovo refinery near Nizhny Novgorod, the regional governor said, in the third attack on the plant this month.',
  'Novhorod-Siverskyi shelling (Ukrainian)':
    'Російські дрони атакували Новгород-Сіверський на Чернігівщині, пошкоджено будинки та адміністративну будівлю.',
};

describe('look-alikes are not the story', () => {
  for (const [name, text] of Object.entries(lookalikes)) {
    it(name, () => {
      const d = run(textPage(`${text}\n${filler(6)}`));
      expect(d.strength).not.toBe('primary');
      expect(d.story).toBeNull();
    });
  }

  it('a page published before the claim needs overwhelming evidence (an updated page)', () => {
    const brief =
      'Russia accused Ukraine of a drone attack on Putin’s residence in the Novgorod region; Kyiv denied it.';
    expect(run(textPage(brief)).story).not.toBeNull();
    expect(run(textPage(brief, { published: '2025-08-13' })).story).toBeNull();
    const updated = `${brief}\nLavrov said 91 drones were shot down on the night of 28–29 December; Sybiha said there was no evidence.`;
    expect(run(textPage(updated, { published: '2023-05-04' })).story).not.toBeNull();
  });

  it('a title’s claim is weighed against the look-alike that opens the text', () => {
    const title = 'Alleged drone attack on Putin’s residence: Kyiv denies any role';
    const body = `Two drones exploded over the Senate Palace in the Kremlin on the night of 3 May, and the Kremlin spoke of an attempt on the president’s life.\n${filler(6)}`;
    expect(run(textPage(body, { title })).story).toBeNull();
  });

  it('a page published while the story was news needs less', () => {
    // a report of an attack on a residence, neither alleged nor disputed, could be any…
    const mention = 'Moscow said drones attacked Putin’s residence in December.';
    expect(run(textPage(mention)).story).toBeNull();
    expect(run(textPage(mention, { published: '2025-12-30' })).story).not.toBeNull();
    // …while a disputed one (Kyiv's denial, no Kremlin) is the claim whatever the date
    const disputed = 'Moscow alleged a drone attack on Putin’s residence; Kyiv called it a lie.';
    expect(run(textPage(disputed)).story).not.toBeNull();
    expect(run(textPage(`${disputed} It happened in the Kremlin in May 2023.`)).story).toBeNull();
  });
});
