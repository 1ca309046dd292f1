import { createMemoryHistory } from '@tanstack/react-router';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../app/App';
import { createQueryClient } from '../app/queryClient';
import { createAppRouter } from '../app/router';
import { baseRoutes, fakeApi, present, type FakeRoute, type session } from './fakeApi';

/** The whole app (router, providers, layout) at one address, against whatever fetch is stubbed. */
export function renderApp(path: string) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } });
  const router = createAppRouter({ queryClient, history: createMemoryHistory({ initialEntries: [path] }) });
  const result = render(<App router={router} queryClient={queryClient} />);
  return { ...result, router, queryClient };
}

/**
 * A page of the app against a fake API that answers `routes` and what every page needs (for `me`, a coordinator
 * unless told), with a user to act on it; `api` has the requests it received.
 */
export function renderPage(path: string, routes: FakeRoute[], me?: ReturnType<typeof session>) {
  const api = fakeApi([...routes, ...baseRoutes(me)]);
  const user = userEvent.setup();
  return { api, user, ...renderApp(path) };
}

/** Opens the disclosure whose summary reads `summary` and gives its content. */
export async function openDisclosure(user: ReturnType<typeof userEvent.setup>, summary: string) {
  const element = await screen.findByText(summary);
  await user.click(element);
  return within(present(element.closest('details'), `the disclosure "${summary}"`));
}
