/** Test doubles for the card controller: a page result and the background's kits. */
import type { StoryContent } from '../../../data/schema';
import { buildCardKit } from '../../../lib/card/card-kit';
import type { Detection } from '../../../lib/detect/types';
import type { UiLang } from '../../../lib/i18n';
import type { CardKit } from '../../../lib/messages';
import type { PageResult } from '../../../lib/page-slot';
import type { Settings } from '../../../lib/settings/definitions';

/** A page result whose session only answers what the card asks of it. */
export function fakeResult(
  url: string,
  detection: Detection,
  meta: { lang?: string; published?: string } = {},
): PageResult {
  return { url, detection, session: { pageMeta: () => meta } } as unknown as PageResult;
}

/** fetchKit as the background answers it, from a pack and the settings at the time. */
export function fetchKitFor(pack: StoryContent, settings: () => Settings) {
  return (story: string, lang: UiLang | null, result: PageResult): Promise<CardKit | null> =>
    Promise.resolve(
      story === pack.id
        ? buildCardKit({
            pack,
            lang,
            pageLang: result.session.pageMeta().lang ?? result.detection.lang,
            pageDates: [],
            settings: settings(),
            browserLangs: ['en-GB'],
          })
        : null,
    );
}

/** Lets pending promise callbacks (a kit fetch) run. */
export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
