/**
 * A small subset of ICU MessageFormat: `{name}` and `{name, plural, =0 {…} one {…}
 * other {…}}` with `#` for the formatted count. Enough for interface strings in
 * five languages without a dependency. Pure; the locale's plural rules and numbers
 * come from LocaleData (Intl, or a table prepared by the background).
 */
import { intlLocaleData, type LocaleData } from './locale-data';

/** A parsed message: text, `{arg}`, `#`, or a plural with its forms. */
export type MessageNode =
  | string
  | { kind: 'arg'; name: string }
  | { kind: 'pound' }
  | { kind: 'plural'; name: string; options: Map<string, MessageNode[]> };

export type MessageVars = Readonly<Record<string, string | number>>;

/** Thrown by parseMessage for a malformed message; names the message and position. */
export class MessageSyntaxError extends Error {
  override name = 'MessageSyntaxError';
}

const NAME_RE = /^[A-Za-z_][\w.-]*$/;
const SELECTOR_RE = /^(=\d+|zero|one|two|few|many|other)$/;

/** Parses a message, throwing MessageSyntaxError if it is malformed. */
export function parseMessage(src: string): MessageNode[] {
  const fail = (pos: number, what: string): never => {
    throw new MessageSyntaxError(`${what} at ${pos} in "${src}"`);
  };

  const skipSpace = (pos: number): number => {
    while (pos < src.length && /\s/.test(src[pos]!)) pos++;
    return pos;
  };

  const readUntil = (pos: number, stop: RegExp): [string, number] => {
    let end = pos;
    while (end < src.length && !stop.test(src[end]!)) end++;
    return [src.slice(pos, end).trim(), end];
  };

  function nodes(pos: number, inPlural: boolean): [MessageNode[], number] {
    const out: MessageNode[] = [];
    let text = '';
    const flush = () => {
      if (text) out.push(text);
      text = '';
    };
    while (pos < src.length && src[pos] !== '}') {
      const ch = src[pos]!;
      if (ch === '{') {
        flush();
        const [node, next] = arg(pos + 1);
        out.push(node);
        pos = next;
      } else if (ch === '#' && inPlural) {
        flush();
        out.push({ kind: 'pound' });
        pos++;
      } else {
        text += ch;
        pos++;
      }
    }
    flush();
    return [out, pos];
  }

  function arg(pos: number): [MessageNode, number] {
    const [name, afterName] = readUntil(pos, /[,}]/);
    if (!NAME_RE.test(name)) fail(pos, `bad argument name "${name}"`);
    if (src[afterName] === '}') return [{ kind: 'arg', name }, afterName + 1];
    if (src[afterName] !== ',') fail(afterName, 'unclosed "{"');
    const [type, afterType] = readUntil(afterName + 1, /[,}]/);
    if (type !== 'plural' || src[afterType] !== ',') fail(afterName + 1, `unsupported "${type}"`);
    const options = new Map<string, MessageNode[]>();
    pos = afterType + 1;
    for (;;) {
      pos = skipSpace(pos);
      if (src[pos] === '}') break;
      const [selector, afterSel] = readUntil(pos, /[\s{}]/);
      if (!SELECTOR_RE.test(selector)) fail(pos, `bad plural selector "${selector}"`);
      pos = skipSpace(afterSel);
      if (src[pos] !== '{') fail(pos, `expected "{" after "${selector}"`);
      const [body, end] = nodes(pos + 1, true);
      if (src[end] !== '}') fail(end, 'unclosed plural form');
      options.set(selector, body);
      pos = end + 1;
    }
    if (!options.has('other')) fail(pos, 'plural needs an "other" form');
    return [{ kind: 'plural', name, options }, pos + 1];
  }

  const [out, end] = nodes(0, false);
  if (end < src.length) fail(end, 'unmatched "}"');
  return out;
}

const parsed = new Map<string, MessageNode[]>();

function render(list: MessageNode[], vars: MessageVars, locale: LocaleData, pound: string): string {
  let out = '';
  for (const node of list) {
    if (typeof node === 'string') out += node;
    else if (node.kind === 'pound') out += pound;
    else if (node.kind === 'arg') {
      const value = vars[node.name];
      out +=
        value === undefined
          ? `{${node.name}}`
          : typeof value === 'number'
            ? locale.number(value)
            : value;
    } else {
      const n = Number(vars[node.name]);
      const form =
        node.options.get(`=${n}`) ??
        node.options.get(locale.plural(n)) ??
        node.options.get('other')!;
      out += render(form, vars, locale, Number.isFinite(n) ? locale.number(n) : '');
    }
  }
  return out;
}

/**
 * Formats a message for a locale (an Intl locale such as "uk", or its LocaleData). A
 * malformed message is shown as written rather than throwing: a visible typo beats a
 * blank popup (a unit test parses every message).
 */
export function formatMessage(src: string, vars: MessageVars, locale: string | LocaleData): string {
  let list = parsed.get(src);
  if (!list) {
    try {
      list = parseMessage(src);
    } catch {
      list = [src];
    }
    parsed.set(src, list);
  }
  return render(list, vars, typeof locale === 'string' ? intlLocaleData(locale) : locale, '#');
}
