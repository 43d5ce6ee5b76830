/**
 * The manifest's name and description in every interface language: one
 * public/_locales/<lang>/messages.json each, the same keys as English, a
 * description within the stores' 132 characters, and a manifest that refers to
 * them with English as the default locale.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UI_LANGS } from '../../../lib/i18n';

const DIR = 'public/_locales';
type Messages = Record<string, { message: string; description?: string }>;
const read = (lang: string) =>
  JSON.parse(readFileSync(`${DIR}/${lang}/messages.json`, 'utf8')) as Messages;

it('has a locale folder for each interface language and no other', () => {
  expect(readdirSync(DIR).sort()).toEqual([...UI_LANGS].sort());
});

describe.each(UI_LANGS)('%s', (lang) => {
  const messages = read(lang);

  it('has the English keys, each with a message', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(read('en')).sort());
    for (const [key, { message }] of Object.entries(messages))
      expect(message.trim(), key).not.toBe('');
  });

  it('keeps the brand name and a short description', () => {
    expect(messages.extName?.message).toBe('Factline');
    expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
    if (lang !== 'en')
      expect(messages.extDescription!.message).not.toBe(read('en').extDescription!.message);
  });
});

it('the manifest takes its name and description from _locales, English by default', () => {
  const config = readFileSync('wxt.config.ts', 'utf8');
  expect(config).toContain("name: '__MSG_extName__'");
  expect(config).toContain("description: '__MSG_extDescription__'");
  expect(config).toContain("default_locale: 'en'");
});
