/**
 * Whole articles (own words) about events told with the claim’s words: the May 2023
 * Kremlin drones (“an attack on Putin’s residence”, denied by Kyiv), drones on other
 * leaders’ residences, Valdai’s air defences, Trump angry in March 2025, 91 drones over
 * Moscow. None is a story.
 */
import { describe, expect, it } from 'vitest';
import { run, textPage } from './helpers';

const articles: Record<string, string> = {
  'Kremlin, May 2023, told as an attack on the president’s residence (ru)': [
    'В Кремле заявили о попытке атаки беспилотников на резиденцию президента',
    'Ночью два беспилотника пытались атаковать Кремль, сообщила пресс-служба президента. Аппараты были выведены из строя средствами радиоэлектронной борьбы, обломки упали на территории Кремля.',
    'Путин в момент атаки в здании не находился, уточнил Песков.',
    'В Кремле назвали произошедшее спланированным террористическим актом и покушением на президента. Москва оставляет за собой право на ответные меры.',
    'В Киеве свою причастность отрицают. Советник украинского президента назвал инцидент инсценировкой.',
    'В Вашингтоне заявили, что не могут подтвердить сообщения Москвы.',
  ].join('\n'),
  'Kremlin, May 2023, “attack on Putin’s residence” (uk)': [
    'У Кремлі заявили про спробу атаки дронів на резиденцію Путіна',
    'Уночі два безпілотники намагалися атакувати Кремль, повідомила пресслужба президента Росії. Апарати вивели з ладу засобами РЕБ, уламки впали на території Кремля.',
    'У Москві назвали це терористичним актом і замахом на Путіна, пообіцявши відповісти.',
    'У Києві причетність заперечують. Радник президента України назвав інцидент інсценуванням.',
  ].join('\n'),
  'Kremlin, May 2023, an attempt on Putin’s life (en)': [
    'Russia accuses Ukraine of trying to kill Putin with drones',
    'Moscow said on Wednesday that two Ukrainian drones had tried to strike the Kremlin overnight in what it called an attempt on President Vladimir Putin’s life.',
    'The presidential press service said the drones were disabled by electronic warfare and that debris fell on the territory of the Kremlin. Putin was not in the building, his spokesman said.',
    'Video shared online showed a small explosion above the dome of the Senate Palace. The Kremlin called the incident a planned terrorist act and said Russia reserved the right to respond.',
    'Kyiv denied any involvement. A presidential adviser said Ukraine does not attack Putin or Moscow and suggested the incident was staged to justify new strikes.',
    'In Washington, the secretary of state said he could not verify the claim and would treat anything coming from the Kremlin with great caution.',
    'The incident came days before the Victory Day parade on Red Square.',
  ].join('\n'),
  'drone on Netanyahu’s residence in Caesarea': [
    'Drone hits house of Israeli prime minister in Caesarea',
    'A drone launched from Lebanon struck Prime Minister Benjamin Netanyahu’s residence in the coastal town of Caesarea on Saturday, his office said. Neither Netanyahu nor his wife was at home, and no one was hurt.',
    'Hezbollah did not immediately claim the attack. Iran’s mission to the United Nations denied any role and said the strike was carried out by Hezbollah.',
    'Netanyahu called it an attempt to assassinate him and his wife and said it would not deter Israel.',
    'Elsewhere, Russian President Vladimir Putin met Iran’s president in Ashgabat and called for restraint in the Middle East.',
  ].join('\n'),
  'drone on the Iraqi prime minister’s residence': [
    'Iraqi prime minister survives drone attack on his home',
    'Iraqi Prime Minister Mustafa al-Kadhimi escaped unhurt on Sunday after an explosive-laden drone struck his residence in Baghdad’s Green Zone, the military said. Several bodyguards were wounded.',
    'No group claimed responsibility. Iran-backed militias, who have disputed the election results, denied any role and called the attack a fabrication.',
    'Leaders around the world condemned the attack. The Kremlin said Putin had sent a message of support.',
  ].join('\n'),
  'drones at Maduro’s parade (ru)': [
    'Мадуро заявил о покушении с помощью беспилотников',
    'Президент Венесуэлы Николас Мадуро заявил, что его пытались убить с помощью беспилотников со взрывчаткой во время военного парада в Каракасе. Сам Мадуро не пострадал, ранены несколько военных.',
    'Власти обвинили в покушении оппозицию и соседнюю Колумбию, в Боготе причастность отрицают.',
    'Путин в телефонном разговоре с Мадуро осудил нападение.',
  ].join('\n'),
  'Pantsir towers around the Valdai residence, before the claim': [
    'Air-defence towers rise around Putin’s lakeside retreat',
    'New satellite images show at least a dozen Pantsir air-defence systems placed on raised towers around Putin’s residence near Valdai in the Novgorod region.',
    'Analysts say the towers let the systems see low-flying drones over the forest. Moscow appears to fear Ukrainian drone attacks on the residence, which Putin is said to visit often.',
    'The Kremlin declined to comment. Residents said the roads near the lake had been closed for weeks.',
  ].join('\n'),
  'Trump “very angry” with Putin about something else': [
    'Trump says he is ‘very angry’ with Putin',
    'President Donald Trump said on Sunday he was very angry and pissed off with Vladimir Putin after the Russian leader questioned Volodymyr Zelensky’s legitimacy.',
    'Trump threatened secondary tariffs on Russian oil if Moscow did not agree to a ceasefire, though he said he had a good relationship with Putin.',
    'The Kremlin said work on a peace plan continued.',
  ].join('\n'),
  '91 drones over the Moscow region': [
    'Moscow region hit by largest drone attack of the war',
    'Russian air defences shot down 91 drones over the Moscow region overnight, the defence ministry said, in the largest Ukrainian drone attack on the capital so far.',
    'Mayor Sergei Sobyanin said debris damaged several homes. Flights at all Moscow airports were suspended for hours.',
    'Putin was briefed on the attack, the Kremlin said. Ukraine did not comment.',
  ].join('\n'),
  'Kallas calls something else a distraction': [
    'Kallas calls Russia’s ceasefire offer a distraction',
    'The EU’s foreign policy chief Kaja Kallas said on Monday that Moscow’s latest ceasefire offer was a distraction meant to split the West.',
    'Kallas urged member states to agree a new package of sanctions and to keep supplying Ukraine with air defence.',
    'Putin’s spokesman dismissed her comments as hostile.',
  ].join('\n'),
  // The May 2023 Kremlin drones, with calls to strike the Ukrainian president's residence
  // in return: that residence is Zelensky's, not Putin's (in Korean, Japanese and Chinese
  // one word says both "president" and "presidential").
  'Kremlin, May 2023, calls to strike Zelensky’s residence in return (ko)': [
    '러시아 “우크라이나 드론이 크렘린궁 공격 시도”',
    '러시아 대통령실은 우크라이나가 밤사이 드론 두 대로 크렘린궁을 공격하려 했으며 드론은 전자전 장비로 무력화됐다고 밝혔다. 푸틴 대통령은 당시 크렘린궁에 없었다.',
    '크렘린궁은 이를 대통령의 생명을 노린 테러 행위로 규정하고 대응할 권리가 있다고 했다. 우크라이나는 관여를 부인했다.',
    '러시아 일각에서는 보복으로 젤렌스키 우크라이나 대통령의 키이우 관저를 미사일로 공격해야 한다는 주장이 나왔다.',
  ].join('\n'),
  'Kremlin, May 2023, calls to strike Zelensky’s residence in return (ja)': [
    'ロシア、ウクライナの無人機がクレムリンを攻撃と主張',
    'ロシア大統領府は、ウクライナが夜間に無人機2機でクレムリンを攻撃しようとしたと発表した。プーチン大統領は当時クレムリンにいなかった。',
    'ロシア側はこれを大統領の命を狙ったテロ行為だとし、報復の権利があると述べた。ウクライナは関与を否定した。',
    'ロシアの議員からは、報復としてキーウの大統領公邸をミサイルで攻撃すべきだとの声も上がった。',
  ].join('\n'),
  'Kremlin, May 2023, calls to strike Zelensky’s residence in return (en)': [
    'Russia says Ukrainian drones tried to hit the Kremlin',
    'Russia said two Ukrainian drones had tried to attack the Kremlin overnight and were brought down by electronic warfare. The president was not there, his spokesman said.',
    'Moscow called it a terrorist act aimed at the president’s life and said it reserved the right to respond. Kyiv denied any role.',
    'Some Russian lawmakers called for missile strikes on the Ukrainian president’s residence in Kyiv in retaliation for the drone attack.',
  ].join('\n'),
  'a guide to Putin’s residences': [
    'Where does Putin live? A guide to his residences',
    'The Russian president has several official residences. Novo-Ogaryovo, west of Moscow, is where he works most days.',
    'In summer he often stays at Bocharov Ruchey in Sochi. In the north, a lakeside estate near Valdai in the Novgorod region is said to be a favourite, guarded by air defences against drones.',
    'A palace on the Black Sea near Gelendzhik is often linked to him, although the Kremlin denies he owns it.',
  ].join('\n'),
};

describe('look-alike articles are no story', () => {
  it.each(Object.entries(articles))('%s', (_name, text) => {
    expect(run(textPage(text)).story).toBeNull();
  });
});
