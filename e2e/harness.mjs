// A tiny browser-test harness: named async tests, one fresh browser context each, a screenshot
// in e2e/artifacts/ when a test fails, and a pass/fail count for the runner's summary line.
import { mkdirSync } from "node:fs";
import path from "node:path";

export function createSuite() {
  const tests = [];
  return {
    test(name, fn) {
      tests.push({ name, fn });
    },
    async run({ browser, baseUrl, artifactsDir, only }) {
      mkdirSync(artifactsDir, { recursive: true });
      let passed = 0;
      let failed = 0;
      for (const { name, fn } of tests) {
        if (only && !name.includes(only)) continue;
        const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } });
        context.setDefaultTimeout(15_000);
        const page = await context.newPage();
        const consoleErrors = [];
        page.on("console", (message) => {
          if (message.type() === "error") consoleErrors.push(message.text());
        });
        page.on("pageerror", (error) => consoleErrors.push(String(error)));
        const started = Date.now();
        try {
          await fn({ page, context, baseUrl, artifactsDir });
          passed += 1;
          console.info(`  ✓ ${name} (${Date.now() - started} ms)`);
          // Expected 401/4xx answers show up as "Failed to load resource"; anything else is worth a look.
          const unexpected = consoleErrors.filter((text) => !text.startsWith("Failed to load resource"));
          if (unexpected.length > 0)
            console.info(`    browser errors:\n      ${unexpected.join("\n      ")}`);
        } catch (error) {
          failed += 1;
          const file = path.join(artifactsDir, `${slug(name)}.png`);
          await page.screenshot({ path: file, fullPage: true }).catch(() => {});
          console.info(`  ✗ ${name} (${Date.now() - started} ms)`);
          console.info(
            `    ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`.replaceAll(
              "\n",
              "\n    ",
            ),
          );
          console.info(`    url: ${page.url()}`);
          console.info(`    screenshot: ${path.relative(process.cwd(), file)}`);
          if (consoleErrors.length > 0)
            console.info(`    browser errors:\n      ${consoleErrors.join("\n      ")}`);
        } finally {
          await context.close().catch(() => {});
        }
      }
      return { passed, failed };
    },
  };
}

function slug(name) {
  return (
    name
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 80) || "test"
  );
}

export class AssertionError extends Error {}

export function assert(condition, message) {
  if (!condition) throw new AssertionError(message);
}
