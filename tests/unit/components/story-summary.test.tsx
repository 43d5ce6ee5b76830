import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SourceList } from '../../../components/SourceList';
import { StoryHeader } from '../../../components/StoryHeader';
import { StorySummary } from '../../../components/StorySummary';
import type { StoryPack } from '../../../data/schema';
import { createTranslator } from '../../../lib/i18n';
import { novgorodPack } from '../story/pack-fixture';

const pack = novgorodPack();
const t = createTranslator('en');

afterEach(cleanup);

describe('StorySummary', () => {
  it('has an h1 title and one h2 per section, in reading order', () => {
    const view = render(<StorySummary pack={pack} lang="en" t={t} />);
    const headings = view.getAllByRole('heading');
    expect(headings.map((h) => [h.tagName, h.textContent])).toEqual([
      ['H1', pack.title.en],
      ['H2', 'Timeline'],
      ['H2', 'Positions'],
      ['H2', 'Why it matters'],
      ['H2', 'What to watch'],
      ['H2', 'Sources'],
    ]);
    expect(view.getByRole('article', { name: pack.title.en })).toBeTruthy();
  });

  it('starts lower when the host asks (the card sits inside a page)', () => {
    const view = render(<StorySummary pack={pack} level={3} lang="en" t={t} />);
    const levels = view.getAllByRole('heading').map((h) => h.tagName);
    expect(levels).toEqual(['H3', 'H4', 'H4', 'H4', 'H4', 'H4']);
  });

  it('shows the summary, every note and every source', () => {
    const view = render(<StorySummary pack={pack} lang="en" t={t} />);
    expect(view.getByText(pack.summary.en)).toBeTruthy();
    for (const note of [...pack.whyItMatters, ...pack.watchNext]) {
      expect(view.getByText(note.text.en)).toBeTruthy();
    }
    for (const source of pack.sources) expect(view.getByText(source.description.en)).toBeTruthy();
  });

  it('collapses and reopens a section with its heading button', () => {
    const view = render(<StorySummary pack={pack} lang="en" t={t} />);
    const toggle = view.getByRole('button', { name: 'Timeline' });
    const body = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(body.hidden).toBe(false);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(body.hidden).toBe(true);
    fireEvent.click(toggle);
    expect(body.hidden).toBe(false);
  });

  it('marks English fallback text when the interface language has no story text', () => {
    // The pack has English, Ukrainian and Russian text; German falls back to English.
    const view = render(<StorySummary pack={pack} lang="de" t={createTranslator('de')} />);
    const title = view.getByRole('heading', { level: 1 });
    expect(title.querySelector('[lang="en"]')?.textContent).toBe(pack.title.en);
  });
});

describe('StoryHeader', () => {
  it('shows status, the as-of date and counts', () => {
    const view = render(<StoryHeader pack={pack} lang="en" t={t} />);
    expect(view.getByText(pack.status.en)).toBeTruthy();
    const asOf = view.getByText('As of 26 November 2026');
    expect(asOf.getAttribute('datetime')).toBe(pack.asOf);
    expect(view.getByText(`${pack.parties.length} parties`)).toBeTruthy();
    expect(view.getByText(`${pack.timeline.length} dated events`)).toBeTruthy();
  });

  it('can leave the counts out', () => {
    const view = render(<StoryHeader pack={pack} showCounts={false} lang="en" t={t} />);
    expect(view.queryByText(/parties$/)).toBeNull();
  });
});

describe('SourceList', () => {
  it('links nothing when the pack has no URL, and shows the via chain', () => {
    const { container } = render(<SourceList pack={pack} lang="en" t={t} />);
    expect(container.querySelector('a')).toBeNull();
    const items = container.querySelectorAll('li');
    expect(items).toHaveLength(pack.sources.length);
    const mod = container.querySelector('[data-source="russia-mod-briefing"]') as HTMLElement;
    expect(within(mod).getByText('Official video')).toBeTruthy();
    expect(within(mod).getByText('31 Dec 2025')).toBeTruthy();
    expect(within(mod).getByText('via News report')).toBeTruthy();
  });

  it('links a source only to the URL the pack gives, in a new tab without an opener', () => {
    const withUrl: StoryPack = {
      ...pack,
      sources: [{ ...pack.sources[0]!, url: 'https://example.org/report' }],
    };
    const view = render(<SourceList pack={withUrl} lang="en" t={t} />);
    const link = view.getByRole('link');
    expect(link.getAttribute('href')).toBe('https://example.org/report');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toContain('(opens in a new tab)');
  });
});
