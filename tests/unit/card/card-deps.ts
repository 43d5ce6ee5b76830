/** Test doubles for the card controller: a page result and the background's story answers. */
import type { StoryContent } from '../../../data/schema';
import { packLanguages } from '../../../lib/card/card-lang';
import type { Detection } from '../../../lib/detect/types';
import type { UiLang } from '../../../lib/i18n';
import type { PageResult } from '../../../lib/page-slot';
import { contentForLang } from '../../../lib/story/for-lang';
import type { StoryText } from '../../../entrypoints/card/controller';

/** A page result whose session only answers what the card asks of it. */
export function fakeResult(
  url: string,
  detection: Detection,
  meta: { lang?: string; published?: string } = {},
): PageResult {
  return { url, detection, session: { pageMeta: () => meta } } as unknown as PageResult;
}

/** fetchStory as the background answers it, from a pack. */
export function fetchStoryFor(pack: StoryContent) {
  return (story: string, lang: UiLang): Promise<StoryText | null> =>
    Promise.resolve(
      story === pack.id
        ? { langs: packLanguages(pack), content: contentForLang(pack, lang) }
        : null,
    );
}

/** Lets pending promise callbacks (the story fetch) run. */
export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
