import { useId, useState } from 'preact/hooks';
import type { I18nProps } from '../../components/types';
import type { TabState } from '../../lib/messages';
import type { PageActions, PageStatus } from './use-page-status';

export interface OnThisPageProps extends I18nProps, PageActions {
  status: PageStatus;
}

/** Passages listed before "Show all". */
const FIRST = 5;

/** "On this page": what Factline found in the active tab, and what the reader can do about it. */
export function OnThisPage({ status, lang: _lang, t, ...actions }: OnThisPageProps) {
  const id = useId();
  return (
    <section class="fl-otp" aria-labelledby={`${id}-h`} aria-busy={status.kind === 'loading'}>
      {/* A labelled region, not a heading: the popup's outline stays h1 (story) then h2s. */}
      <p class="fl-otp__title" id={`${id}-h`}>
        {t('popup.onThisPage')}
      </p>
      {status.kind === 'loading' && <p class="fl-otp__quiet">{t('popup.loading')}</p>}
      {status.kind === 'unsupported' && <p class="fl-otp__quiet">{t('popup.notHttp')}</p>}
      {status.kind === 'error' && <p class="fl-otp__quiet">{t('popup.error')}</p>}
      {status.kind === 'ready' && <Ready status={status} t={t} {...actions} />}
    </section>
  );
}

type Ready = Extract<PageStatus, { kind: 'ready' }>;

function Ready({
  status,
  t,
  ...actions
}: Omit<OnThisPageProps, 'status' | 'lang'> & { status: Ready }) {
  const { state, siteOff, site, busy, checked } = status;
  const found = state?.story && state.suppressed !== 'site-off' ? state : null;
  return (
    <>
      {siteOff && (
        <div class="fl-otp__notice" role="status">
          <p class="fl-p">{t('popup.siteOff', { site })}</p>
          <button type="button" class="fl-btn" disabled={busy} onClick={actions.turnOn}>
            {t('popup.turnOn', { site })}
          </button>
        </div>
      )}
      {found ? (
        <Found state={found} t={t} busy={busy} {...actions} />
      ) : (
        <div class="fl-otp__check">
          <p class="fl-otp__quiet" role={checked ? 'status' : undefined}>
            {checked ? t('popup.nothingFound') : t('popup.notChecked')}
          </p>
          <button
            type="button"
            class="fl-btn fl-otp__btn--primary"
            disabled={busy}
            onClick={actions.check}
          >
            {busy ? t('popup.checking') : t('popup.check')}
          </button>
        </div>
      )}
    </>
  );
}

interface FoundProps extends PageActions {
  state: TabState;
  busy: boolean;
  t: OnThisPageProps['t'];
}

function Found({ state, busy, t, goToPassage, setCardVisible }: FoundProps) {
  const id = useId();
  const [all, setAll] = useState(false);
  const list = all ? state.passages : state.passages.slice(0, FIRST);
  return (
    <>
      <p class="fl-otp__strength" data-strength={state.strength}>
        {state.strength === 'primary' ? t('popup.primary') : t('popup.passing')}
      </p>
      <div class="fl-otp__toggle">
        <span id={`${id}-card`}>{t('popup.card')}</span>
        <button
          type="button"
          role="switch"
          class="fl-switch"
          aria-checked={state.cardVisible}
          aria-labelledby={`${id}-card`}
          disabled={busy}
          onClick={() => setCardVisible(!state.cardVisible)}
        >
          <span class="fl-switch__track" aria-hidden="true">
            <span class="fl-switch__thumb" />
          </span>
          <span class="fl-switch__state" aria-hidden="true">
            {state.cardVisible ? t('popup.cardShown') : t('popup.cardHidden')}
          </span>
        </button>
      </div>
      {state.passages.length > 0 && (
        <>
          <p class="fl-otp__sub" id={`${id}-p`}>
            {t('popup.passagesFound', { count: state.passages.length })}
          </p>
          <ol class="fl-otp__passages" aria-labelledby={`${id}-p`}>
            {list.map((p, i) => (
              <li key={i}>
                <button
                  type="button"
                  class="fl-otp__passage"
                  title={t('popup.passageLabel', { n: i + 1 })}
                  onClick={() => goToPassage(i)}
                >
                  <span class="fl-vh">{t('popup.passageLabel', { n: i + 1 })}: </span>
                  <span class="fl-otp__passage-text">{p.text}</span>
                </button>
              </li>
            ))}
          </ol>
          {!all && state.passages.length > FIRST && (
            <button type="button" class="fl-otp__more" onClick={() => setAll(true)}>
              {t('popup.showAllPassages', { count: state.passages.length })}
            </button>
          )}
        </>
      )}
    </>
  );
}
