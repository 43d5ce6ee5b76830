/**
 * The card script's lifetime: one AbortController that every listener, timer and
 * observer hangs off, so all of it stops together. It ends when the extension was
 * updated, disabled or removed (noticed at the next thing the card does). Nothing on
 * the page can end it: it answers no DOM event.
 */
import { extensionAlive } from '../../extension/runtime-link';

export class Lifetime {
  private readonly controller = new AbortController();

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** False once ended; checking notices an extension that went away and ends it. */
  get alive(): boolean {
    if (!this.controller.signal.aborted && !extensionAlive()) this.end();
    return !this.controller.signal.aborted;
  }

  end(): void {
    this.controller.abort();
  }

  onEnd(cb: () => void): void {
    if (this.signal.aborted) cb();
    else this.signal.addEventListener('abort', cb, { once: true });
  }

  listen<K extends keyof WindowEventMap>(
    target: Window,
    type: K,
    handler: (e: WindowEventMap[K]) => void,
  ): void;
  listen<K extends keyof DocumentEventMap>(
    target: Document,
    type: K,
    handler: (e: DocumentEventMap[K]) => void,
  ): void;
  listen(target: EventTarget, type: string, handler: (e: Event) => void): void {
    target.addEventListener(type, handler, { signal: this.signal });
  }

  setTimeout(handler: () => void, ms: number): number {
    const id = window.setTimeout(() => {
      if (this.alive) handler();
    }, ms);
    this.onEnd(() => clearTimeout(id));
    return id;
  }
}
