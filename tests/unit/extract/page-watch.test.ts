/**
 * lib/page-watch.ts `onlyElementsNamed`: the page side's watcher lets the card's host
 * element come and go without waking a check, and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { onlyElementsNamed } from '../../../lib/page-watch';

const HOST = 'factline-card';

function records(change: (doc: Document) => void): MutationRecord[] {
  const doc = new DOMParser().parseFromString(
    '<!doctype html><html><body><main><p>Text</p></main></body></html>',
    'text/html',
  );
  const obs = new MutationObserver(() => undefined);
  obs.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  change(doc);
  const taken = obs.takeRecords();
  obs.disconnect();
  return taken;
}

describe('a record that only moves the card host', () => {
  it('the host put into the page, or taken out: nothing to check', () => {
    const added = records((doc) => doc.documentElement.append(doc.createElement(HOST)));
    expect(added.length).toBe(1);
    expect(added.every((r) => onlyElementsNamed(r, HOST))).toBe(true);
    const removed = records((doc) => {
      const host = doc.createElement(HOST);
      doc.documentElement.append(host);
      host.remove();
    });
    expect(removed.length).toBe(2);
    expect(removed.every((r) => onlyElementsNamed(r, HOST))).toBe(true);
  });

  it('anything else still counts: other elements, text, the host with a neighbour', () => {
    const cases = [
      records((doc) => doc.querySelector('main')!.append(doc.createElement('p'))),
      records((doc) => (doc.querySelector('p')!.firstChild!.textContent = 'Edited')),
      records((doc) =>
        doc.documentElement.append(doc.createElement(HOST), doc.createTextNode('x')),
      ),
      records((doc) => doc.querySelector('main')!.append(doc.createElement('factline-cards'))),
    ];
    for (const list of cases) {
      expect(list.length).toBeGreaterThan(0);
      expect(list.some((r) => !onlyElementsNamed(r, HOST))).toBe(true);
    }
  });
});
