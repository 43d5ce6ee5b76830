/**
 * Every registered catalog is complete and well formed, and its plural messages
 * give a form for each plural category of its language (uk and ru need one, few,
 * many, other; French one, many, other). The checks cover every catalog
 * registered in lib/i18n/catalog.ts, and all five interface languages must be.
 */
import { describe, expect, it } from 'vitest';
import {
  catalogs,
  intlLocale,
  MESSAGE_KEYS,
  parseMessage,
  UI_LANGS,
  type MessageNode,
} from '../../../lib/i18n';

/** The selectors of every plural in a parsed message, nested ones included. */
function pluralSelectors(nodes: MessageNode[]): string[][] {
  return nodes.flatMap((node) =>
    typeof node === 'object' && node.kind === 'plural'
      ? [[...node.options.keys()], ...[...node.options.values()].flatMap(pluralSelectors)]
      : [],
  );
}

const registered = UI_LANGS.filter((lang) => catalogs[lang] !== undefined);

describe.each(registered)('%s catalog', (lang) => {
  const catalog = catalogs[lang]!;
  const categories = new Intl.PluralRules(intlLocale(lang)).resolvedOptions().pluralCategories;

  it('has every message key and no others', () => {
    expect(Object.keys(catalog).sort()).toEqual([...MESSAGE_KEYS].sort());
  });

  it.each(MESSAGE_KEYS)('%s parses and covers the plural categories', (key) => {
    const selectors = pluralSelectors(parseMessage(catalog[key]!));
    for (const forms of selectors) {
      for (const category of categories) expect(forms, `${lang} ${key}`).toContain(category);
    }
  });
});

it('registers a catalog for every interface language', () => {
  expect(registered).toEqual([...UI_LANGS]);
});
