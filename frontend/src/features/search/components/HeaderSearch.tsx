import { useNavigate, useRouterState } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paths, toSearch } from '../../../lib/links';
import '../styles.css';

/** The search box in the site's header: Enter (or the button) opens the search page with the words. */
export function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const labelId = useId();
  const current = useRouterState({
    select: (state) =>
      state.location.pathname === paths.search ? ((state.location.search as { q?: string }).q ?? '') : '',
  });
  const [text, setText] = useState(current);
  // When the address's words change (another search, another page), the box shows them: adjusted while rendering.
  const [shown, setShown] = useState(current);
  if (shown !== current) {
    setShown(current);
    setText(current);
  }
  const go = (value: string = text) => {
    const q = value.trim();
    if (q) void navigate({ href: toSearch({ q }) });
  };
  return (
    <form
      role="search"
      aria-labelledby={labelId}
      className="header-search"
      onSubmit={(event) => {
        event.preventDefault();
        go();
      }}
    >
      <span id={labelId} className="visually-hidden">
        {t('search.header.label')}
      </span>
      {/* A native search box: the header is on the first page, and react-aria's field would add its form code there. */}
      <input
        type="search"
        aria-labelledby={labelId}
        className="ds-input header-search-field"
        placeholder={t('search.header.placeholder')}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="ds-button ds-button--secondary">
        {t('search.header.submit')}
      </button>
    </form>
  );
}
