/** Props for the card views from the real pack and a made-up detection (own words, no page text). */
import { vi } from 'vitest';
import type { CardRootProps } from '../../../components/CardRoot';
import { placeCard } from '../../../lib/card/placement';
import { createTranslator } from '../../../lib/i18n';
import { pageRelevance } from '../../../lib/story/relevance';
import { novgorodPack } from '../story/pack-fixture';

export const pack = novgorodPack();
export const t = createTranslator('en');

/** A page with Russia's claim but not the U.S. assessment; passage 2 cannot be shown. */
export const passages = [
  { questions: ['targeting', 'scale'] },
  { questions: ['evidence'] },
  { questions: ['targeting'] },
  { questions: [] },
];

export function cardProps(over: Partial<CardRootProps> = {}): CardRootProps {
  return {
    ui: 'card',
    pack,
    lang: 'en',
    t,
    relevance: pageRelevance(pack, passages, '2025-12-29'),
    placement: placeCard({
      viewport: { width: 1280, height: 800 },
      column: { left: 160, right: 800 },
    }),
    expanded: false,
    shown: [0, 1, 3],
    current: null,
    foldsToPill: false,
    onOpen: vi.fn(),
    onFold: vi.fn(),
    onExpandedChange: vi.fn(),
    onStep: vi.fn(),
    onShowPassage: vi.fn(),
    onDismiss: vi.fn(),
    onDisableSite: vi.fn(),
    ...over,
  };
}
