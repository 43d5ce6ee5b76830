import type { StoryContent } from '../data/schema';
import { viaChain } from '../lib/story/lookup';
import { DateText } from './DateText';
import { LocalText } from './LocalText';
import type { I18nProps } from './types';

/**
 * What each statement rests on: kind, date, description and the chain of sources it
 * is known through. Links only where the pack has a real URL; none are invented.
 */
export function SourceList({ pack, lang, t }: I18nProps & { pack: StoryContent }) {
  return (
    <ol class="fl-sources">
      {pack.sources.map((source) => {
        const chain = viaChain(pack, source);
        const description = <LocalText text={source.description} lang={lang} />;
        return (
          <li class="fl-source" key={source.id} data-source={source.id}>
            <div class="fl-source__meta">
              <span class="fl-chip">{t(`sourceKind.${source.kind}`)}</span>
              {source.date && <DateText value={source.date} lang={lang} />}
            </div>
            <p class="fl-source__desc">
              {source.url ? (
                <a class="fl-link" href={source.url} target="_blank" rel="noopener noreferrer">
                  {description}
                  <span class="fl-vh"> {t('source.newTab')}</span>
                </a>
              ) : (
                description
              )}
            </p>
            {chain.length > 0 && (
              <p class="fl-source__via">
                {t('source.via', {
                  chain: chain.map((s) => t(`sourceKind.${s.kind}`)).join(' → '),
                })}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
