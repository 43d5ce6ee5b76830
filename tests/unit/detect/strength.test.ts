import { describe, expect, it } from 'vitest';
import { filler, page, run, STORY, textPage } from './helpers';

const claim =
  'Russia accused Ukraine of launching 91 drones at Putin’s residence in the Novgorod region, an allegation Kyiv rejected as a lie.';
const headline = 'Moscow says drones targeted Putin’s Valdai residence';

describe('strength', () => {
  it('primary when the headline and the body carry the claim', () => {
    const d = run(
      page([
        ['chrome', 'Home News Sport'],
        ['headline', headline],
        ['main', claim],
        ['main', filler(12)],
      ]),
    );
    expect(d).toMatchObject({ story: STORY, strength: 'primary' });
  });

  it('primary when the body is about the claim even without a headline block', () => {
    const body = [
      claim,
      'Foreign Minister Lavrov said the attack happened overnight and that Moscow would revise its negotiating position.',
      'Zelensky called the claim a lie meant to derail the talks.',
      filler(4),
    ].join('\n');
    expect(run(textPage(body)).strength).toBe('primary');
  });

  it('passing when only a related-links block mentions it', () => {
    const d = run(
      page([
        ['headline', 'Winter sales start on Wednesday'],
        ['main', filler(10)],
        [
          'chrome',
          'Related: Russia claims Ukrainian drone attack on Putin’s residence near Valdai',
        ],
      ]),
    );
    expect(d).toMatchObject({ story: STORY, strength: 'passing' });
    expect(d.passages.every((p) => p.text.includes('Valdai'))).toBe(true);
  });

  it('passing for one sentence in a long unrelated article', () => {
    const text = `${filler(20)}\n${claim}\n${filler(20)}`;
    expect(run(textPage(text)).strength).toBe('passing');
  });

  it('passing for a one-line mention in peace-talks coverage', () => {
    const talks = [
      'Negotiators met again in Geneva to work on the peace plan, with territory and security guarantees still unresolved.',
      filler(8),
      'The talks were overshadowed by Moscow’s claim that Ukrainian drones had attacked Putin’s residence in the Novgorod region, which Kyiv called a lie.',
      filler(8),
    ].join('\n');
    expect(run(textPage(talks))).toMatchObject({ story: STORY, strength: 'passing' });
  });

  it('unstructured text: the first lines stand in for the headline', () => {
    const text = `Dec 29 · 20:34 UTC\n${headline}\n${filler(10)}\nLavrov said 91 drones were shot down near Valdai, and Kyiv denied it.`;
    expect(run(textPage(text)).strength).toBe('primary');
  });

  it('the page title counts as a headline', () => {
    const d = run(textPage(`${filler(10)}\n${claim}\n${filler(10)}`, { title: headline }));
    expect(d.strength).toBe('primary');
  });

  it('a mention only inside a chrome block never makes the page primary', () => {
    const d = run(
      page([
        ['main', filler(8)],
        ['chrome', `${headline}. ${claim}`],
      ]),
    );
    expect(d.strength).toBe('passing');
  });

  it('unspaced scripts: the stand-in headline is a headline’s worth of text, not 200 characters', () => {
    const text = [
      '東京株式市場、小幅反落',
      '東京株式市場は月曜日、小幅に反落した。銀行株と自動車株が売られ、海運株は買われた。円相場はドルに対してほぼ横ばいだった。プライム市場の売買代金は概算で3兆円だった。',
      '投資家は、ロシアが主張するプーチン大統領の公邸へのドローン攻撃についても注視したが、ウクライナは否定している。',
      '市場関係者は来週の中央銀行の会合に注目している。',
    ].join('\n');
    expect(run(textPage(text))).toMatchObject({ story: STORY, strength: 'passing' });
    const [headline, ...rest] = text.split('\n');
    const led = [headline, rest[1], rest[0], rest[2]].join('\n');
    expect(run(textPage(led)).strength).toBe('primary');
  });

  it('nothing at all on an ordinary page', () => {
    expect(
      run(
        page([
          ['headline', 'Weather'],
          ['main', filler(10)],
        ]),
      ),
    ).toMatchObject({
      story: null,
      strength: null,
      passages: [],
    });
  });
});
