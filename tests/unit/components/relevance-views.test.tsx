/**
 * The card's relevance views: "New since this article" and "Not mentioned on this
 * page" list developments as short briefs (the key ones, and how many more the
 * timeline holds), each leading to its entry.
 */
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { KeyBriefs } from '../../../components/EntryBrief';
import { RelevanceMissing } from '../../../components/RelevanceMissing';
import { RelevanceNewSince } from '../../../components/RelevanceNewSince';
import { Timeline } from '../../../components/Timeline';
import { formatAsOf, formatDateOrRange } from '../../../lib/format';
import { createTranslator } from '../../../lib/i18n';
import { newSince, pageRelevance } from '../../../lib/story/relevance';
import { novgorodPack } from '../story/pack-fixture';
import { JumpHost } from './jump-host';

const pack = novgorodPack();
const t = createTranslator('en');
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const party = (id: string) => pack.parties.find((p) => p.id === id)!.name.en;
const briefs = (root: Element) => [...root.querySelectorAll<HTMLElement>('.fl-brief')];

afterEach(cleanup);

describe('RelevanceNewSince', () => {
  const PUBLISHED = '2025-12-29';
  const fresh = newSince(pack.timeline, PUBLISHED);
  const keyFresh = fresh.filter((e) => e.key);

  it('shows what an article of 29 December could not know: the assessment, the denials, later U.S. statements', () => {
    const { container } = render(
      <RelevanceNewSince pack={pack} published={PUBLISHED} entries={fresh} lang="en" t={t} />,
    );
    expect(container.querySelector('.fl-rel__note')?.textContent?.trim()).toBe(
      'This page is dated 29 Dec 2025.',
    );
    const shown = briefs(container).map((li) => li.dataset.entry);
    expect(shown).toEqual(keyFresh.map((e) => e.id));
    expect(shown).toEqual(
      expect.arrayContaining([
        'wsj-cia-assessment',
        'kallas-deliberate-distraction',
        'trump-dont-believe',
        'trump-dont-know',
      ]),
    );
    for (const id of ['lavrov-91-drones', 'trump-very-angry', 'zelensky-another-lie']) {
      expect(shown).not.toContain(id);
    }
    expect(container.querySelector('.fl-rel__more')?.textContent).toBe(
      `${fresh.length - keyFresh.length} more in the timeline below.`,
    );
  });

  it('gives each development its date, party and what was said', () => {
    const { container } = render(
      <RelevanceNewSince pack={pack} published={PUBLISHED} entries={fresh} lang="en" t={t} />,
    );
    briefs(container).forEach((li, i) => {
      const entry = keyFresh[i]!;
      const date = formatDateOrRange(entry.date, 'en');
      expect(squash(li.textContent)).toBe(
        squash(`${date} · ${party(entry.party)}: ${entry.text.en}`),
      );
      expect(li.querySelector('time')?.getAttribute('datetime')).toBe(entry.date);
    });
    const cia = container.querySelector('[data-entry="wsj-cia-assessment"]')!;
    expect(squash(cia.textContent)).toMatch(/^31 Dec 2025 · United States: /);
  });

  it('leads from a brief to its entry in the timeline, showing every entry', () => {
    const view = render(
      <JumpHost>
        <RelevanceNewSince pack={pack} published={PUBLISHED} entries={fresh} lang="en" t={t} />
        <Timeline pack={pack} keyFirst lang="en" t={t} />
      </JumpHost>,
    );
    const buttons = view.getAllByRole('button', { name: /^Show in the timeline: / });
    expect(buttons).toHaveLength(keyFresh.length);
    const i = keyFresh.findIndex((e) => e.id === 'trump-dont-know');
    fireEvent.click(buttons[i]!);
    const focused = document.activeElement as HTMLElement;
    expect(focused.dataset.entry).toBe('trump-dont-know');
    expect(focused.closest('ol.fl-timeline')).toBeTruthy();
  });

  it('says so when nothing is newer than the article', () => {
    const entries = newSince(pack.timeline, pack.eventsThrough);
    expect(entries).toEqual([]);
    const { container } = render(
      <RelevanceNewSince
        pack={pack}
        published={pack.eventsThrough}
        entries={entries}
        lang="en"
        t={t}
      />,
    );
    expect(squash(container.textContent)).toBe(
      `This page is dated ${formatDateOrRange(pack.eventsThrough, 'en')}. ` +
        `No later developments in the timeline (events through ${formatAsOf(pack.eventsThrough, 'en')}).`,
    );
    expect(briefs(container)).toEqual([]);
  });
});

describe('KeyBriefs', () => {
  it('shows every entry, and no count, when none of them is key', () => {
    const plain = pack.timeline.filter((e) => !e.key).slice(0, 3);
    const { container } = render(<KeyBriefs pack={pack} entries={plain} lang="en" t={t} />);
    expect(briefs(container).map((li) => li.dataset.entry)).toEqual(plain.map((e) => e.id));
    expect(container.querySelector('.fl-rel__more')).toBeNull();
  });

  it('counts what it leaves for the timeline, in one and many', () => {
    const one = [pack.timeline.find((e) => e.key)!, pack.timeline.find((e) => !e.key)!];
    const { container } = render(<KeyBriefs pack={pack} entries={one} lang="en" t={t} />);
    expect(briefs(container)).toHaveLength(1);
    expect(container.querySelector('.fl-rel__more')?.textContent).toBe(
      '1 more in the timeline below.',
    );
  });

  it('renders nothing for no entries', () => {
    const { container } = render(<KeyBriefs pack={pack} entries={[]} lang="en" t={t} />);
    expect(container.childNodes).toHaveLength(0);
  });
});

describe('RelevanceMissing', () => {
  it('names each topic the page leaves out, with its key developments', () => {
    const r = pageRelevance(pack, [{ questions: ['targeting', 'scale', 'evidence'] }]);
    const { container } = render(
      <RelevanceMissing pack={pack} notMentioned={r.notMentioned} lang="en" t={t} />,
    );
    const topics = [...container.querySelectorAll<HTMLElement>('.fl-missing__topic')];
    expect(topics.map((el) => el.dataset.topic)).toEqual(r.notMentioned.map((m) => m.topic.id));
    const us = topics.find((el) => el.dataset.topic === 'us-assessment')!;
    expect(us.querySelector('.fl-missing__label')?.textContent).toBe(
      pack.topics.find((x) => x.id === 'us-assessment')!.label.en,
    );
    const entries = r.notMentioned.find((m) => m.topic.id === 'us-assessment')!.entries;
    expect(briefs(us).map((li) => li.dataset.entry)).toEqual(
      entries.filter((e) => e.key).map((e) => e.id),
    );
    expect(briefs(us).map((li) => li.dataset.entry)).toContain('wsj-cia-assessment');
  });

  it('says when the page touches every topic', () => {
    const view = render(<RelevanceMissing pack={pack} notMentioned={[]} lang="en" t={t} />);
    expect(view.getByText('This page touches every topic the timeline follows.')).toBeTruthy();
    expect(view.queryByRole('list')).toBeNull();
  });
});
