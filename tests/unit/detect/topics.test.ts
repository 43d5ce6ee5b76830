import { describe, expect, it } from 'vitest';
import { page, run } from './helpers';

const paragraphs = [
  'Russia accused Ukraine of a drone attack on Putin’s residence near Valdai in the Novgorod region.',
  'A senior officer said 91 drones had been launched in the operation.',
  'The defence ministry released a video of drone debris and said one drone carried a 6-kilogram charge.',
  'U.S. officials, citing a CIA assessment, said Ukraine had not targeted Putin or his residences.',
  'Ukraine’s foreign minister Sybiha rejected the allegation as a fabrication.',
  'EU foreign policy chief Kaja Kallas called the claim a deliberate distraction.',
];

describe('topic (question) mapping', () => {
  const p = page([
    ['headline', 'Russia claims drone attack on Putin residence'],
    ...paragraphs.map((t) => ['main', t] as ['main', string]),
  ]);
  const d = run(p);
  const questionsOf = (needle: string) =>
    d.passages.find((x) => x.text.includes(needle))?.questions ?? [];

  it('finds the story with passages on the body blocks', () => {
    expect(d.strength).toBe('primary');
    for (const x of d.passages) expect(p.blocks[x.block]!.text.slice(x.start, x.end)).toBe(x.text);
  });
  it('targeting', () => expect(questionsOf('accused Ukraine')).toContain('targeting'));
  it('scale', () => expect(questionsOf('91 drones')).toContain('scale'));
  it('evidence', () => expect(questionsOf('debris')).toContain('evidence'));
  it('U.S. assessment', () => expect(questionsOf('CIA')).toContain('us-assessment'));
  it("Ukraine's dismissal", () => expect(questionsOf('Sybiha')).toContain('ukraine-dismissal'));
  it("the EU's dismissal", () => expect(questionsOf('Kallas')).toContain('eu-dismissal'));
  it('a sentence on the scale is not mapped to the EU', () => {
    expect(questionsOf('91 drones')).not.toContain('eu-dismissal');
  });
  it('reports the language whose rules matched', () => expect(d.lang).toBe('en'));
});

describe('passage offsets', () => {
  it('point into the original text, soft hyphens and quotes included', () => {
    const text =
      'Intro line.\u00A0Moscow says «drones» attacked Pu\u00ADtin’s residence near Val\u00ADdai; Kyiv denies it as a lie. Other news.';
    const d = run(page([['main', text]]));
    expect(d.story).not.toBeNull();
    const first = d.passages[0]!;
    expect(first.text).toBe(text.slice(first.start, first.end));
    expect(first.text.startsWith('Moscow says «drones»')).toBe(true);
    expect(first.text).toContain('Val\u00ADdai');
  });
});

describe('passages shown to the reader', () => {
  // Bylines, captions and share buttons sit between a pattern's terms; they are not passages.
  const p = page([
    ['headline', 'Kremlin says 91 drones were sent at Putin’s residence in Novgorod region'],
    ['main', 'By a staff reporter · 29 December 2025'],
    ['main', 'The Valdai hills'],
    ['main', 'Share'],
    [
      'main',
      'Foreign Minister Sergei Lavrov said the drones targeted the state residence near Valdai.',
    ],
    [
      'main',
      'President Zelensky said the allegation was untrue and a pretext to derail the talks.',
    ],
  ]);
  const d = run(p);

  it('are only sentences that touch one of the story’s topics', () => {
    expect(d.strength).toBe('primary');
    expect(d.passages.length).toBeGreaterThan(0);
    for (const x of d.passages) expect(x.questions.length).toBeGreaterThan(0);
    const texts = d.passages.map((x) => x.text);
    expect(texts).not.toContain('Share');
    expect(texts).not.toContain('The Valdai hills');
    expect(texts.some((t) => t.startsWith('By a staff reporter'))).toBe(false);
  });

  it('map a plain-words denial ("untrue", "pretext") to Ukraine’s dismissal', () => {
    const zelensky = d.passages.find((x) => x.text.includes('Zelensky'));
    expect(zelensky?.questions).toContain('ukraine-dismissal');
  });
});
