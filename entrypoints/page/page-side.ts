/**
 * The page side, started in a tab where the trigger matched (or where the reader
 * asked "Check this page"): extracts the page's text blocks in short slices, sends
 * them to the background — which detects off the page's thread — and afterwards
 * sends only what changed. The detection it gets back is handed to the card through
 * the page slot.
 */
import type { Detection } from '../../lib/detect/types';
import { PageSession } from '../../lib/extract/page-session';
import type { PageBlocks, PageDetection, ResendRequest } from '../../lib/messages';
import { stopTrigger } from '../../lib/page-flags';
import { setPageSlot, type PageResult, type PageSlot } from '../../lib/page-slot';
import { extensionAlive, send } from '../../extension/runtime-link';
import { onlyElementsNamed, watchPage, watchReveals } from '../../lib/page-watch';
import { createScheduler, DEFAULT_SCHEDULE } from '../../lib/schedule';
import { SLICE_MS, yieldToPage } from '../../lib/yield';

/** Tag name of the card's host element: its own mutations are not page changes. */
export const CARD_HOST_TAG = 'factline-card';

/** An id for one page-side session (not a secret: it only tells the background a new page began). */
const randomId = () =>
  `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`.slice(-16);

export function startPageSide(explicit: boolean): { slot: PageSlot; first: Promise<unknown> } {
  stopTrigger();
  const controller = new AbortController();
  const { signal } = controller;
  let session = new PageSession(document, { hostTag: CARD_HOST_TAG });
  let pageId = randomId();
  let url = location.href;
  let seq = 0;
  /** The seq and block ids the background holds; null: it holds nothing of this page. */
  let acked: { seq: number; ids: Set<number> } | null = null;
  let pending: MutationRecord[] = [];
  /** Parts an attribute showed since the last check (page-watch.ts `watchReveals`). */
  let shown: Element[] = [];
  let ready = false;
  let busy: Promise<unknown> = Promise.resolve();

  const slot: PageSlot = {
    result: null,
    listeners: new Set(),
    checkNow: () =>
      queue(() => {
        const { records, revealed } = takeChanges();
        if (location.href === url) session.applyMutations(records, revealed);
        return sync(true);
      }),
  };
  setPageSlot(slot);

  /** Runs steps one after another: a change never overtakes the message before it. */
  const queue = (step: () => Promise<unknown>) => (busy = busy.then(step, step));

  const publish = (answer: PageDetection) => {
    const detection: Detection = {
      story: answer.story,
      strength: answer.strength,
      score: answer.score,
      passages: answer.passages.flatMap((p) => {
        const text = session.block(p.block)?.text.slice(p.start, p.end);
        return text ? [{ ...p, text }] : [];
      }),
      ...(answer.lang ? { lang: answer.lang } : {}),
      ...(answer.signals ? { signals: answer.signals } : {}),
    };
    const result: PageResult = { url, detection, session };
    slot.result = result;
    for (const listener of slot.listeners) {
      try {
        listener(result);
      } catch {
        // A broken listener (card) must not stop the page side.
      }
    }
  };

  /** Sends the blocks the background lacks; resolves with its answer. */
  async function sync(asked = false): Promise<PageDetection | null> {
    if (signal.aborted) return null;
    if (!extensionAlive()) {
      controller.abort();
      return null;
    }
    for (let attempt = 0; attempt < 2; attempt++) {
      const update = session.updateFor(acked?.ids ?? new Set());
      const meta = session.pageMeta();
      const message: PageBlocks = {
        type: 'factline:page-blocks',
        page: pageId,
        seq: ++seq,
        base: acked?.seq ?? null,
        ...(asked || explicit ? { explicit: true } : {}),
        url,
        ...update,
        ...(meta.title ? { title: meta.title.slice(0, 2000) } : {}),
        ...(meta.lang ? { lang: meta.lang.slice(0, 35) } : {}),
        ...(meta.published ? { published: meta.published } : {}),
      };
      const answer = await send<PageDetection | ResendRequest>(message);
      if (!answer) {
        // No answer: the extension is gone (updated, disabled). Stop here.
        controller.abort();
        return null;
      }
      if (answer.type === 'factline:resend') {
        acked = null;
        continue;
      }
      acked = { seq: message.seq, ids: new Set(session.ids()) };
      publish(answer);
      return answer;
    }
    return null;
  }

  const recheck = () =>
    queue(async () => {
      if (signal.aborted) return;
      const { records, revealed } = takeChanges();
      if (location.href !== url) {
        // A client-side navigation: a new page for the background.
        url = location.href;
        session = new PageSession(document, { hostTag: CARD_HOST_TAG });
        pageId = randomId();
        acked = null;
        await session.extractAll(yieldToPage, SLICE_MS);
        await sync();
      } else if (session.applyMutations(records, revealed)) {
        await sync();
      }
    });

  /** The card's host coming or going is no page change: it wakes no check. */
  const pageChange = (r: MutationRecord) => !onlyElementsNamed(r, CARD_HOST_TAG);
  /** What changed since the last check, taken: the next check starts from here. */
  const takeChanges = () => {
    const records = [...pending, ...observer.takeRecords().filter(pageChange)];
    const revealed = shown;
    pending = [];
    shown = [];
    return { records, revealed };
  };

  const scheduler = createScheduler(() => void recheck(), signal, DEFAULT_SCHEDULE);
  const observer = watchPage(
    signal,
    (records) => {
      const changes = records.filter(pageChange);
      if (!changes.length) return;
      pending.push(...changes);
      if (ready) scheduler.poke(location.href !== url);
    },
    () => scheduler.poke(location.href !== url),
  );
  watchReveals(signal, (els) => {
    shown.push(...els);
    if (ready) scheduler.poke();
  });

  const first = queue(async () => {
    await session.extractAll(yieldToPage, SLICE_MS);
    // Changes during the first walk are in it already, or come next.
    pending.push(...observer.takeRecords().filter(pageChange));
    const answer = await sync();
    ready = true;
    if (pending.length || shown.length) scheduler.poke();
    return answer;
  });
  return { slot, first };
}
