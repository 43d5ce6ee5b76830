import type { Position, PositionStep, Question, StoryContent } from '../data/schema';
import { positionGrid, stanceChanges } from '../lib/story/positions';
import { localize } from '../lib/story/text';
import { useDates } from './dates';
import { useEntryJump } from './entry-jump';
import { LocalText } from './LocalText';
import { Sep } from './Sep';
import { StancePill } from './StancePill';
import type { I18nProps } from './types';

export interface PositionHistoryProps extends I18nProps {
  pack: StoryContent;
  /** Question ids to show, in this order (default: all, pack order). */
  questions?: readonly string[];
  /** Optional label per question, e.g. "On this page" on the card. */
  mark?: (question: Question) => string | undefined;
}

/**
 * Each principal party's stated position on each question as a dated trail: one table
 * per question, a row per party, its steps in date order (stance, date, a few words),
 * the latest step's statement under the trail. Each step is a button that shows the
 * timeline entry it comes from.
 */
export function PositionHistory({ pack, questions, mark, lang, t }: PositionHistoryProps) {
  const grid = positionGrid(pack, { questions });
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
                  <th scope="col">{t('positions.history')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ party, position }) => (
                  <tr class="fl-ptable__row" key={party.id} data-party={party.id}>
                    <th scope="row" class="fl-ptable__party">
                      <LocalText text={party.name} lang={lang} />
                    </th>
                    <td class="fl-ptable__cell">
                      {position && <Trail pack={pack} position={position} lang={lang} t={t} />}
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

/** One party's trail on one question, then its latest statement (or why it has none). */
function Trail({ position, lang, t }: I18nProps & { pack: StoryContent; position: Position }) {
  const last = position.steps.at(-1);
  if (!last) {
    return (
      <div class="fl-trail fl-trail--none">
        <StancePill stance="none" t={t} />
        {position.none && (
          <p class="fl-pos__text">
            <LocalText text={position.none} lang={lang} />
          </p>
        )}
      </div>
    );
  }
  const changes = stanceChanges(position);
  return (
    <div class="fl-trail">
      <ol class="fl-trail__steps" aria-label={t('positions.changes', { count: changes })}>
        {position.steps.map((step, i) => (
          <Step key={`${step.entry}-${i}`} step={step} latest={step === last} lang={lang} t={t} />
        ))}
      </ol>
      <p class="fl-pos__text">
        <span class="fl-pos__latest">{t('positions.latest')}:</span>{' '}
        <LocalText text={last.text} lang={lang} />
      </p>
    </div>
  );
}

function Step({ step, latest, lang, t }: I18nProps & { step: PositionStep; latest: boolean }) {
  const jump = useEntryJump();
  const dates = useDates(lang);
  const date = dates.short(step.date);
  const short = localize(step.short, lang);
  // the hidden commas keep the parts apart in the button's accessible name
  const body = (
    <>
      <span class="fl-step__date">{date}</span>
      <Sep />
      <StancePill stance={step.stance} t={t} />
      <Sep />
      <span class="fl-step__short" lang={short.lang === lang ? undefined : short.lang}>
        {short.value}
      </span>
    </>
  );
  return (
    <li class={latest ? 'fl-step fl-step--latest' : 'fl-step'} data-stance={step.stance}>
      {jump ? (
        <button type="button" class="fl-step__btn" onClick={() => jump.jump(step.entry)}>
          {body}
          <span class="fl-vh"> — {t('positions.showEntry', { date })}</span>
        </button>
      ) : (
        <span class="fl-step__btn">{body}</span>
      )}
    </li>
  );
}
