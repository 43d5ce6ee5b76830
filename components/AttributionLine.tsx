import type { Attribution, StoryContent } from '../data/schema';
import { sourcesOf } from '../lib/story/lookup';
import { localize } from '../lib/story/text';
import { SourceLink } from './SourceLink';
import type { I18nProps } from './types';

interface AttributionLineProps extends I18nProps {
  pack: StoryContent;
  attribution: Attribution;
}

/** "— Russia's defence ministry, as reported by TASS · Sources: TASS, 29 Dec 2025". */
export function AttributionLine({ pack, attribution, lang, t }: AttributionLineProps) {
  const by = localize(attribution.by, lang);
  const sources = sourcesOf(pack, attribution.sources);
  return (
    <p class="fl-attr">
      <span class="fl-attr__by" lang={by.lang === lang ? undefined : by.lang}>
        {t('attribution.by', { by: by.value })}
      </span>
      {sources.length > 0 && (
        <span class="fl-attr__sources">
          {t('attribution.sources')}{' '}
          {sources.map((s, i) => (
            <span key={s.id}>
              {i > 0 && '; '}
              <SourceLink source={s} lang={lang} t={t} />
            </span>
          ))}
        </span>
      )}
    </p>
  );
}
