import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** Where the dev and preview servers send /api (the Quarkus API). */
const apiUrl = process.env.SAMVERKAN_API_URL ?? 'http://localhost:8080';

const proxy = {
  '/api': { target: apiUrl, changeOrigin: false },
};

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 4173, strictPort: true, proxy },
  build: {
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react-aria', test: /node_modules[\\/](react-aria|react-stately|@react-aria|@react-stately|@react-types|@internationalized)/ },
            { name: 'vendor', test: /node_modules/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // Typing with user-event is slow on a busy machine; a test that really hangs still fails.
    testTimeout: 20_000,
  },
});
