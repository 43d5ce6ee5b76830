/** Numbers for a compact story header. Pure. */
import type { StoryContent } from '../../data/schema';

export interface StoryCounts {
  /** Principal parties (those with a position history). */
  parties: number;
  /** Timeline entries; every entry carries a date or date range. */
  datedEvents: number;
  questions: number;
}

/** How many parties, dated events and contested questions a pack has. */
export function storyCounts(pack: StoryContent): StoryCounts {
  return {
    parties: pack.parties.filter((p) => p.principal).length,
    datedEvents: pack.timeline.length,
    questions: pack.questions.length,
  };
}
