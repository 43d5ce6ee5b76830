import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeBytes } from '../../../scripts/detect/decode-bytes';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(
    parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)),
  );

describe('decodeBytes', () => {
  it('decodes UTF-8 (dropping a BOM) and UTF-16 with a BOM', () => {
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf], 'Новгород'), false)).toEqual({ text: 'Новгород' });
    const utf16 = [0xff, 0xfe, ...[...'Valdai'].flatMap((c) => [c.charCodeAt(0), 0])];
    expect(decodeBytes(Uint8Array.from(utf16), false)).toEqual({ text: 'Valdai' });
  });

  it('refuses empty and whitespace-only input', () => {
    expect(decodeBytes(bytes(), false)).toEqual({ error: 'file is empty' });
    expect(decodeBytes(bytes(' \n\t\r\n'), false)).toEqual({
      error: 'file is empty (only whitespace)',
    });
  });

  it('refuses binary data: NUL bytes, or mostly control characters', () => {
    expect(
      decodeBytes(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), false),
    ).toEqual({
      error: 'binary data (contains NUL bytes), not text',
    });
    const controls = new Uint8Array(4000).map((_, i) => (i % 4 === 0 ? 0x41 : 1 + (i % 8)));
    expect(decodeBytes(controls, false)).toEqual({
      error: 'binary data (mostly control characters), not text',
    });
  });

  it('refuses invalid UTF-8 instead of guessing', () => {
    const result = decodeBytes(bytes('caf', [0xe9], ' au lait'), false);
    expect(result).toHaveProperty('error');
    expect((result as { error: string }).error).toMatch(/not valid UTF-8/);
  });

  it('decodes HTML in the legacy charset it declares, as a browser would', () => {
    // "Путин" in windows-1251.
    const html = bytes(
      '<html><head><meta charset="windows-1251"></head><body>',
      [0xcf, 0xf3, 0xf2, 0xe8, 0xed],
      '</body></html>',
    );
    expect(declaredCharset(html)).toBe('windows-1251');
    expect(decodeBytes(html, true)).toEqual({ text: expect.stringContaining('Путин') });
    expect(decodeBytes(html, false)).toHaveProperty('error'); // a .txt cannot declare a charset
  });

  it('reads the http-equiv form of a declaration', () => {
    const head = bytes('<meta http-equiv="Content-Type" content="text/html; charset=KOI8-R">');
    expect(declaredCharset(head)).toBe('koi8-r');
  });
});
