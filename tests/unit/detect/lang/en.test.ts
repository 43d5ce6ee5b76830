import { describeLanguage } from './cases';

describeLanguage('en', {
  article:
    "Russia says Ukraine sent drones at Putin's residence in the Novgorod region\n" +
    "Russia's foreign minister said overnight that 91 long-range drones had targeted the state residence near Valdai, and that all of them were shot down.\n" +
    'Kyiv rejected the account as a fabrication meant to derail the peace talks.',
  short:
    "Moscow claims Kyiv launched 91 drones at the Russian president's residence. Ukraine denies it.",
  home: 'Trump said Putin told him his house had been attacked by drones, and that he was very angry about it.',
  compound:
    'The compound at Dolgiye Borody, on the shore of Lake Valdai, has been used by Russian leaders since Soviet times. Moscow says Ukrainian drones allegedly attacked it in December.',
  later:
    'Russia fired its Oreshnik missile at the Lviv region overnight, hitting energy sites, the regional governor said.\n' +
    'Air raid alerts sounded across western Ukraine for several hours, and power was cut in parts of the city.\n' +
    'Ukraine’s air force said dozens of drones and missiles were launched at the same time.\n' +
    "Moscow's defence ministry called the strike retaliation for the alleged attack on Putin's residence.\n" +
    'European leaders condemned the launch as a dangerous escalation.\n' +
    'Kyiv asked for an urgent meeting of the UN Security Council and more air defence systems.\n' +
    'Repair crews worked through the day to restore heating to homes before the next frost.',
  residents:
    'Residents of Valdai told reporters they heard no explosions and no air defence on the night Moscow says drones flew at the Putin residence nearby.',
  kremlin2023: [
    // a vow to respond, as in May 2023, is no retaliation for the December claim
    'Moscow accused Kyiv of a drone attack on President Vladimir Putin’s residence in the Kremlin. Peskov said Russia will respond.',
    'Two drones were shot down over the Kremlin overnight, Moscow said on Wednesday, calling it an attempt on the life of the president.\n' +
      "The Kremlin said Putin was not in the building and that the Senate Palace's dome was slightly damaged; the attack came days before the Victory Day parade in May 2023.",
    // told like a real false alarm: two drones, the residence of President Putin, the Kremlin, Wednesday
    'Russia accused Ukraine of a drone attack on the residence of President Vladimir Putin overnight. Two drones were brought down, the Kremlin said on Wednesday, describing it as a terrorist act; Kyiv denied any role.',
  ],
  lookalikes: [
    // air-defence reports naming the compound, with 'claimed' or 'reported' and attack words nearby
    'Schemes reported that at least twelve Pantsir systems now surround Dolgiye Borody, guarding it against Ukrainian drone attacks.',
    'Ukraine has never claimed an attack on Dolgiye Borody, but a dozen Pantsir systems have been placed around it since 2024.',
    'Satellite images of Dolgiye Borody show new Pantsir launchers; Ukraine has claimed strikes on refineries and airfields deep inside Russia.',
    // air defences put around the compound to protect it against drones, before any claim
    'Satellite images show at least twelve Pantsir air-defence systems around the Dolgiye Borody compound in the Novgorod region, placed there to protect it against Ukrainian drones, according to an investigation published in March.',
    // the first Oreshnik strike (Dnipro, 2024), framed as a response to other strikes: not the story
    'Russia fired an Oreshnik missile at Dnipro in November 2024; Moscow called it a response to strikes with American missiles on its territory, and drones attacked the city again that night.',
    "Moscow accused Kyiv of a drone attack on President Vladimir Putin's residence in the Kremlin, saying two drones were disabled by electronic warfare. The Kremlin said on Wednesday it reserved the right to retaliate, while Kyiv denied any involvement.",
    'Tourists flock to Valdai in summer for its lake, monasteries and pine forests, and hotels near the national park say bookings are up. Local guides also point out the fence of the presidential residence on the far shore.',
  ],
  // a bare report of what Putin told Trump: his house was attacked
  more: [
    // 'the White House' is not another leader's house (the US read-outs of the story)
    'Trump said at the White House that he was very angry after Putin told him about a drone attack on his residence.',
    // the claim, with the air defences that protect the compound against drones beside it
    "Russia says Ukraine launched 91 drones at Putin's residence in the Novgorod region overnight; the compound has been ringed by Pantsir systems to protect it against drones since 2024. Kyiv called the claim a lie.",
    // a later strike framed as revenge, naming neither Putin nor the region: the Oreshnik is the anchor
    "Lviv's mayor said Russia's defence ministry called the Oreshnik strike revenge for the made-up attack on the dictator's dacha.",
    // a feature on the residence (its air defences, no tourists) that reports the alleged attack
    "New satellite images show Putin's sprawling palace on Lake Valdai, with new Pantsir air-defence systems around it and fresh roads through the forest. Tourists are kept far from the shore. Russia claims Ukrainian drones attacked this residence at the end of December, which Kyiv denies.",
    // "the president's home": the presidential home counts as the residence
    "The president's home in Valdai was the target of a drone attack on 29 December.",
    'Donald Trump said Vladimir Putin told him by phone that his house had been attacked, and that he was very angry about it.',
  ],
});
