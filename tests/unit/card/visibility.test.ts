import { describe, expect, it } from 'vitest';
import { decideUi, highlightsWanted, type CardSituation } from '../../../lib/card/visibility';

const base: CardSituation = {
  story: true,
  strength: 'primary',
  display: 'card',
  siteOff: false,
  hidden: false,
  forced: false,
  opened: null,
  placement: 'side',
};
const ui = (over: Partial<CardSituation>) => decideUi({ ...base, ...over });

describe('decideUi', () => {
  it('shows the card for a primary page with room beside the text', () => {
    expect(ui({})).toBe('card');
  });

  it('shows the pill for a passing mention, for display "pill", and where the card would cover the text', () => {
    expect(ui({ strength: 'passing' })).toBe('pill');
    expect(ui({ display: 'pill' })).toBe('pill');
    expect(ui({ placement: 'corner' })).toBe('pill');
    expect(ui({ placement: 'sheet' })).toBe('pill');
  });

  it('shows nothing without the story, once dismissed, with display "badge" or on a switched-off site', () => {
    expect(ui({ story: false })).toBe('none');
    expect(ui({ hidden: true })).toBe('none');
    expect(ui({ display: 'badge' })).toBe('none');
    expect(ui({ siteOff: true })).toBe('none');
  });

  it('shows what the reader asked for: a popup "show" beats badge-only and site-off, not a dismissal', () => {
    expect(ui({ display: 'badge', forced: true, opened: true })).toBe('card');
    expect(ui({ siteOff: true, forced: true })).toBe('card');
    expect(ui({ hidden: true, forced: true })).toBe('none');
    expect(ui({ strength: 'passing', opened: true })).toBe('card');
    expect(ui({ opened: false })).toBe('pill');
  });
});

describe('highlightsWanted', () => {
  it('follows the setting, the UI, and a popup request', () => {
    expect(highlightsWanted('card', true, false)).toBe(true);
    expect(highlightsWanted('pill', true, false)).toBe(true);
    expect(highlightsWanted('none', true, false)).toBe(false);
    expect(highlightsWanted('none', true, true)).toBe(true);
    expect(highlightsWanted('card', false, true)).toBe(false);
  });
});
