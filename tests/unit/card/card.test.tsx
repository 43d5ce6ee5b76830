import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CardRoot } from '../../../components/CardRoot';
import { formatDateOrRange } from '../../../lib/format/dates';
import { pageRelevance } from '../../../lib/story/relevance';
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

  it('shows title, status, as-of date and counts, and who says what on the first question', () => {
    const view = render(<CardRoot {...cardProps()} />);
    expect(view.getByRole('heading', { level: 2 }).textContent).toBe(pack.title.en);
    expect(view.getByText(pack.status.en)).toBeTruthy();
    expect(view.getByText('As of 26 November 2026')).toBeTruthy();
    expect(view.getByText('4 parties')).toBeTruthy();
    expect(view.getByText('6 dated events')).toBeTruthy();
    const glance = view.container.querySelector('.fl-glance') as HTMLElement;
    expect(glance.dataset.question).toBe('targeting');
    const rows = within(glance).getAllByRole('listitem');
    expect(rows.map((r) => squash(r.textContent))).toEqual([
      'Russia: Affirms, Yes',
      'Ukraine: Denies, No',
      'United States: Disputes, Not targeted, per U.S. assessment',
      'European Union: Disputes, Rejects the allegation',
    ]);
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

  it('shows relevance, then the timeline and the positions, as h3 sections', () => {
    const view = expanded();
    expect(view.getByRole('button', { name: 'Show less' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    const h3 = view.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(h3).toEqual([
      'This page mentions',
      'Not mentioned on this page',
      'New since this article',
      'Timeline',
      'Positions',
    ]);
  });

  it('lists the mentioned topics with a jump to the first passage that can be shown', () => {
    const props = cardProps({ expanded: true });
    const view = render(<CardRoot {...props} />);
    const section = view.container.querySelector('.fl-section--mentions') as HTMLElement;
    const rows = [...section.querySelectorAll<HTMLElement>('[data-topic]')];
    expect(rows.map((r) => r.dataset.topic)).toEqual(['targeting', 'scale', 'evidence']);
    expect(squash(rows[0]!.textContent)).toContain('2 passages');
    fireEvent.click(
      within(section).getByRole('button', { name: /^Show on the page: The drone-debris/ }),
    );
    expect(props.onShowPassage).toHaveBeenCalledWith(1);
  });

  it("names what the page leaves out, with each development's date and party", () => {
    const view = expanded();
    const section = view.container.querySelector('.fl-section--missing') as HTMLElement;
    const topics = [...section.querySelectorAll<HTMLElement>('.fl-missing__topic')];
    expect(topics.map((el) => el.dataset.topic)).toEqual([
      'us-assessment',
      'ukraine-dismissal',
      'eu-dismissal',
    ]);
    const us = pack.timeline.find((e) => e.id === 'us-assessment')!;
    expect(squash(topics[0]!.textContent)).toBe(
      squash(`The U.S. assessment31 Dec 2025 · United States: ${us.text.en}`),
    );
  });

  it('marks entries dated after the article, and lists them under "New since this article"', () => {
    const view = expanded();
    const section = view.container.querySelector('.fl-section--new') as HTMLElement;
    expect(
      within(section).getByText('This page is dated 29 Dec 2025.', { exact: false }),
    ).toBeTruthy();
    expect(section.querySelectorAll('.fl-brief')).toHaveLength(5);
    const marked = [...view.container.querySelectorAll<HTMLElement>('.fl-tl-entry--marked')];
    expect(marked.map((el) => el.dataset.entry)).not.toContain('russia-alleges-attack');
    expect(marked).toHaveLength(5);
  });

  it('has every timeline date and every party position, mentioned questions first and marked', () => {
    const view = expanded();
    const dates = [...view.container.querySelectorAll('.fl-timeline .fl-tl-entry__date')];
    expect(dates.map((d) => squash(d.textContent))).toEqual(
      pack.timeline.map((e) => squash(formatDateOrRange(e.date, 'en'))),
    );
    const tables = view.getAllByRole('table');
    expect(
      tables.map((tb) => tb.closest<HTMLElement>('[data-question]')!.dataset.question),
    ).toEqual(['targeting', 'scale', 'evidence']);
    for (const table of tables) {
      expect(within(table).getByText('On this page')).toBeTruthy();
      expect(within(table).getAllByRole('rowheader')).toHaveLength(pack.parties.length);
    }
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
