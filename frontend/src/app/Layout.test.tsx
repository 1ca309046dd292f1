import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '../lib/i18n';
import { baseRoutes, fakeApi, present, session } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';

afterEach(async () => {
  await changeLanguage('sv');
});

describe('layout', () => {
  it('has the landmarks, a skip link to main and the start page heading', async () => {
    // The public start page: a logged-in caller gets their overview there instead.
    fakeApi(baseRoutes(session({ authenticated: false })));
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Samverkan' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Huvudmeny' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Hoppa till innehållet' })).toHaveAttribute('href', '#main');
  });

  it('switches the language to English and back', async () => {
    fakeApi(baseRoutes());
    const user = userEvent.setup();
    renderApp('/organisations');
    expect(await screen.findByRole('heading', { level: 1, name: 'Organisationer' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Organisations' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    await user.click(screen.getByRole('button', { name: 'Svenska' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Organisationer' })).toBeInTheDocument();
  });

  it('marks the current section in the navigation and moves focus to the new heading', async () => {
    fakeApi(baseRoutes(session({ authenticated: false })));
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Samverkan' });
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    const link = present(Array.from(nav.querySelectorAll('a')).find((a) => a.textContent === 'Organisationer'));
    await user.click(link);
    const heading = await screen.findByRole('heading', { level: 1, name: 'Organisationer' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(link).toHaveAttribute('aria-current', 'page');
    expect(document.title).toBe('Organisationer – Samverkan');
  });

  it('shows a not-found page for unknown addresses', async () => {
    fakeApi(baseRoutes());
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeInTheDocument();
  });
});
