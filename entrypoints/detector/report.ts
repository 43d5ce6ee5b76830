/** Builds the message the detector sends, from a detection. Kept small: passages are capped. */
import type { Detection } from '../../lib/detect/types';
import type { PageReport } from '../../lib/messages';
import type { PageText } from '../../lib/page-text';

const MAX_PASSAGES = 50;
const MAX_PASSAGE_CHARS = 600;

export function toReport(
  url: string,
  detection: Detection,
  page: PageText | undefined,
): PageReport {
  return {
    type: 'factline:page-report',
    url,
    story: detection.story,
    strength: detection.strength,
    score: detection.score,
    passages: detection.passages.slice(0, MAX_PASSAGES).map((p) => ({
      text: p.text.slice(0, MAX_PASSAGE_CHARS),
      questions: p.questions.slice(0, 20),
    })),
    ...(page?.published ? { published: page.published } : {}),
    ...(page?.lang ? { lang: page.lang.slice(0, 35) } : {}),
  };
}

/** True when two reports would show the reader something different. */
export function reportChanged(a: PageReport | null, b: PageReport): boolean {
  if (!a) return true;
  return (
    a.url !== b.url ||
    a.story !== b.story ||
    a.strength !== b.strength ||
    a.passages.length !== b.passages.length ||
    a.passages.some((p, i) => p.text !== b.passages[i]!.text)
  );
}
