/**
 * Each principal party's stated position over time: a table per question, a row per
 * party, the dated steps (date, stance word, a few words) and the latest statement;
 * each step leads to the timeline entry it comes from.
 */
import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PositionHistory } from '../../../components/PositionHistory';
import { StorySummary } from '../../../components/StorySummary';
import { Timeline } from '../../../components/Timeline';
import { formatDateOrRange } from '../../../lib/format';
import { createTranslator } from '../../../lib/i18n';
import { novgorodPack, withoutLangs } from '../story/pack-fixture';
import { JumpHost } from './jump-host';

const pack = novgorodPack();
const t = createTranslator('en');
const PRINCIPAL = ['russia', 'ukraine', 'us', 'eu'];
const position = (party: string, question: string) =>
  pack.positions.find((p) => p.party === party && p.question === question)!;
const partyName = (id: string) => pack.parties.find((p) => p.id === id)!.name.en;
/** The row of a party in the table of a question. */
const rowOf = (container: Element, question: string, party: string) =>
  container.querySelector<HTMLElement>(`[data-question="${question}"] tr[data-party="${party}"]`)!;

afterEach(cleanup);

describe('PositionHistory', () => {
  it('has one table per question, captioned with the question, with column and row headers', () => {
    const view = render(<PositionHistory pack={pack} lang="en" t={t} />);
    const tables = view.getAllByRole('table');
    expect(tables).toHaveLength(pack.questions.length);
    pack.questions.forEach((q, i) => {
      expect(view.getByRole('table', { name: q.text.en })).toBe(tables[i]);
      const table = within(tables[i]!);
      expect(
        table.getAllByRole('columnheader').map((th) => [th.getAttribute('scope'), th.textContent]),
      ).toEqual([
        ['col', 'Party'],
        ['col', 'Stated position over time'],
      ]);
      const headers = table.getAllByRole('rowheader');
      expect(headers.map((th) => th.textContent)).toEqual(PRINCIPAL.map(partyName));
      for (const th of headers) expect(th.getAttribute('scope')).toBe('row');
    });
  });

  it('shows a row per principal party only: no row for France or other governments', () => {
    const { container } = render(<PositionHistory pack={pack} lang="en" t={t} />);
    for (const q of pack.questions) {
      const rows = [
        ...container.querySelectorAll<HTMLElement>(`[data-question="${q.id}"] tr[data-party]`),
      ];
      expect(rows.map((r) => r.dataset.party)).toEqual(PRINCIPAL);
    }
    expect(
      container.querySelector('[data-party="france"], [data-party="other-governments"]'),
    ).toBeNull();
  });

  it('shows every step in date order with its date, stance word and short text', () => {
    const { container } = render(<PositionHistory pack={pack} lang="en" t={t} />);
    for (const q of pack.questions) {
      for (const party of PRINCIPAL) {
        const pos = position(party, q.id);
        const steps = [
          ...rowOf(container, q.id, party).querySelectorAll<HTMLElement>('li.fl-step'),
        ];
        expect(steps, `${party} on ${q.id}`).toHaveLength(pos.steps.length);
        steps.forEach((li, i) => {
          const step = pos.steps[i]!;
          const view = within(li);
          expect(li.dataset.stance).toBe(step.stance);
          expect(li.querySelector('.fl-step__date')?.textContent).toBe(
            formatDateOrRange(step.date, 'en'),
          );
          expect(view.getByText(t(`stance.${step.stance}`)).dataset.stance).toBe(step.stance);
          expect(view.getByText(step.short.en)).toBeTruthy();
        });
        const dates = pos.steps.map((s) => s.date);
        expect(dates).toEqual([...dates].sort());
      }
    }
  });

  it('shows how the U.S. view on targeting moved, and its latest statement', () => {
    const { container } = render(<PositionHistory pack={pack} lang="en" t={t} />);
    const row = rowOf(container, 'targeting', 'us');
    const us = position('us', 'targeting');
    const steps = [...row.querySelectorAll<HTMLElement>('li.fl-step')];
    expect(steps.map((li) => li.querySelector('[data-stance]')!.textContent)).toEqual([
      'Undecided',
      'Doubts',
      'Doubts',
      'Denies',
      'Denies',
      'Undecided',
    ]);
    expect(steps.map((li) => li.querySelector('.fl-step__date')!.textContent)).toEqual([
      '29 Dec 2025',
      '30 Dec 2025',
      '31 Dec 2025',
      '31 Dec 2025',
      '4 Jan 2026',
      '7 Jan 2026',
    ]);
    // Only the last step is the latest; the statement under the trail is its text.
    expect(steps.map((li) => li.classList.contains('fl-step--latest'))).toEqual([
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
    const latest = row.querySelector('.fl-pos__text')!;
    expect(latest.textContent).toBe(`Latest: ${us.steps.at(-1)!.text.en}`);
    // The list says how often the stance changed.
    expect(within(row).getByRole('list').getAttribute('aria-label')).toBe('changed 3 times');
    expect(
      within(rowOf(container, 'targeting', 'russia'))
        .getByRole('list')
        .getAttribute('aria-label'),
    ).toBe('unchanged');
  });

  it('says "No public position", with the reason, for a party that said nothing', () => {
    const { container } = render(<PositionHistory pack={pack} lang="en" t={t} />);
    for (const party of ['us', 'eu']) {
      const pos = position(party, 'scale');
      expect(pos.steps).toEqual([]);
      const row = rowOf(container, 'scale', party);
      expect(row.querySelector('.fl-step')).toBeNull();
      expect(within(row).getByText('No public position').dataset.stance).toBe('none');
      expect(within(row).getByText(pos.none!.en)).toBeTruthy();
      expect(row.textContent).not.toContain('Latest');
    }
  });

  it('renders chosen questions in the given order, with marks', () => {
    const { container } = render(
      <PositionHistory
        pack={pack}
        questions={['evidence', 'targeting']}
        mark={(q) => (q.id === 'evidence' ? 'On this page' : undefined)}
        lang="en"
        t={t}
      />,
    );
    const blocks = [...container.querySelectorAll<HTMLElement>('[data-question]')];
    expect(blocks.map((b) => b.dataset.question)).toEqual(['evidence', 'targeting']);
    expect(blocks[0]!.querySelector('caption .fl-mark')?.textContent).toBe('On this page');
    expect(blocks[1]!.querySelector('.fl-mark')).toBeNull();
  });

  it('has no step buttons when used alone (nowhere to jump to)', () => {
    const view = render(<PositionHistory pack={pack} lang="en" t={t} />);
    expect(view.queryAllByRole('button')).toEqual([]);
  });

  it('shows the story text and dates in the interface language', () => {
    const uk = createTranslator('uk');
    const { container } = render(<PositionHistory pack={pack} lang="uk" t={uk} />);
    const row = rowOf(container, 'targeting', 'ukraine');
    const step = position('ukraine', 'targeting').steps[0]!;
    const first = row.querySelector<HTMLElement>('li.fl-step')!;
    expect(within(first).getByText(step.short.uk!)).toBeTruthy();
    expect(within(first).getByText(uk(`stance.${step.stance}`))).toBeTruthy();
    expect(first.querySelector('.fl-step__date')!.textContent).toBe(
      formatDateOrRange(step.date, 'uk'),
    );
    expect(row.querySelector('th')!.textContent).toBe(
      pack.parties.find((p) => p.id === 'ukraine')!.name.uk,
    );
    expect(container.querySelector('[lang]')).toBeNull();
  });

  it('marks English fallback text when the pack lacks the interface language', () => {
    const de = createTranslator('de');
    const english = withoutLangs(pack, ['de']);
    const { container } = render(<PositionHistory pack={english} lang="de" t={de} />);
    const row = rowOf(container, 'targeting', 'russia');
    const short = row.querySelector('.fl-step__short')!;
    expect(short.getAttribute('lang')).toBe('en');
    expect(short.textContent).toBe(position('russia', 'targeting').steps[0]!.short.en);
    // Interface words and dates are German all the same.
    expect(within(row).getAllByText(de('stance.affirms')).length).toBeGreaterThan(0);
    expect(row.querySelector('.fl-step__date')!.textContent).toBe(
      formatDateOrRange(position('russia', 'targeting').steps[0]!.date, 'de'),
    );
    expect(row.querySelector('th [lang="en"]')?.textContent).toBe('Russia');
  });
});

describe('PositionHistory: from a step to its timeline entry', () => {
  it('makes each step a button naming the entry it shows', () => {
    const view = render(<StorySummary pack={pack} lang="en" t={t} />);
    const row = rowOf(view.container, 'targeting', 'eu');
    const step = position('eu', 'targeting').steps[0]!;
    const button = within(row).getByRole('button');
    // its parts kept apart for a screen reader, and what pressing it does
    expect(button.textContent).toBe(
      `31 Dec 2025, ${t(`stance.${step.stance}`)}, ${step.short.en} — Show the timeline entry for 31 Dec 2025`,
    );
  });

  it('moves focus to the entry in the timeline', () => {
    const view = render(<StorySummary pack={pack} lang="en" t={t} />);
    const pos = position('us', 'evidence');
    const buttons = within(rowOf(view.container, 'evidence', 'us')).getAllByRole('button');
    expect(buttons).toHaveLength(pos.steps.length);
    pos.steps.forEach((step, i) => {
      fireEvent.click(buttons[i]!);
      const focused = document.activeElement as HTMLElement;
      expect(focused.dataset.entry).toBe(step.entry);
      expect(focused.closest('ol.fl-timeline')).toBeTruthy();
    });
  });

  it('shows every entry first when the timeline shows the key ones only', () => {
    const step = position('russia', 'scale').steps[1]!;
    const entry = pack.timeline.find((e) => e.id === step.entry)!;
    expect(entry.key).toBeFalsy();
    const view = render(
      <JumpHost>
        <PositionHistory pack={pack} questions={['scale']} lang="en" t={t} />
        <Timeline pack={pack} keyFirst lang="en" t={t} />
      </JumpHost>,
    );
    const entries = () => view.container.querySelectorAll('.fl-tl-entry');
    expect(entries().length).toBe(pack.timeline.filter((e) => e.key).length);
    fireEvent.click(within(rowOf(view.container, 'scale', 'russia')).getAllByRole('button')[1]!);
    expect(entries().length).toBe(pack.timeline.length);
    expect((document.activeElement as HTMLElement).dataset.entry).toBe(entry.id);
  });
});
