/**
 * The dated timeline: every entry with its date, party, kind, text, date note and
 * attribution with links to its sources; or, in the card, the key developments first
 * with a button for all of them.
 */
import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DatesContext } from '../../../components/dates';
import { Timeline } from '../../../components/Timeline';
import { ENTRY_KINDS, type StoryContent } from '../../../data/schema';
import { formatDateOrRange } from '../../../lib/format';
import { dateTable, tableDates } from '../../../lib/format/date-formats';
import { createTranslator } from '../../../lib/i18n';
import { novgorodPack, withoutLangs } from '../story/pack-fixture';
import { JumpHost } from './jump-host';

const pack = novgorodPack();
const t = createTranslator('en');
const party = (id: string) => pack.parties.find((p) => p.id === id)!.name.en;
const source = (id: string) => pack.sources.find((s) => s.id === id)!;
// Testing Library collapses whitespace, including ICU's thin spaces in "28 – 29 Dec".
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const items = (root: Element) => [...root.querySelectorAll<HTMLElement>('ol.fl-timeline > li')];
const key = pack.timeline.filter((e) => e.key);

afterEach(cleanup);

describe('Timeline', () => {
  it('renders every entry in order with its date, party, kind, text and attribution', () => {
    const { container } = render(<Timeline pack={pack} lang="en" t={t} />);
    const lis = items(container);
    expect(lis.map((li) => li.dataset.entry)).toEqual(pack.timeline.map((e) => e.id));

    pack.timeline.forEach((entry, i) => {
      const li = lis[i]!;
      const view = within(li);
      expect(li.querySelector('.fl-tl-entry__date')?.textContent).toBe(
        formatDateOrRange(entry.date, 'en'),
      );
      expect(li.querySelector('.fl-tl-entry__party')?.textContent).toBe(party(entry.party));
      expect(view.getByText(t(`kind.${entry.kind}`)).dataset.kind).toBe(entry.kind);
      expect(li.querySelector('.fl-tl-entry__text')?.textContent).toBe(entry.text.en);
      expect(li.querySelector('.fl-attr__by')?.textContent).toBe(`— ${entry.attribution.by.en}`);
      // Focusable from script (a position step leads here), not a tab stop.
      expect(li.getAttribute('tabindex')).toBe('-1');
    });
  });

  it("links each entry's sources: publisher and date, in a new tab without an opener", () => {
    const { container } = render(<Timeline pack={pack} lang="en" t={t} />);
    items(container).forEach((li, i) => {
      const entry = pack.timeline[i]!;
      const sources = li.querySelector<HTMLElement>('.fl-attr__sources')!;
      expect(sources.textContent).toMatch(/^Sources: /);
      const links = within(sources).getAllByRole('link');
      expect(links.map((a) => a.dataset.source)).toEqual(entry.attribution.sources);
      links.forEach((a, j) => {
        const s = source(entry.attribution.sources[j]!);
        expect(a.getAttribute('href')).toBe(s.url);
        expect(a.getAttribute('target')).toBe('_blank');
        expect(a.getAttribute('rel')).toBe('noopener noreferrer');
        expect(a.getAttribute('hreflang')).toBe(s.lang);
        // "TASS, 29 Dec 2025 (opens in a new tab)", the date kept on one line.
        const date = formatDateOrRange(s.date, 'en');
        expect(squash(a.textContent)).toBe(`${s.publisher}, ${date} (opens in a new tab)`);
        expect(a.textContent).toContain(date.replace(/ /g, '\u00a0'));
      });
    });
  });

  it('shows a note on the date where sources disagree, and only there', () => {
    const { container } = render(<Timeline pack={pack} lang="en" t={t} />);
    const noted = pack.timeline.filter((e) => e.dateNote);
    expect(noted.length).toBeGreaterThan(0);
    items(container).forEach((li, i) => {
      const entry = pack.timeline[i]!;
      const note = li.querySelector('.fl-tl-entry__note');
      if (!entry.dateNote) return expect(note).toBeNull();
      expect(squash(note?.textContent)).toBe(squash(`On the date: ${entry.dateNote.en}`));
    });
    const trump = container.querySelector('[data-entry="trump-very-angry"] .fl-tl-entry__note');
    expect(trump?.textContent).toMatch(/Monday 29 December/);
  });

  it('labels every kind of entry, and the pack uses them all', () => {
    const { container } = render(<Timeline pack={pack} lang="en" t={t} />);
    const chips = [...container.querySelectorAll<HTMLElement>('[data-kind]')];
    expect(chips.map((c) => c.textContent)).toEqual(pack.timeline.map((e) => t(`kind.${e.kind}`)));
    expect(new Set(chips.map((c) => c.dataset.kind))).toEqual(new Set(ENTRY_KINDS));
    const assessment = container.querySelector('[data-entry="wsj-cia-assessment"] [data-kind]');
    expect(assessment?.textContent).toBe('Intelligence assessment');
  });

  it('shows localised dates: <time> for single days, plain text for a range', () => {
    const ranged: StoryContent = {
      ...pack,
      timeline: [
        { ...pack.timeline[0]!, date: '2025-12-28/2025-12-29' },
        ...pack.timeline.slice(1),
      ],
    };
    const { container } = render(<Timeline pack={ranged} lang="en" t={t} />);
    const dates = [...container.querySelectorAll('.fl-tl-entry__date')];
    expect(squash(dates[0]?.textContent)).toBe('28 – 29 Dec 2025');
    expect(dates[0]?.tagName).toBe('SPAN');
    const single = dates.find((d) => d.tagName === 'TIME');
    expect(single?.getAttribute('datetime')).toBe(pack.timeline[1]!.date);
    expect(single?.textContent).toBe(formatDateOrRange(pack.timeline[1]!.date, 'en'));
  });

  it('marks the entries it is asked to', () => {
    const { container } = render(
      <Timeline
        pack={pack}
        mark={(e) => (e.date > '2025-12-31' ? 'New since this article' : undefined)}
        lang="en"
        t={t}
      />,
    );
    const marked = items(container).filter((li) => li.classList.contains('fl-tl-entry--marked'));
    expect(marked.map((li) => li.dataset.entry)).toEqual(
      pack.timeline.filter((e) => e.date > '2025-12-31').map((e) => e.id),
    );
    for (const li of marked) {
      expect(li.querySelector('.fl-mark')?.textContent).toBe('New since this article');
    }
    expect(container.querySelectorAll('.fl-mark')).toHaveLength(marked.length);
  });

  it('shows the story text in German, and dates formatted for German', () => {
    const de = createTranslator('de');
    const { container } = render(<Timeline pack={pack} lang="de" t={de} />);
    const first = items(container)[0]!;
    expect(first.querySelector('.fl-tl-entry__date')?.textContent).toBe(
      formatDateOrRange(pack.timeline[0]!.date, 'de'),
    );
    expect(first.querySelector('.fl-tl-entry__text')?.textContent).toBe(pack.timeline[0]!.text.de);
    expect(first.querySelector('[lang]')).toBeNull(); // nothing fell back to English
    expect(first.querySelector('[data-kind]')?.textContent).toBe(
      de(`kind.${pack.timeline[0]!.kind}`),
    );
  });

  it('marks English fallback text when the pack lacks the interface language', () => {
    const fr = createTranslator('fr');
    const english = withoutLangs(pack, ['fr']);
    const { container } = render(<Timeline pack={english} lang="fr" t={fr} />);
    const text = container.querySelector('.fl-tl-entry__text > span');
    expect(text?.getAttribute('lang')).toBe('en');
    expect(text?.textContent).toBe(pack.timeline[0]!.text.en);
    expect(container.querySelector('.fl-attr__by')?.getAttribute('lang')).toBe('en');
  });

  it('formats dates from the table it is given instead of Intl (the in-page card)', () => {
    const table = dateTable(pack.timeline, 'en');
    table['2025-12-29'] = ['29/12', '29 December'];
    const { container } = render(
      <DatesContext.Provider value={tableDates(table, 'en')}>
        <Timeline pack={pack} lang="en" t={t} />
      </DatesContext.Provider>,
    );
    const li = container.querySelector<HTMLElement>('[data-entry="lavrov-91-drones"]')!;
    expect(li.querySelector('.fl-tl-entry__date')?.textContent).toBe('29/12');
    expect(within(li).getAllByRole('link')[0]!.textContent).toMatch(/^Interfax, 29\/12/);
  });
});

describe('Timeline, key developments first (the card)', () => {
  it('has a few key developments, among them the claim, the denial, the assessment', () => {
    expect(key.length).toBeGreaterThan(3);
    expect(key.length).toBeLessThan(pack.timeline.length);
    expect(key.map((e) => e.id)).toEqual(
      expect.arrayContaining([
        'lavrov-91-drones',
        'zelensky-another-lie',
        'wsj-cia-assessment',
        'kallas-deliberate-distraction',
      ]),
    );
  });

  it('shows the key entries, then every entry on request, and back', () => {
    const view = render(
      <JumpHost>
        <Timeline pack={pack} keyFirst lang="en" t={t} />
      </JumpHost>,
    );
    expect(items(view.container).map((li) => li.dataset.entry)).toEqual(key.map((e) => e.id));
    const more = view.getByRole('button', { name: `Show all ${pack.timeline.length} entries` });
    fireEvent.click(more);
    expect(items(view.container).map((li) => li.dataset.entry)).toEqual(
      pack.timeline.map((e) => e.id),
    );
    const less = view.getByRole('button', { name: 'Show key developments only' });
    expect(less).toBe(more);
    fireEvent.click(less);
    expect(items(view.container)).toHaveLength(key.length);
  });

  it('shows every entry with no button outside key-first mode', () => {
    const view = render(
      <JumpHost>
        <Timeline pack={pack} lang="en" t={t} />
      </JumpHost>,
    );
    expect(items(view.container)).toHaveLength(pack.timeline.length);
    expect(view.queryByRole('button')).toBeNull();
  });

  it('names the button in the interface language', () => {
    const ru = createTranslator('ru');
    const view = render(
      <JumpHost>
        <Timeline pack={pack} keyFirst lang="ru" t={ru} />
      </JumpHost>,
    );
    expect(
      view.getByRole('button', { name: ru('timeline.showAll', { count: pack.timeline.length }) }),
    ).toBeTruthy();
  });
});
