import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../lib/i18n';
import { addSiteInput, type SiteInputError } from '../../lib/settings/site-input';
import { addSite, removeSite } from '../../lib/settings/sites';

export interface SiteListEditorProps {
  /** Names the list for assistive technology ("Sites Factline runs on"). */
  label: string;
  sites: readonly string[];
  /** Shown instead of an empty list. */
  empty: string;
  onChange(sites: string[]): void;
  t: Translate;
}

type Problem = { error: SiteInputError; input: string; site?: string; parent?: string };

/** What the reader is told after a change; a removal can be undone until the next change. */
type Notice = { kind: 'removed'; site: string } | { kind: 'added'; site: string } | null;

const ERRORS = {
  empty: 'settings.sites.errorEmpty',
  invalid: 'settings.sites.errorInvalid',
  notWeb: 'settings.sites.errorNotWeb',
  duplicate: 'settings.sites.errorDuplicate',
  covered: 'settings.sites.errorCovered',
} as const;

/** An editable list of sites: add (URL or hostname, checked), remove, undo the last removal. */
export function SiteListEditor({ label, sites, empty, onChange, t }: SiteListEditorProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const input = useRef<HTMLInputElement>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  // Where focus goes after the list re-renders: a site's Remove button, or the input.
  const focusNext = useRef<string | null>(null);

  useEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    focusNext.current = null;
    (buttons.current.get(target) ?? input.current)?.focus();
  });

  const add = (e: Event) => {
    e.preventDefault();
    const result = addSiteInput(sites, text);
    if (!result.ok) {
      setProblem({ ...result, input: text.trim().slice(0, 60) });
      input.current?.focus();
      return;
    }
    setProblem(null);
    setText('');
    setNotice({ kind: 'added', site: result.site });
    onChange(result.list);
  };

  const remove = (site: string, index: number) => {
    const next = removeSite(sites, site);
    // Focus stays in the list: the next site's button, else the previous one, else the input.
    focusNext.current = next[index] ?? next[index - 1] ?? '';
    setNotice({ kind: 'removed', site });
    onChange(next);
  };

  const undo = (site: string) => {
    focusNext.current = site;
    setNotice({ kind: 'added', site });
    onChange(addSite(sites, site));
  };

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const canUndo = notice?.kind === 'removed' && !sites.includes(notice.site);
  return (
    <div class="fl-sites">
      {sites.length > 0 ? (
        <ul class="fl-sites__list" aria-label={label}>
          {sites.map((site, i) => (
            <li class="fl-sites__item" key={site}>
              <span class="fl-sites__name">{site}</span>
              <button
                type="button"
                class="fl-btn fl-set-btn fl-set-btn--quiet"
                aria-label={t('settings.sites.removeLabel', { site })}
                ref={(el) => {
                  if (el) buttons.current.set(site, el);
                  else buttons.current.delete(site);
                }}
                onClick={() => remove(site, i)}
              >
                {t('settings.sites.remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="fl-sites__empty">{empty}</p>
      )}
      <div class="fl-sites__status" role="status">
        {canUndo ? (
          <span class="fl-toast">
            <span>{t('settings.sites.removed', { site: notice.site })}</span>
            <button
              type="button"
              class="fl-toast__btn"
              aria-label={t('settings.sites.undoLabel', { site: notice.site })}
              onClick={() => undo(notice.site)}
            >
              {t('settings.sites.undo')}
            </button>
          </span>
        ) : notice?.kind === 'added' ? (
          <span class="fl-vh">{t('settings.sites.added', { site: notice.site })}</span>
        ) : null}
      </div>
      <form class="fl-sites__add" onSubmit={add} noValidate>
        <label class="fl-sites__label" for={`${id}-input`}>
          {t('settings.sites.addLabel')}
        </label>
        <div class="fl-sites__row">
          <input
            id={`${id}-input`}
            ref={input}
            class="fl-set-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            autoCapitalize="none"
            spellcheck={false}
            placeholder="example.com"
            value={text}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${errorId} ${hintId}` : hintId}
            onInput={(e) => {
              setText(e.currentTarget.value);
              if (problem) setProblem(null);
            }}
          />
          <button type="submit" class="fl-btn fl-set-btn">
            {t('settings.sites.add')}
          </button>
        </div>
        {problem && (
          <p class="fl-sites__error" id={errorId} role="alert">
            {t(ERRORS[problem.error], {
              input: problem.input,
              site: problem.site ?? '',
              parent: problem.parent ?? '',
            })}
          </p>
        )}
        <p class="fl-set-hint" id={hintId}>
          {t('settings.sites.addHint')}
        </p>
      </form>
    </div>
  );
}
