import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import texts from './vite-plugin-texts.ts';

/** Where the dev and preview servers send /api (the Quarkus API). */
const apiUrl = process.env.SAMVERKAN_API_URL ?? 'http://localhost:8080';

const proxy = {
  '/api': { target: apiUrl, changeOrigin: false },
};

export default defineConfig({
  plugins: [react(), texts()],
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 4173, strictPort: true, proxy },
  // The manifest lets scripts/check-bundle-budget.mjs find what the first page loads.
  build: { manifest: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // Typing with user-event is slow on a busy machine; a test that really hangs still fails.
    testTimeout: 20_000,
  },
});
