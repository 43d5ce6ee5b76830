/** The detector's output contract (lib/detect). Plain data, safe to send in a message. */

export type Strength = 'primary' | 'passing';

export interface Passage {
  /** Index into PageText.blocks. */
  block: number;
  /** Offsets into that block's original text (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
  text: string;
  /** Topic ids of the story pack this passage touches (e.g. "targeting", "scale"). */
  questions: string[];
}

export interface Detection {
  story: string | null;
  strength: Strength | null;
  score: number;
  passages: Passage[];
  /** Language whose rule terms matched most (e.g. "uk"), when anything matched. */
  lang?: string;
  /** Ids of the rule patterns that occurred where the decision was made (for reports and debugging). */
  signals?: string[];
}
