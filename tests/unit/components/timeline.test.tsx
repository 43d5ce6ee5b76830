import { cleanup, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Timeline } from '../../../components/Timeline';
import { createTranslator } from '../../../lib/i18n';
import { formatDateOrRange } from '../../../lib/format';
import { novgorodPack } from '../story/pack-fixture';

const pack = novgorodPack();
const t = createTranslator('en');
const party = (id: string) => pack.parties.find((p) => p.id === id)!.name.en;
const source = (id: string) => pack.sources.find((s) => s.id === id)!;
// Testing Library collapses whitespace, including ICU's thin spaces in "28 – 29 Dec".
const squash = (s: string) => s.replace(/\s+/g, ' ');

afterEach(cleanup);

describe('Timeline', () => {
  it('renders every entry in order with its date, party, evidence type, text and attribution', () => {
    const { container } = render(<Timeline pack={pack} lang="en" t={t} />);
    const items = container.querySelectorAll<HTMLElement>('ol.fl-timeline > li');
    expect(items).toHaveLength(pack.timeline.length);

    pack.timeline.forEach((entry, i) => {
      const li = items[i]!;
      const view = within(li);
      expect(li.dataset.entry).toBe(entry.id);
      expect(view.getByText(squash(formatDateOrRange(entry.date, 'en')))).toBeTruthy();
      expect(view.getByText(party(entry.party))).toBeTruthy();
      expect(view.getByText(t(`evidence.${entry.evidence}`))).toBeTruthy();
      expect(view.getByText(entry.text.en)).toBeTruthy();
      expect(view.getByText(`— ${entry.attribution.by.en}`)).toBeTruthy();
      const kind = t(`sourceKind.${source(entry.attribution.source).kind}`);
      expect(li.querySelector('.fl-attr__source')?.textContent).toContain(kind);
    });
  });

  it('shows localised dates: a range for 28–29 December, <time> for single days', () => {
    const { container } = render(<Timeline pack={pack} lang="en" t={t} />);
    const dates = [...container.querySelectorAll('.fl-tl-entry__date')];
    expect(dates[0]?.textContent?.replace(/\s+/g, ' ')).toBe('28 – 29 Dec 2025');
    expect(dates[0]?.tagName).toBe('SPAN');
    const single = dates.find((d) => d.tagName === 'TIME');
    expect(single?.getAttribute('datetime')).toBe('2025-12-31');
    expect(single?.textContent).toBe('31 Dec 2025');
  });

  it('labels every evidence type the pack uses', () => {
    const { container } = render(<Timeline pack={pack} lang="en" t={t} />);
    const chips = [...container.querySelectorAll<HTMLElement>('[data-evidence]')];
    expect(chips.map((c) => c.textContent)).toEqual(
      pack.timeline.map((e) => t(`evidence.${e.evidence}`)),
    );
    expect(new Set(chips.map((c) => c.dataset.evidence))).toEqual(
      new Set(['allegation', 'evidence-claim', 'intelligence-assessment', 'denial', 'dismissal']),
    );
  });

  it('renders only the entries it is given, with optional marks', () => {
    const entries = [pack.timeline[3]!, pack.timeline[0]!];
    const { container } = render(
      <Timeline
        pack={pack}
        entries={entries}
        mark={(e) => (e.id === entries[0]!.id ? 'New since this article' : undefined)}
        lang="en"
        t={t}
      />,
    );
    const items = [...container.querySelectorAll<HTMLElement>('li')];
    expect(items.map((li) => li.dataset.entry)).toEqual(entries.map((e) => e.id));
    expect(within(items[0]!).getByText('New since this article')).toBeTruthy();
    expect(items[1]!.querySelector('.fl-mark')).toBeNull();
  });

  it('formats dates in the interface language and marks English fallback text', () => {
    const { container } = render(<Timeline pack={pack} lang="de" t={createTranslator('de')} />);
    const first = container.querySelector('.fl-tl-entry__date');
    expect(first?.textContent).toBe(formatDateOrRange(pack.timeline[0]!.date, 'de'));
    const text = container.querySelector('.fl-tl-entry__text > span');
    expect(text?.getAttribute('lang')).toBe('en'); // no German text in the pack yet
  });
});
