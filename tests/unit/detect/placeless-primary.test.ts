/**
 * Pages about the claim that never name what the rules used to need: a fact-check of
 * "Putin's dacha" (no place, number or date), and reports datelined from Valdai whose
 * body mentions the residence without the place. Both are `primary`; their look-alikes
 * are not. Own words.
 */
import { describe, expect, it } from 'vitest';
import { plainTextPage } from '../../../scripts/detect/plain-text';
import { run, STORY, textPage } from './helpers';

const factChecks: Record<string, string> = {
  uk: [
    'Фактчек: чи атакували українські дрони дачу Путіна',
    'Після свят у соцмережах знову поширюють твердження, що українські безпілотники атакували дачу Путіна. Ми перевірили, що відомо.',
    'Російська сторона заявила, що атаку відбили, і показала відео з уламками одного дрона. Де саме їх знайшли, не уточнили.',
    'Київ називає це вигадкою, яку використали, щоб зірвати переговори. За даними американських ЗМІ, розвідка США дійшла висновку, що удару по дачі не було.',
    'Висновок: доказів атаки на дачу Путіна немає, а незалежні джерела твердження не підтверджують.',
  ].join('\n'),
  ru: [
    'Проверка: была ли атака дронов на дачу Путина',
    'В соцсетях пишут, что украинские беспилотники пытались атаковать дачу Путина. Разбираемся, что известно на самом деле.',
    'Российская сторона утверждает, что все дроны сбиты, и показала видео с обломками. Где именно их нашли, не сообщается.',
    'Киев назвал это выдумкой и предлогом для срыва переговоров. ЦРУ, по данным американских СМИ, пришло к выводу, что дача Путина целью не была.',
    'Итог: доказательств атаки на дачу Путина нет.',
  ].join('\n'),
  en: [
    'Fact check: did drones really attack Putin’s dacha?',
    'Posts shared thousands of times say Ukrainian drones tried to hit Putin’s dacha. Here is what we could and could not verify.',
    'Russian officials say every drone was shot down and released a video of one wrecked airframe, without saying where it was filmed.',
    'Kyiv calls the story a fabrication meant to stall the talks, and U.S. officials say they found no sign of an attack on the dacha.',
    'Our verdict: there is no evidence of a drone attack on Putin’s dacha.',
  ].join('\n'),
};

const datelines: Record<string, string> = {
  en: [
    'A quiet town waits for answers',
    'VALDAY, Novgorodskaya oblast — Snow lay thick on the wooden pier on Tuesday morning, and the café by the bus station was half empty. A few fishermen sat on the ice, and the monastery bells rang for the morning service.',
    'A woman who has sold smoked fish at the market for twenty years said she slept through the night and heard nothing unusual. “If there had been a battle in the sky, the whole town would know by breakfast,” she said. Her neighbour, a retired teacher, agreed.',
    'Russia’s defence ministry says the residence by the lake was the target of a Ukrainian drone attack that night. Kyiv has called the account a fabrication.',
    'Police cars were parked along the road out of town, but nobody had seen debris. The governor’s office did not answer questions.',
  ].join('\n'),
  ru: [
    'Тихий город ждёт ответов',
    'ВАЛДАЙ, Новгородская область — Во вторник утром у деревянного причала лежал снег, а кафе у автостанции было наполовину пустым. На льду сидели несколько рыбаков, в монастыре звонили к утренней службе.',
    'Продавщица копчёной рыбы, которая двадцать лет торгует на рынке, сказала, что спала всю ночь и ничего необычного не слышала. «Если бы в небе шёл бой, к завтраку знал бы весь город», — говорит она. Соседка, учительница на пенсии, с ней согласна.',
    'Минобороны утверждает, что той ночью резиденция у озера была целью атаки украинских беспилотников. В Киеве назвали это выдумкой, а американские чиновники заявили, что не видели признаков такого удара.',
    'Вдоль дороги из города стояли полицейские машины, но обломков никто не видел. В администрации губернатора на вопросы не ответили.',
  ].join('\n'),
};

describe('pages about the claim without place, number or date', () => {
  it.each(Object.entries(factChecks))('fact-check of “Putin’s dacha” (%s) is primary', (_l, t) => {
    expect(run(textPage(t))).toMatchObject({ story: STORY, strength: 'primary' });
  });

  it.each(Object.entries(datelines))('a Valdai dateline makes the report primary (%s)', (_l, t) => {
    const d = run(textPage(t));
    expect(d).toMatchObject({ story: STORY, strength: 'primary' });
    // the dateline shows where the story sits; the passage is the report's sentence
    expect(d.passages.every((p) => !p.text.includes('Snow') && !p.text.includes('снег'))).toBe(
      true,
    );
  });

  it('a Valdai dateline over a story about something else is no story', () => {
    const local = datelines
      .en!.split('\n')
      .filter((l) => !l.includes('defence ministry'))
      .join('\n');
    expect(run(textPage(local)).story).toBeNull();
    const pantsir = local.replace(
      'Police cars',
      'Satellite images show new Pantsir towers around the residence by the lake, built against drone attacks. Police cars',
    );
    expect(run(textPage(pantsir)).story).toBeNull();
  });

  it('a Valdai-datelined story about something else with one sentence on the claim is passing', () => {
    const tourism = [
      'Winter season starts slowly by the lake',
      'VALDAY, Novgorodskaya oblast — Hotel owners around the lake say bookings for the winter holidays are down by a third. Ski rental shops opened on Saturday, but the slopes were nearly empty.',
      'Guides blame the late snow and higher train fares. The monastery on the island still draws day trippers, and the bell museum reported a busy weekend.',
      'One hotel manager said a few guests had cancelled after Moscow’s claim of a Ukrainian drone attack on the presidential residence nearby, which Kyiv denied.',
      'The regional tourism office expects visitors to return in February for the ice-fishing festival.',
    ].join('\n');
    expect(run(textPage(tourism))).toMatchObject({ story: STORY, strength: 'passing' });
  });

  it('Stalin’s dacha by the lake is not Putin’s', () => {
    const t = factChecks
      .en!.replace(/Putin’s dacha/g, 'Stalin’s dacha')
      .replace(/Putin/g, 'Stalin');
    expect(run(textPage(t)).story).toBeNull();
  });
});

describe('headline lists in plain text', () => {
  const digest = (item: string) =>
    [
      'Evening digest',
      '',
      'Good evening. Markets closed higher after the central bank left rates unchanged, and the weather office has issued a snow warning for the north. Here is what else happened today.',
      '',
      'Central bank holds rates as inflation eases',
      item,
      'Storm warning for the northern coast',
      'Rail strike called off after late-night deal',
      'Cup final moved to Saturday',
      '',
      'That is all for today. The digest returns tomorrow at six.',
    ].join('\n');

  it('one item about the claim in a list is a passing mention', () => {
    const d = run(
      plainTextPage(digest('Moscow says drones targeted a Putin residence; Kyiv calls it a lie')),
    );
    expect(d).toMatchObject({ story: STORY, strength: 'passing' });
  });

  it('a window reaching into the next list item does not count as a second sentence', () => {
    // "residence … Rail strike": the next items must not add story sentences
    const d = run(
      plainTextPage(digest('Moscow claims a drone attack on a Putin residence; Kyiv denies it')),
    );
    expect(d.strength).toBe('passing');
  });

  it('a bullet list keeps its items apart', () => {
    const text = [
      'Der Tag in Kürze',
      '',
      'Guten Abend. Die Börse schloss fester, nachdem die Notenbank die Zinsen unverändert ließ. Der Wetterdienst warnt vor Glätte im Norden.',
      '',
      '- Notenbank lässt die Zinsen unverändert',
      '- Moskau wirft Kiew einen Drohnenangriff auf eine Putin-Residenz vor; Kiew spricht von einer Lüge',
      '- Bahnstreik nach nächtlicher Einigung abgesagt',
      '- Pokalfinale auf Samstag verlegt',
      '',
      'Morgen um sechs geht es weiter.',
    ].join('\n');
    expect(run(plainTextPage(text))).toMatchObject({ story: STORY, strength: 'passing' });
  });
});
