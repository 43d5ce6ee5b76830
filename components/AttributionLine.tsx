import type { Attribution, StoryContent } from '../data/schema';
import { findSource } from '../lib/story/lookup';
import { localize } from '../lib/story/text';
import { useDates } from './dates';
import { sourceLabel } from './source-label';
import type { I18nProps } from './types';

interface AttributionLineProps extends I18nProps {
  pack: StoryContent;
  attribution: Attribution;
}

/** "— Russia's defence ministry · Source: Official video, 31 Dec 2025". */
export function AttributionLine({ pack, attribution, lang, t }: AttributionLineProps) {
  const by = localize(attribution.by, lang);
  const source = findSource(pack, attribution.source);
  const dates = useDates(lang);
  return (
    <p class="fl-attr">
      <span class="fl-attr__by" lang={by.lang === lang ? undefined : by.lang}>
        {t('attribution.by', { by: by.value })}
      </span>
      {source && (
        <span class="fl-attr__source">
          {t('attribution.source', { source: sourceLabel(source, dates, t) })}
        </span>
      )}
    </p>
  );
}
