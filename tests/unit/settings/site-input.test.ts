import { describe, expect, it } from 'vitest';
import { addSiteInput, parseSiteInput } from '../../../lib/settings/site-input';
import { addSite, removeCovering, removeSite } from '../../../lib/settings/sites';

const site = (input: string) => {
  const r = parseSiteInput(input);
  return r.ok ? r.site : r.error;
};

describe('parseSiteInput', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM  ', 'example.com'],
    ['www.example.com', 'example.com'],
    ['https://www.example.com/world/article?id=3#top', 'example.com'],
    ['http://news.example.co.uk', 'news.example.co.uk'],
    ['example.com/path/page.html', 'example.com'],
    ['example.com.', 'example.com'],
    ['*.example.com', 'example.com'],
    ['localhost', 'localhost'],
    ['localhost:8080', 'localhost'],
    ['example.com:443/x', 'example.com'],
    ['127.0.0.1', '127.0.0.1'],
    ['http://127.0.0.1:5173/a', '127.0.0.1'],
    ['https://user@example.org/', 'example.org'],
    ['пример.рф', 'xn--e1afmkfd.xn--p1ai'],
    ['my_site.example.com', 'my_site.example.com'],
  ])('accepts %s as %s', (input, want) => {
    expect(site(input)).toBe(want);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['hello', 'invalid'],
    ['two words.com', 'invalid'],
    ['example', 'invalid'],
    ['example.c', 'invalid'],
    ['example.123', 'invalid'],
    ['-bad.example.com', 'invalid'],
    ['bad-.example.com', 'invalid'],
    ['exa mple.com', 'invalid'],
    ['123', 'invalid'], // a URL parser reads it as 0.0.0.123
    ['1.2', 'invalid'],
    ['999.1.1.1', 'invalid'],
    ['http://', 'invalid'],
    ['https:example.com', 'invalid'],
    ['[::1]', 'invalid'],
    ['a'.repeat(64) + '.com', 'invalid'],
    ['..', 'invalid'],
    ['chrome://extensions', 'notWeb'],
    ['file:///home/me/page.html', 'notWeb'],
    ['ftp://example.com', 'notWeb'],
    ['javascript:alert(1)', 'notWeb'],
    ['mailto:someone@example.com', 'notWeb'],
  ])('refuses %j (%s)', (input, error) => {
    expect(site(input)).toBe(error);
  });
});

describe('addSiteInput', () => {
  it('adds a normalised site and keeps the list sorted', () => {
    const r = addSiteInput(['zeta.org'], 'HTTPS://WWW.Alpha.com/news');
    expect(r).toEqual({ ok: true, site: 'alpha.com', list: ['alpha.com', 'zeta.org'] });
  });

  it('refuses a site already in the list, or covered by a parent domain', () => {
    expect(addSiteInput(['example.com'], 'www.example.com')).toEqual({
      ok: false,
      error: 'duplicate',
      site: 'example.com',
    });
    expect(addSiteInput(['example.com'], 'https://news.example.com/x')).toEqual({
      ok: false,
      error: 'covered',
      site: 'news.example.com',
      parent: 'example.com',
    });
  });

  it('adds a parent domain beside a subdomain already listed', () => {
    const r = addSiteInput(['news.example.com'], 'example.com');
    expect(r.ok && r.list).toEqual(['example.com', 'news.example.com']);
  });

  it('passes junk through as an error and leaves the list alone', () => {
    const list = ['example.com'];
    expect(addSiteInput(list, 'not a site')).toEqual({ ok: false, error: 'invalid' });
    expect(list).toEqual(['example.com']);
  });
});

describe('site list edits', () => {
  it('remove then undo (add back) restores the list', () => {
    const list = ['a.com', 'b.org', 'c.net'];
    const removed = removeSite(list, 'b.org');
    expect(removed).toEqual(['a.com', 'c.net']);
    expect(addSite(removed, 'b.org')).toEqual(list);
  });

  it('removeCovering turns a site on even when a parent domain switched it off', () => {
    expect(removeCovering(['example.com', 'other.org'], 'news.example.com')).toEqual(['other.org']);
    expect(removeCovering(['news.example.com'], 'example.com')).toEqual(['news.example.com']);
    expect(removeCovering(['example.com'], 'WWW.Example.com')).toEqual([]);
  });
});
