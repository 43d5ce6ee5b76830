import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SourceList } from '../../../components/SourceList';
import { StoryHeader } from '../../../components/StoryHeader';
import { StorySummary } from '../../../components/StorySummary';
import type { StoryContent } from '../../../data/schema';
import { formatAsOf, formatDateOrRange } from '../../../lib/format';
import { createTranslator } from '../../../lib/i18n';
import { novgorodPack, withoutLangs } from '../story/pack-fixture';

const pack = novgorodPack();
const t = createTranslator('en');
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

afterEach(cleanup);

describe('StorySummary', () => {
  it('has an h1 title and one h2 per section, in reading order', () => {
    const view = render(<StorySummary pack={pack} lang="en" t={t} />);
    const headings = view.getAllByRole('heading');
    expect(headings.map((h) => [h.tagName, h.textContent])).toEqual([
      ['H1', pack.title.en],
      ['H2', 'Positions'],
      ['H2', 'Timeline'],
      ['H2', 'Other governments'],
      ['H2', 'Why it matters'],
      ['H2', 'What to watch'],
      ['H2', 'Sources'],
    ]);
    expect(view.getByRole('article', { name: pack.title.en })).toBeTruthy();
  });

  it('starts lower when the host asks (the card sits inside a page)', () => {
    const view = render(<StorySummary pack={pack} level={3} lang="en" t={t} />);
    const levels = view.getAllByRole('heading').map((h) => h.tagName);
    expect(levels).toEqual(['H3', 'H4', 'H4', 'H4', 'H4', 'H4', 'H4']);
  });

  it('leaves out "Other governments" when the pack records none', () => {
    const view = render(<StorySummary pack={{ ...pack, otherVoices: [] }} lang="en" t={t} />);
    expect(view.queryByRole('heading', { name: 'Other governments' })).toBeNull();
  });

  it('shows the summary, every note with its attribution and sources, and every source', () => {
    const view = render(<StorySummary pack={pack} lang="en" t={t} />);
    expect(view.getByText(pack.summary.en)).toBeTruthy();
    for (const note of [...pack.whyItMatters, ...pack.watchNext]) {
      const li = view.getByText(note.text.en).closest('li')!;
      expect(li.querySelector('.fl-attr__by')?.textContent).toBe(`— ${note.attribution.by.en}`);
      expect(
        within(li)
          .getAllByRole('link')
          .map((a) => a.dataset.source),
      ).toEqual(note.attribution.sources);
    }
    const list = view.container.querySelector('.fl-section--sources')!;
    expect(list.querySelectorAll('li.fl-source')).toHaveLength(pack.sources.length);
  });

  it('shows every timeline entry and every position', () => {
    const view = render(<StorySummary pack={pack} lang="en" t={t} />);
    expect(view.container.querySelectorAll('.fl-tl-entry')).toHaveLength(pack.timeline.length);
    expect(view.queryByRole('button', { name: /^Show all/ })).toBeNull();
    expect(view.getAllByRole('table')).toHaveLength(pack.questions.length);
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

  it('shows the story in each of its languages, without English fallback', () => {
    for (const lang of ['uk', 'ru', 'de', 'fr'] as const) {
      const view = render(<StorySummary pack={pack} lang={lang} t={createTranslator(lang)} />);
      const title = view.getByRole('heading', { level: 1 });
      expect(title.textContent).toBe(pack.title[lang]);
      expect(view.container.querySelector('.fl-summary')!.textContent).toBe(pack.summary[lang]);
      // Only headlines of English-language sources are marked English.
      const english = [...view.container.querySelectorAll('[lang="en"]')];
      expect(english.filter((el) => !el.matches('.fl-source__title'))).toEqual([]);
      cleanup();
    }
  });

  it('marks English fallback text when the pack lacks the interface language', () => {
    const english = withoutLangs(pack, ['de']);
    const de = createTranslator('de');
    const view = render(<StorySummary pack={english} lang="de" t={de} />);
    const title = view.getByRole('heading', { level: 1 });
    expect(title.querySelector('[lang="en"]')?.textContent).toBe(pack.title.en);
    expect(view.getByRole('heading', { name: de('section.timeline') })).toBeTruthy();
  });
});

describe('StoryHeader', () => {
  it('shows the status, the two dates and counts', () => {
    const view = render(<StoryHeader pack={pack} lang="en" t={t} />);
    expect(view.getByText(pack.status.en)).toBeTruthy();
    const through = view.getByText(`Events through ${formatAsOf(pack.eventsThrough, 'en')}`);
    expect(through.tagName).toBe('TIME');
    expect(through.getAttribute('datetime')).toBe(pack.eventsThrough);
    const reviewed = view.getByText(`reviewed ${formatAsOf(pack.reviewed, 'en')}`);
    expect(reviewed.tagName).toBe('TIME');
    expect(reviewed.getAttribute('datetime')).toBe(pack.reviewed);
    // The latest event is the last timeline entry's date.
    expect(through.textContent).toBe('Events through 15 February 2026');
    expect(view.getByText('4 parties')).toBeTruthy();
    expect(view.getByText(`${pack.timeline.length} dated events`)).toBeTruthy();
  });

  it('counts the principal parties only', () => {
    expect(pack.parties.length).toBeGreaterThan(4);
    const view = render(<StoryHeader pack={pack} lang="en" t={t} />);
    expect(view.queryByText(`${pack.parties.length} parties`)).toBeNull();
  });

  it('can leave the counts out', () => {
    const view = render(<StoryHeader pack={pack} showCounts={false} lang="en" t={t} />);
    expect(view.queryByText(/parties$/)).toBeNull();
    expect(view.queryByText(/dated events$/)).toBeNull();
    expect(view.getByText(/^Events through /)).toBeTruthy();
  });

  it('writes both dates in the interface language', () => {
    const fr = createTranslator('fr');
    const view = render(<StoryHeader pack={pack} lang="fr" t={fr} />);
    expect(
      view.getByText(fr('story.eventsThrough', { date: formatAsOf(pack.eventsThrough, 'fr') })),
    ).toBeTruthy();
    expect(
      view.getByText(fr('story.reviewed', { date: formatAsOf(pack.reviewed, 'fr') })),
    ).toBeTruthy();
  });
});

describe('SourceList', () => {
  const source = (id: string) => pack.sources.find((s) => s.id === id)!;

  it('lists every source: a link to its address, named by its publisher', () => {
    const { container } = render(<SourceList pack={pack} lang="en" t={t} />);
    const items = [...container.querySelectorAll<HTMLElement>('li.fl-source')];
    expect(items.map((li) => li.dataset.source)).toEqual(pack.sources.map((s) => s.id));
    items.forEach((li, i) => {
      const s = pack.sources[i]!;
      const link = within(li).getByRole('link');
      expect(link.getAttribute('href')).toBe(s.url);
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link.getAttribute('hreflang')).toBe(s.lang);
      expect(squash(link.textContent)).toBe(`${s.publisher} (opens in a new tab)`);
      expect(li.querySelector('.fl-source__meta')?.textContent).toContain(
        formatDateOrRange(s.date, 'en'),
      );
    });
  });

  it('says where a date comes from, the language, and whose report a page carries', () => {
    const { container } = render(<SourceList pack={pack} lang="en" t={t} />);
    const meta = (id: string) =>
      container.querySelector(`[data-source="${id}"] .fl-source__meta`)!.textContent;
    expect(meta('tass-2025-12-29-mod-overnight')).toBe(' · 29 Dec 2025 · in Russian');
    const nsn = source('nsn-2025-12-29-grushko');
    expect(meta(nsn.id)).toBe(` · 29 Dec 2025 · in Russian · carrying ${nsn.via}`);
    const fromContent = pack.sources.find((s) => s.dateFrom === 'content')!;
    expect(meta(fromContent.id)).toContain(
      `${formatDateOrRange(fromContent.date, 'en')} (date of the events it reports; the page shows none)`,
    );
    const fromUrl = pack.sources.find((s) => s.dateFrom === 'url')!;
    expect(meta(fromUrl.id)).toContain(
      `${formatDateOrRange(fromUrl.date, 'en')} (date from its address)`,
    );
  });

  it('shows a headline in its own language when the pack has it', () => {
    const titled = pack.sources.filter((s) => s.title);
    const { container } = render(<SourceList pack={pack} lang="en" t={t} />);
    for (const s of titled) {
      const title = container.querySelector(`[data-source="${s.id}"] .fl-source__title`)!;
      expect(title.textContent).toBe(s.title);
      expect(title.getAttribute('lang')).toBe(s.lang);
    }
    const untitled = pack.sources.find((s) => !s.title)!;
    expect(container.querySelector(`[data-source="${untitled.id}"] .fl-source__title`)).toBeNull();
  });

  it('links only the address the pack gives', () => {
    const one: StoryContent = {
      ...pack,
      sources: [{ ...pack.sources[0]!, url: 'https://example.org/report?id=1' }],
    };
    const view = render(<SourceList pack={one} lang="uk" t={createTranslator('uk')} />);
    const link = view.getByRole('link');
    expect(link.getAttribute('href')).toBe('https://example.org/report?id=1');
    expect(link.textContent).toContain(createTranslator('uk')('source.newTab'));
  });
});
