/**
 * Who may talk to whom. Receivers call these before parsing a message; anything
 * else is dropped. Pure: the sender object is passed in.
 */

export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number };
}

/** A content script of this extension, in the top frame of a tab. */
export function isOwnContentScript(sender: SenderLike, extensionId: string): boolean {
  return (
    sender.id === extensionId &&
    typeof sender.tab?.id === 'number' &&
    sender.frameId === 0 &&
    typeof sender.url === 'string' &&
    /^https?:/.test(sender.url)
  );
}

/** A page of this extension (popup, options), not a tab's content script. */
export function isOwnExtensionPage(
  sender: SenderLike,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  return (
    sender.id === extensionId &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(extensionOrigin) &&
    // Extension pages opened as tabs have a tab; the popup has none. Both are ours by URL.
    !/^https?:/.test(sender.url)
  );
}

/** The background (or another extension page) talking to a content script. */
export function isOwnExtensionContext(sender: SenderLike, extensionId: string): boolean {
  return sender.id === extensionId && sender.tab === undefined;
}
