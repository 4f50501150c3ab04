import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative base: the build works from any sub-path on any static host.
  base: './',
  plugins: [react()],
  // A static host should send Access-Control-Allow-Origin so that a frame sandboxed without
  // allow-same-origin (an opaque origin) can load the module scripts; preview does, for the tests.
  preview: {
    cors: true,
  },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    globals: false,
  },
});
