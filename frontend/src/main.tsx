// The global styles (tokens, base, layout) first: the components' and features' own styles follow and refine them.
import './design-system/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createQueryClient } from './app/queryClient';
import { createAppRouter } from './app/router';
import { initAuth } from './lib/auth';
import { initI18n } from './lib/i18n';

async function start() {
  await initI18n();
  // Before the router reads the address: Keycloak removes its login response from it.
  await initAuth();
  const queryClient = createQueryClient();
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
