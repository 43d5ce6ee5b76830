import { createElement, type ComponentChildren } from 'preact';
import type { HeadingLevel } from './types';

interface HeadingProps {
  level: HeadingLevel;
  class?: string;
  id?: string;
  children: ComponentChildren;
}

/** A heading whose level is chosen by the host (h1 in the popup, lower inside a page). */
export function Heading({ level, children, ...rest }: HeadingProps) {
  return createElement(`h${level}`, rest, children);
}

/** One level down, capped at h6. */
export function below(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}
