// The global styles (tokens, base, layout) first: the components' and features' own styles follow and refine them.
import './design-system/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createQueryClient } from './app/queryClient';
import { createAppRouter } from './app/router';
import { initAuth, isLoginResponse, onLoginChange } from './lib/auth';
import { initI18n } from './lib/i18n';

async function start() {
  await initI18n();
  // The session check runs in the background: public pages render at once. Only Keycloak's answer to a login waits
  // for it, because Keycloak takes that answer out of the address, which the router must not read first.
  const auth = initAuth();
  if (isLoginResponse(window.location.hash)) await auth;
  const queryClient = createQueryClient();
  // A session found after the first page was shown (or one that ended): what was read anonymously is read again.
  onLoginChange(() => void queryClient.invalidateQueries());
  const router = createAppRouter({ queryClient });
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App router={router} queryClient={queryClient} />
    </StrictMode>,
  );
}

void start();
