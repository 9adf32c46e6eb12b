import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

export default defineConfig(({ command }) => ({
  // svelteTesting() is for component tests only: in a build it would resolve Svelte's
  // server entry and the app could not mount (browser tests build the real app).
  plugins: [svelte(), ...(command === 'serve' && process.env.VITEST ? [svelteTesting()] : [])],
  server: { port: 5173, strictPort: false },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
}));
