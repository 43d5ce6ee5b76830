/**
 * The compact card's "who says what": one question, each principal party's latest
 * stance with its date and few words, and its earlier stances as dots before it.
 */
import { cleanup, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PositionsGlance } from '../../../components/PositionsGlance';
import { formatDateOrRange } from '../../../lib/format';
import { createTranslator } from '../../../lib/i18n';
import { novgorodPack, withoutLangs } from '../story/pack-fixture';

const pack = novgorodPack();
const t = createTranslator('en');
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const position = (party: string, question: string) =>
  pack.positions.find((p) => p.party === party && p.question === question)!;

afterEach(cleanup);

const glance = (question: string, lang: 'en' | 'uk' | 'de' = 'en', p = pack) => {
  const view = render(
    <PositionsGlance pack={p} question={question} lang={lang} t={createTranslator(lang)} />,
  );
  const root = view.container.querySelector<HTMLElement>('.fl-glance')!;
  const row = (party: string) => root.querySelector<HTMLElement>(`[data-party="${party}"]`)!;
  return { view, root, row };
};

describe('PositionsGlance', () => {
  it('names the question and has a row per principal party', () => {
    const { root } = glance('targeting');
    expect(root.dataset.question).toBe('targeting');
    expect(squash(root.querySelector('.fl-glance__q')!.textContent)).toBe(
      `Who says what${pack.questions[0]!.text.en}`,
    );
    const rows = within(root).getAllByRole('listitem');
    expect(rows.map((r) => r.dataset.party)).toEqual(['russia', 'ukraine', 'us', 'eu']);
  });

  it("reads each party's latest stance, its date and its few words", () => {
    const { root } = glance('targeting');
    const rows = within(root).getAllByRole('listitem');
    const latest = rows.map((r) => {
      const pos = r.querySelector('.fl-glance__pos')!;
      return [
        r.querySelector('.fl-glance__party')!.textContent,
        pos.querySelector(':scope > .fl-pill')!.textContent,
        pos.querySelector('.fl-glance__date')!.textContent,
        pos.querySelector('.fl-glance__short')!.textContent,
      ];
    });
    expect(latest).toEqual(
      ['russia', 'ukraine', 'us', 'eu'].map((party) => {
        const last = position(party, 'targeting').steps.at(-1)!;
        const name = pack.parties.find((p) => p.id === party)!.name.en;
        return [
          `${name}: `,
          t(`stance.${last.stance}`),
          formatDateOrRange(last.date, 'en'),
          last.short.en,
        ];
      }),
    );
    // The U.S. ended where it started, undecided ("I don't know", 7 January).
    expect(latest[2]!.slice(1, 3)).toEqual(['Undecided', '7 Jan 2026']);
  });

  it('shows the earlier stances as dots, oldest first, each named for screen readers', () => {
    const { row } = glance('targeting');
    const us = position('us', 'targeting');
    const was = [...row('us').querySelectorAll<HTMLElement>('.fl-glance__was')];
    expect(was).toHaveLength(us.steps.length - 1);
    was.forEach((w, i) => {
      const step = us.steps[i]!;
      const date = formatDateOrRange(step.date, 'en');
      const stance = t(`stance.${step.stance}`);
      expect(w.dataset.stance).toBe(step.stance);
      const dot = w.querySelector<HTMLElement>('.fl-dot')!;
      expect(dot.classList.contains(`fl-dot--${step.stance}`)).toBe(true);
      expect(dot.getAttribute('aria-hidden')).toBe('true');
      expect(dot.getAttribute('title')).toBe(`${date}: ${stance}`);
      expect(squash(w.querySelector('.fl-vh')!.textContent)).toBe(`${stance} on ${date},`);
    });
    expect(was.map((w) => w.dataset.stance)).toEqual([
      'undecided',
      'doubts',
      'doubts',
      'denies',
      'denies',
    ]);
    expect(row('us').querySelector('.fl-glance__arrow')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('shows no dots for a party with a single step', () => {
    const { row } = glance('targeting');
    expect(position('eu', 'targeting').steps).toHaveLength(1);
    expect(row('eu').querySelector('.fl-glance__trail')).toBeNull();
    expect(row('eu').querySelector('.fl-pill')!.textContent).toBe('Denies');
    expect(row('eu').querySelector('.fl-glance__date')!.textContent).toBe('31 Dec 2025');
    expect(row('eu').querySelector('.fl-glance__short')!.textContent).toBe(
      position('eu', 'targeting').steps[0]!.short.en,
    );
  });

  it('says "No public position" for a party without steps, with no date or words', () => {
    const { row } = glance('scale');
    for (const party of ['us', 'eu']) {
      const r = row(party);
      expect(within(r).getByText('No public position').dataset.stance).toBe('none');
      expect(r.querySelector('.fl-glance__date, .fl-glance__short, .fl-glance__trail')).toBeNull();
    }
  });

  it('renders nothing for a question the pack does not have', () => {
    const { view } = glance('weather');
    expect(view.container.childNodes).toHaveLength(0);
  });

  it('shows the words and dates in the card language, English fallback marked', () => {
    const uk = glance('targeting', 'uk').row('ukraine');
    const last = position('ukraine', 'targeting').steps.at(-1)!;
    expect(uk.querySelector('.fl-glance__short')!.textContent).toBe(last.short.uk);
    expect(uk.querySelector('.fl-glance__short')!.hasAttribute('lang')).toBe(false);
    expect(uk.querySelector('.fl-glance__date')!.textContent).toBe(
      formatDateOrRange(last.date, 'uk'),
    );
    cleanup();
    const de = glance('targeting', 'de', withoutLangs(pack, ['de'])).row('ukraine');
    expect(de.querySelector('.fl-glance__short')!.getAttribute('lang')).toBe('en');
    expect(de.querySelector('.fl-pill')!.textContent).toBe(createTranslator('de')('stance.denies'));
  });
});
