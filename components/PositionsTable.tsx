import type { Question, StoryContent } from '../data/schema';
import { positionGrid } from '../lib/story/positions';
import { LocalText } from './LocalText';
import { PositionStatement } from './PositionStatement';
import type { I18nProps } from './types';

export interface PositionsTableProps extends I18nProps {
  pack: StoryContent;
  /** Question ids to show, in this order (default: all, pack order). */
  questions?: readonly string[];
  /** Party ids to show, in this order (default: all, pack order). */
  parties?: readonly string[];
  /** Optional label per question, e.g. "Mentioned on this page" on the card. */
  mark?: (question: Question) => string | undefined;
}

/**
 * Each party's stated position, one table per question with parties as rows: two
 * columns fit the popup's 400 px, and below ~330 px the rows restack as cards (CSS).
 */
export function PositionsTable({ pack, questions, parties, mark, lang, t }: PositionsTableProps) {
  const grid = positionGrid(pack, { questions, parties });
  return (
    <div class="fl-positions">
      {grid.map(({ question, rows }) => {
        const label = mark?.(question);
        return (
          <div class="fl-qblock" key={question.id} data-question={question.id}>
            <table class="fl-ptable">
              <caption class="fl-ptable__caption">
                <LocalText text={question.text} lang={lang} />
                {label && <span class="fl-mark">{label}</span>}
              </caption>
              <colgroup>
                <col class="fl-ptable__col-party" />
                <col />
              </colgroup>
              <thead class="fl-vh">
                <tr>
                  <th scope="col">{t('positions.party')}</th>
                  <th scope="col">{t('positions.statement')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ party, position }) => (
                  <tr class="fl-ptable__row" key={party.id} data-party={party.id}>
                    <th scope="row" class="fl-ptable__party">
                      <LocalText text={party.name} lang={lang} />
                    </th>
                    <td class="fl-ptable__cell">
                      {position && (
                        <PositionStatement pack={pack} position={position} lang={lang} t={t} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}
