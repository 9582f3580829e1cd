import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["apps/server/**/*.test.ts", "packages/shared/**/*.test.ts"],
    globalSetup: ["apps/server/test/globalSetup.ts"],
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
