/** The toolbar badge for a tab, from what the detector found. Pure. */
import type { Strength } from './detect/types';

export interface Badge {
  text: string;
  colour: string;
}

/** Primary pages get a filled brand-blue badge; passing mentions a quieter grey one. */
export function badgeFor(strength: Strength | null): Badge | null {
  if (strength === 'primary') return { text: 'i', colour: '#1c3d7a' };
  if (strength === 'passing') return { text: '·', colour: '#5f6673' };
  return null;
}
