import { describe, expect, it } from 'vitest';
import { buildAutomaton, scan } from '../../../lib/detect/automaton';

function all(words: string[], text: string): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  scan(buildAutomaton(words), text, (id, end) => out.push([words[id]!, end]));
  return out;
}

describe('Aho–Corasick automaton', () => {
  it('finds every occurrence, including overlapping and nested terms', () => {
    expect(all(['he', 'she', 'his', 'hers'], 'ushers')).toEqual([
      ['she', 4],
      ['he', 4],
      ['hers', 6],
    ]);
    expect(all(['aa'], 'aaaa').map(([, e]) => e)).toEqual([2, 3, 4]);
  });

  it('handles many scripts in one automaton', () => {
    const found = all(['путин', '普京', 'putin', 'بوتين'], 'x путина 普京官邸 putin والبوتين');
    expect(found.map(([w]) => w)).toEqual(['путин', '普京', 'putin', 'بوتين']);
  });

  it('stays linear on a long run of a partial match', () => {
    const text = 'a'.repeat(200_000);
    const found = all(['aaab', 'aab', 'b'], text);
    expect(found).toEqual([]);
  });
});
