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
}
