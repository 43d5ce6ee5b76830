/** Group ids the detector adds itself (the rules may name them in patterns). */

/** Reserved group ids, present in every segment when the page's publication date is known. */
export const DATE_GROUPS = {
  /** Published within the rules' `recent` period (while the story was news). */
  recent: 'published-recent',
  /** Published before the period began: the page cannot be reporting it, unless updated. */
  early: 'published-early',
} as const;
export type DateGroup = keyof typeof DATE_GROUPS;
