/** Other governments, grouped by how they reacted; each names who and when, and leads to its entry. */
import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OtherVoices } from '../../../components/OtherVoices';
import { StorySummary } from '../../../components/StorySummary';
import { Timeline } from '../../../components/Timeline';
import { formatDateOrRange } from '../../../lib/format';
import { createTranslator } from '../../../lib/i18n';
import { novgorodPack } from '../story/pack-fixture';
import { JumpHost } from './jump-host';

const pack = novgorodPack();
const t = createTranslator('en');
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

afterEach(cleanup);

describe('OtherVoices', () => {
  it('groups the reactions as the pack does, each group labelled', () => {
    const { container } = render(<OtherVoices pack={pack} lang="en" t={t} />);
    const groups = [...container.querySelectorAll<HTMLElement>('.fl-voices__group')];
    expect(groups.map((g) => g.dataset.stance)).toEqual(pack.otherVoices.map((g) => g.stance));
    expect(groups.map((g) => g.dataset.stance)).toEqual([
      'condemned',
      'concerned',
      'neutral',
      'no-evidence',
    ]);
    groups.forEach((g, i) => {
      expect(g.querySelector('.fl-voices__label')?.textContent).toBe(pack.otherVoices[i]!.label.en);
    });
  });

  it('names who reacted and when', () => {
    const { container } = render(<OtherVoices pack={pack} lang="en" t={t} />);
    const groups = [...container.querySelectorAll<HTMLElement>('.fl-voices__group')];
    groups.forEach((g, i) => {
      const members = pack.otherVoices[i]!.members;
      const items = within(g).getAllByRole('listitem');
      expect(items.map((li) => squash(li.textContent))).toEqual(
        members.map((m) => squash(`${m.who.en} · ${formatDateOrRange(m.date, 'en')}`)),
      );
    });
    const france = groups.find((g) => g.dataset.stance === 'no-evidence')!;
    expect(france.textContent).toMatch(/^Said there was no solid evidenceFrance/);
    // Without a timeline to go to, no buttons.
    expect(within(container as HTMLElement).queryByRole('button')).toBeNull();
  });

  it('shows the groups in the interface language', () => {
    const ru = createTranslator('ru');
    const { container } = render(<OtherVoices pack={pack} lang="ru" t={ru} />);
    const first = container.querySelector('.fl-voices__group')!;
    expect(first.querySelector('.fl-voices__label')?.textContent).toBe(
      pack.otherVoices[0]!.label.ru,
    );
    expect(first.querySelector('.fl-voice')?.textContent).toContain(
      pack.otherVoices[0]!.members[0]!.who.ru!,
    );
    expect(first.querySelector('.fl-voice__date')?.textContent).toBe(
      ` · ${formatDateOrRange(pack.otherVoices[0]!.members[0]!.date, 'ru')}`,
    );
  });

  it('leads from each reaction to its timeline entry', () => {
    const view = render(<StorySummary pack={pack} lang="en" t={t} />);
    const section = view.container.querySelector<HTMLElement>('.fl-section--voices')!;
    const buttons = within(section).getAllByRole('button', { name: /^Show in the timeline: / });
    const members = pack.otherVoices.flatMap((g) => g.members);
    expect(buttons).toHaveLength(members.length);
    // each named after who reacted and when, so a screen reader tells them apart
    const names = buttons.map((b) => b.getAttribute('aria-label'));
    expect(new Set(names).size).toBe(members.length);
    expect(names[0]).toBe(
      `Show in the timeline: ${members[0]!.who.en}, ${formatDateOrRange(members[0]!.date, 'en')}`,
    );
    expect(buttons[0]!.textContent).toBe('Show in the timeline');
    fireEvent.click(buttons.at(-1)!);
    const focused = document.activeElement as HTMLElement;
    expect(focused.dataset.entry).toBe(members.at(-1)!.entry);
    expect(focused.dataset.entry).toBe('france-no-solid-evidence');
    expect(focused.classList.contains('fl-tl-entry')).toBe(true);
  });

  it('opens the full timeline for a reaction that is not a key development', () => {
    const member = pack.otherVoices[0]!.members[0]!;
    expect(pack.timeline.find((e) => e.id === member.entry)!.key).toBeFalsy();
    const view = render(
      <JumpHost>
        <Timeline pack={pack} keyFirst lang="en" t={t} />
        <OtherVoices pack={pack} lang="en" t={t} />
      </JumpHost>,
    );
    expect(view.container.querySelector(`[data-entry="${member.entry}"]`)).toBeNull();
    fireEvent.click(view.getAllByRole('button', { name: /^Show in the timeline: / })[0]!);
    expect((document.activeElement as HTMLElement).dataset.entry).toBe(member.entry);
    expect(view.getByRole('button', { name: 'Show key developments only' })).toBeTruthy();
  });
});
