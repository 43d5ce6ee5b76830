import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CardRoot } from '../../../components/CardRoot';
import { formatAsOf, formatDateOrRange } from '../../../lib/format/dates';
import { newSince, pageRelevance } from '../../../lib/story/relevance';
import { cardProps, pack, passages } from './card-props';

afterEach(cleanup);
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('Card, compact', () => {
  it('is a complementary landmark named "Factline: context on …" in the card language', () => {
    const view = render(<CardRoot {...cardProps()} />);
    const card = view.getByRole('complementary');
    expect(card.getAttribute('aria-label')).toBe(`Factline: context on ${pack.title.en}`);
    expect(card.getAttribute('lang')).toBe('en');
    expect(card.style.left).toBe(`${1280 - 16 - 360}px`);
  });

  it('shows title, status, the two dates and counts, and who says what on the first question', () => {
    const view = render(<CardRoot {...cardProps()} />);
    expect(view.getByRole('heading', { level: 2 }).textContent).toBe(pack.title.en);
    expect(view.getByText(pack.status.en)).toBeTruthy();
    expect(view.getByText('Events through 15 February 2026').getAttribute('datetime')).toBe(
      pack.eventsThrough,
    );
    expect(
      view.getByText(`reviewed ${formatAsOf(pack.reviewed, 'en')}`).getAttribute('datetime'),
    ).toBe(pack.reviewed);
    expect(view.getByText('4 parties')).toBeTruthy();
    expect(view.getByText(`${pack.timeline.length} dated events`)).toBeTruthy();
    const glance = view.container.querySelector('.fl-glance') as HTMLElement;
    expect(glance.dataset.question).toBe('targeting');
    const rows = within(glance).getAllByRole('listitem');
    expect(rows.map((r) => r.dataset.party)).toEqual(['russia', 'ukraine', 'us', 'eu']);
    // Each party's latest stance and its words; earlier stances as dots.
    expect(
      rows.map((r) => [
        r.querySelector('.fl-glance__pos > .fl-pill')!.textContent,
        r.querySelector('.fl-glance__short')!.textContent,
        r.querySelectorAll('.fl-dot').length,
      ]),
    ).toEqual(
      ['russia', 'ukraine', 'us', 'eu'].map((party) => {
        const steps = pack.positions.find(
          (p) => p.party === party && p.question === 'targeting',
        )!.steps;
        const last = steps.at(-1)!;
        return [cardProps().t(`stance.${last.stance}`), last.short.en, steps.length - 1];
      }),
    );
  });

  it('sums up the question the page mentions first', () => {
    const relevance = pageRelevance(pack, [{ questions: ['evidence'] }], '2025-12-29');
    const view = render(<CardRoot {...cardProps({ relevance })} />);
    const glance = view.container.querySelector('.fl-glance') as HTMLElement;
    expect(glance.dataset.question).toBe('evidence');
  });

  it('keeps the timeline and positions behind an expand button', () => {
    const view = render(<CardRoot {...cardProps()} />);
    const toggle = view.getByRole('button', { name: 'Show the timeline and positions' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)).toBeTruthy();
    expect(view.queryByRole('table')).toBeNull();
    expect(view.queryByText('Timeline')).toBeNull();
  });

  it('counts the passages it can show, then says which one is shown', () => {
    const props = cardProps();
    const view = render(<CardRoot {...props} />);
    expect(view.getByText('3 passages on this page')).toBeTruthy();
    fireEvent.click(view.getByRole('button', { name: 'Next passage' }));
    fireEvent.click(view.getByRole('button', { name: 'Previous passage' }));
    expect(props.onStep).toHaveBeenNthCalledWith(1, 1);
    expect(props.onStep).toHaveBeenNthCalledWith(2, -1);
    view.rerender(<CardRoot {...props} current={1} />);
    expect(view.getByText('Passage 2 of 3')).toBeTruthy();
  });

  it('calls back for dismiss and "Don’t show on this site"', () => {
    const props = cardProps();
    const view = render(<CardRoot {...props} />);
    fireEvent.click(view.getByRole('button', { name: 'Hide Factline on this page' }));
    fireEvent.click(view.getByRole('button', { name: 'Don’t show on this site' }));
    expect(props.onDismiss).toHaveBeenCalledTimes(1);
    expect(props.onDisableSite).toHaveBeenCalledTimes(1);
  });
});

describe('Card, expanded', () => {
  const expanded = () => render(<CardRoot {...cardProps({ expanded: true })} />);
  const section = (container: Element, name: string) =>
    container.querySelector(`.fl-section--${name}`) as HTMLElement;
  const fresh = newSince(pack.timeline, '2025-12-29');

  it('shows relevance, then the positions, the timeline and other governments, as h3 sections', () => {
    const view = expanded();
    expect(view.getByRole('button', { name: 'Show less' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    const h3 = view.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(h3).toEqual([
      'This page mentions',
      'Not mentioned on this page',
      'New since this article',
      'Positions',
      'Timeline',
      'Other governments',
    ]);
  });

  it('lists the mentioned topics with a jump to the first passage that can be shown', () => {
    const props = cardProps({ expanded: true });
    const view = render(<CardRoot {...props} />);
    const mentions = section(view.container, 'mentions');
    const rows = [...mentions.querySelectorAll<HTMLElement>('[data-topic]')];
    expect(rows.map((r) => r.dataset.topic)).toEqual(['targeting', 'scale', 'evidence']);
    expect(squash(rows[0]!.textContent)).toContain('2 passages');
    const evidence = pack.topics.find((x) => x.id === 'evidence')!.label.en;
    fireEvent.click(
      within(mentions).getByRole('button', { name: `Show on the page: ${evidence}` }),
    );
    expect(props.onShowPassage).toHaveBeenCalledWith(1);
  });

  it("names what the page leaves out, with each key development's date and party", () => {
    const view = expanded();
    const missing = section(view.container, 'missing');
    const topics = [...missing.querySelectorAll<HTMLElement>('.fl-missing__topic')];
    expect(topics.map((el) => el.dataset.topic)).toEqual(
      pack.topics.map((x) => x.id).filter((id) => !['targeting', 'scale', 'evidence'].includes(id)),
    );
    expect(topics[0]!.dataset.topic).toBe('us-assessment');
    const cia = topics[0]!.querySelector('[data-entry="wsj-cia-assessment"]')!;
    const entry = pack.timeline.find((e) => e.id === 'wsj-cia-assessment')!;
    expect(squash(cia.querySelector('.fl-brief__meta')!.textContent)).toBe(
      '31 Dec 2025 · United States:',
    );
    expect(cia.querySelector('.fl-brief__text')!.textContent).toBe(entry.text.en);
    expect(within(cia as HTMLElement).getByRole('button').textContent).toBe('Show in the timeline');
  });

  it('lists what is new since an article of 29 December: the assessment, denials, later U.S. statements', () => {
    const view = expanded();
    const news = section(view.container, 'new');
    expect(
      within(news).getByText('This page is dated 29 Dec 2025.', { exact: false }),
    ).toBeTruthy();
    const listed = [...news.querySelectorAll<HTMLElement>('.fl-brief')].map((b) => b.dataset.entry);
    expect(listed).toEqual(fresh.filter((e) => e.key).map((e) => e.id));
    expect(listed).toEqual(
      expect.arrayContaining([
        'wsj-cia-assessment',
        'kallas-deliberate-distraction',
        'trump-dont-believe',
        'trump-dont-know',
      ]),
    );
    expect(listed).not.toContain('lavrov-91-drones');
    const more = fresh.filter((e) => !e.key).length;
    expect(news.querySelector('.fl-rel__more')?.textContent).toBe(
      `${more} more in the timeline below.`,
    );
  });

  it('marks the entries dated after the article in the timeline, all of them once it shows every entry', () => {
    const view = expanded();
    const marked = () =>
      [...view.container.querySelectorAll<HTMLElement>('.fl-tl-entry--marked')].map(
        (el) => el.dataset.entry,
      );
    expect(marked()).toEqual(fresh.filter((e) => e.key).map((e) => e.id));
    fireEvent.click(view.getByRole('button', { name: `Show all ${pack.timeline.length} entries` }));
    expect(marked()).toEqual(fresh.map((e) => e.id));
    expect(marked()).toEqual(
      expect.arrayContaining(['sybiha-no-attack-happened', 'ukraine-dismisses-video-debris']),
    );
    expect(marked()).not.toContain('zelensky-another-lie');
    for (const id of marked()) {
      const li = view.container.querySelector(`.fl-tl-entry[data-entry="${id}"]`)!;
      expect(li.querySelector('.fl-mark')?.textContent).toBe('New since this article');
    }
  });

  it('shows the key developments first, every date on request', () => {
    const view = expanded();
    const dates = () =>
      [...view.container.querySelectorAll('.fl-timeline .fl-tl-entry__date')].map((d) =>
        squash(d.textContent),
      );
    const key = pack.timeline.filter((e) => e.key);
    expect(dates()).toEqual(key.map((e) => squash(formatDateOrRange(e.date, 'en'))));
    fireEvent.click(view.getByRole('button', { name: `Show all ${pack.timeline.length} entries` }));
    expect(dates()).toEqual(pack.timeline.map((e) => squash(formatDateOrRange(e.date, 'en'))));
    fireEvent.click(view.getByRole('button', { name: 'Show key developments only' }));
    expect(dates()).toHaveLength(key.length);
  });

  it("has each principal party's position history, mentioned questions first and marked", () => {
    const view = expanded();
    const tables = within(section(view.container, 'positions')).getAllByRole('table');
    expect(
      tables.map((tb) => tb.closest<HTMLElement>('[data-question]')!.dataset.question),
    ).toEqual(['targeting', 'scale', 'evidence']);
    for (const table of tables) {
      expect(within(table).getByText('On this page')).toBeTruthy();
      expect(
        within(table)
          .getAllByRole('rowheader')
          .map((th) => th.textContent),
      ).toEqual(['Russia', 'Ukraine', 'United States', 'European Union']);
    }
  });

  it('goes from a position step to its entry, opening the full timeline when needed', () => {
    const view = expanded();
    const step = pack.positions.find((p) => p.party === 'ukraine' && p.question === 'evidence')!
      .steps[0]!;
    expect(pack.timeline.find((e) => e.id === step.entry)!.key).toBeFalsy();
    expect(view.container.querySelector(`.fl-tl-entry[data-entry="${step.entry}"]`)).toBeNull();
    const row = view.container.querySelector(
      '.fl-section--positions [data-question="evidence"] tr[data-party="ukraine"]',
    ) as HTMLElement;
    fireEvent.click(within(row).getAllByRole('button')[0]!);
    const focused = document.activeElement as HTMLElement;
    expect(focused.dataset.entry).toBe(step.entry);
    expect(focused.closest('.fl-section--timeline')).toBeTruthy();
    expect(view.getByRole('button', { name: 'Show key developments only' })).toBeTruthy();
  });

  it('lists other governments, each leading to its entry', () => {
    const view = expanded();
    const voices = section(view.container, 'voices');
    const members = pack.otherVoices.flatMap((g) => g.members);
    const buttons = within(voices).getAllByRole('button', { name: /^Show in the timeline: / });
    expect(buttons).toHaveLength(members.length);
    fireEvent.click(buttons[0]!);
    expect((document.activeElement as HTMLElement).dataset.entry).toBe(members[0]!.entry);
  });

  it('leaves out "New since this article" when the page states no date', () => {
    const relevance = pageRelevance(pack, passages);
    const view = render(<CardRoot {...cardProps({ expanded: true, relevance })} />);
    expect(view.queryByText('New since this article')).toBeNull();
    expect(view.container.querySelector('.fl-tl-entry--marked')).toBeNull();
  });
});

describe('CardRoot: pill, Esc and focus', () => {
  it('shows a pill that opens the card, and moves focus to the card the reader opened', () => {
    const props = cardProps({ ui: 'pill' });
    const view = render(<CardRoot {...props} />);
    const open = view.getByRole('button', { name: 'Factline Context on this claim' });
    expect(open.getAttribute('aria-expanded')).toBe('false');
    expect(view.getByRole('complementary').getAttribute('aria-label')).toMatch(/^Factline: /);
    expect(view.queryByRole('heading')).toBeNull();
    fireEvent.click(open);
    expect(props.onOpen).toHaveBeenCalledTimes(1);
    view.rerender(<CardRoot {...props} ui="card" />);
    expect(document.activeElement).toBe(view.getByRole('complementary'));
  });

  it('never takes focus on first render', () => {
    const before = document.activeElement;
    render(<CardRoot {...cardProps()} />);
    expect(document.activeElement).toBe(before);
  });

  it('Esc: expanded → compact (focus on the toggle), compact → pill or dismissed', () => {
    const props = cardProps({ expanded: true, foldsToPill: true });
    const view = render(<CardRoot {...props} />);
    fireEvent.keyDown(view.getByRole('button', { name: 'Show less' }), { key: 'Escape' });
    expect(props.onExpandedChange).toHaveBeenCalledWith(false);
    view.rerender(<CardRoot {...props} expanded={false} />);
    const toggle = view.getByRole('button', { name: 'Show the timeline and positions' });
    expect(document.activeElement).toBe(toggle);

    fireEvent.keyDown(toggle, { key: 'Escape' });
    expect(props.onFold).toHaveBeenCalledTimes(1);
    view.rerender(<CardRoot {...props} expanded={false} ui="pill" />);
    const pill = view.getByRole('button', { name: 'Factline Context on this claim' });
    expect(document.activeElement).toBe(pill);

    fireEvent.keyDown(pill, { key: 'Escape' });
    expect(props.onDismiss).toHaveBeenCalledTimes(1);
  });

  it('Esc on a compact card shown by default dismisses it', () => {
    const props = cardProps();
    const view = render(<CardRoot {...props} />);
    fireEvent.keyDown(view.getByRole('complementary'), { key: 'Escape' });
    expect(props.onDismiss).toHaveBeenCalledTimes(1);
    expect(props.onFold).not.toHaveBeenCalled();
  });
});
