import { describe, expect, it } from 'vitest';
import {
  catalogs,
  createTranslator,
  formatMessage,
  MESSAGE_KEYS,
  MessageSyntaxError,
  parseMessage,
  type Catalog,
} from '../../../lib/i18n';
import { en } from '../../../lib/i18n/messages/en';

describe('createTranslator', () => {
  it('returns English messages with variables filled in', () => {
    const t = createTranslator('en');
    expect(t('section.timeline')).toBe('Timeline');
    expect(t('story.eventsThrough', { date: '15 February 2026' })).toBe(
      'Events through 15 February 2026',
    );
    expect(t('attribution.by', { by: 'U.S. officials' })).toBe('— U.S. officials');
  });

  it('falls back to English, key by key, when a catalog lacks a message', () => {
    const partial: Partial<Catalog> = { 'section.timeline': 'Хронологія' };
    const t = createTranslator('uk', { en, uk: partial });
    expect(t('section.timeline')).toBe('Хронологія');
    expect(t('section.sources')).toBe('Sources');
    // The English fallback keeps English plural rules (uk would pick "few" for 3).
    expect(t('story.parties', { count: 3 })).toBe('3 parties');
  });

  it('falls back to English for a language with no catalog yet', () => {
    expect(createTranslator('fr', { en })('stance.denies')).toBe('Denies');
  });

  it('leaves a missing variable visible instead of printing "undefined"', () => {
    expect(createTranslator('en')('story.eventsThrough')).toBe('Events through {date}');
  });
});

describe('plurals', () => {
  it('uses English one/other', () => {
    const t = createTranslator('en');
    expect(t('story.parties', { count: 1 })).toBe('1 party');
    expect(t('story.parties', { count: 4 })).toBe('4 parties');
    expect(t('story.events', { count: 1 })).toBe('1 dated event');
    expect(t('story.events', { count: 6 })).toBe('6 dated events');
    expect(t('story.events', { count: 1200 })).toBe('1,200 dated events');
  });

  it('uses the language’s own categories (Ukrainian one/few/many) and exact matches', () => {
    const msg =
      '{n, plural, =0 {жодної події} one {# подія} few {# події} many {# подій} other {# події}}';
    const f = (n: number) => formatMessage(msg, { n }, 'uk');
    expect([0, 1, 3, 5, 11, 21, 22].map(f)).toEqual([
      'жодної події',
      '1 подія',
      '3 події',
      '5 подій',
      '11 подій',
      '21 подія',
      '22 події',
    ]);
  });

  it('formats the count with the locale’s digits grouping', () => {
    const msg = '{n, plural, other {# Ereignisse}}';
    expect(formatMessage(msg, { n: 1234 }, 'de')).toBe('1.234 Ereignisse');
  });

  it('allows other arguments inside a plural form', () => {
    const msg = '{n, plural, one {# party in {story}} other {# parties in {story}}}';
    expect(formatMessage(msg, { n: 2, story: 'Valdai' }, 'en')).toBe('2 parties in Valdai');
  });
});

describe('message syntax', () => {
  it('rejects malformed messages with a clear error', () => {
    expect(() => parseMessage('{count, plural, one {# x}}')).toThrow(/"other"/);
    expect(() => parseMessage('{count, select, a {x} other {y}}')).toThrow(MessageSyntaxError);
    expect(() => parseMessage('oops }')).toThrow(/unmatched/);
    expect(() => parseMessage('{count')).toThrow(MessageSyntaxError);
  });

  it('shows a malformed message as written rather than throwing', () => {
    expect(formatMessage('{broken', {}, 'en')).toBe('{broken');
  });

  it('treats # as text outside plural forms', () => {
    expect(formatMessage('Item #{n}', { n: 3 }, 'en')).toBe('Item #3');
  });
});

describe('catalogs', () => {
  it('registers English and only known keys in every catalog', () => {
    expect(catalogs.en).toBe(en);
    for (const catalog of Object.values(catalogs)) {
      for (const key of Object.keys(catalog ?? {})) expect(MESSAGE_KEYS).toContain(key);
    }
  });
});
