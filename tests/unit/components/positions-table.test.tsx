import { cleanup, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PositionsTable } from '../../../components/PositionsTable';
import { createTranslator } from '../../../lib/i18n';
import { novgorodPack } from '../story/pack-fixture';

const pack = novgorodPack();
const t = createTranslator('en');

afterEach(cleanup);

describe('PositionsTable', () => {
  it('has one table per question, captioned with the question', () => {
    const view = render(<PositionsTable pack={pack} lang="en" t={t} />);
    const tables = view.getAllByRole('table');
    expect(tables).toHaveLength(pack.questions.length);
    pack.questions.forEach((q, i) => {
      expect(tables[i]!.querySelector('caption')?.textContent).toBe(q.text.en);
      expect(view.getByRole('table', { name: q.text.en })).toBe(tables[i]);
    });
  });

  it('shows every party × question with stance, short form, statement and attribution', () => {
    const view = render(<PositionsTable pack={pack} lang="en" t={t} />);
    for (const q of pack.questions) {
      const table = within(view.getByRole('table', { name: q.text.en }));
      expect(table.getAllByRole('columnheader').map((th) => th.getAttribute('scope'))).toEqual([
        'col',
        'col',
      ]);
      for (const party of pack.parties) {
        const pos = pack.positions.find((p) => p.question === q.id && p.party === party.id)!;
        const header = table.getByRole('rowheader', { name: party.name.en });
        expect(header.getAttribute('scope')).toBe('row');
        const row = within(header.closest('tr')!);
        const stance = t(`stance.${pos.stance}`);
        expect(row.getByText(stance).dataset.stance).toBe(pos.stance);
        expect(row.getByText(pos.text.en)).toBeTruthy();
        if (pos.short.en !== stance) expect(row.getByText(pos.short.en)).toBeTruthy();
        if (pos.attribution) expect(row.getByText(`— ${pos.attribution.by.en}`)).toBeTruthy();
        else expect(header.closest('tr')!.querySelector('.fl-attr')).toBeNull();
      }
    }
  });

  it('does not repeat "No public position" as both stance and short form', () => {
    const view = render(<PositionsTable pack={pack} lang="en" t={t} />);
    const scale = within(view.getByRole('table', { name: 'How large was the incident?' }));
    const usRow = within(scale.getByRole('rowheader', { name: 'United States' }).closest('tr')!);
    expect(usRow.getAllByText('No public position')).toHaveLength(1);
  });

  it('renders chosen questions and parties in the given order, with marks', () => {
    const { container } = render(
      <PositionsTable
        pack={pack}
        questions={['evidence', 'targeting']}
        parties={['us', 'russia']}
        mark={(q) => (q.id === 'evidence' ? 'Mentioned on this page' : undefined)}
        lang="en"
        t={t}
      />,
    );
    const blocks = [...container.querySelectorAll<HTMLElement>('[data-question]')];
    expect(blocks.map((b) => b.dataset.question)).toEqual(['evidence', 'targeting']);
    const parties = [...blocks[0]!.querySelectorAll<HTMLElement>('tr[data-party]')];
    expect(parties.map((tr) => tr.dataset.party)).toEqual(['us', 'russia']);
    expect(blocks[0]!.querySelector('caption .fl-mark')?.textContent).toBe(
      'Mentioned on this page',
    );
    expect(blocks[1]!.querySelector('.fl-mark')).toBeNull();
  });
});
