import { defineConfig } from "vitest/config";

/** Unit tests of the web's pure modules (no DOM): npx vitest run --config apps/web/vitest.config.ts */
export default defineConfig({
  test: { root: import.meta.dirname, include: ["src/**/*.test.ts"], environment: "node" },
});
