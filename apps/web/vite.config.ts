import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

/** The web app is served by the API server from apps/web/dist; in development Vite proxies to it. */
const apiServer = "http://127.0.0.1:3000";

/**
 * `@xinqiao/shared` is imported through its index, whose schemas are built at module level
 * (`z.object(...)` calls the bundler must assume to have effects). Only the zod locale really
 * installs something, so every other file may be dropped when nothing of it is used: the login
 * page then carries the login schema, not every registry's.
 */
function sharedWithoutSideEffects(): Plugin {
  return {
    name: "xinqiao:shared-side-effects",
    transform: {
      filter: { id: /packages\/shared\/src\/(?!index\.ts$|zodLocale\.ts$).*\.ts$/ },
      handler: () => ({ moduleSideEffects: false }),
    },
  };
}

/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible output file, at the strongest
 * settings: the server sends them as they are (@fastify/static `preCompressed`), so the cost is
 * paid once per build instead of on every request. Files under 1 KB or that would not shrink are
 * left alone. Plain node:zlib, so no dependency is added for it.
 */
function precompress(): Plugin {
  const compressible = /\.(js|mjs|css|html|svg|json|txt)$/;
  const brotli = promisify(brotliCompress);
  const gzipAsync = promisify(gzip);
  return {
    name: "xinqiao:precompress",
    apply: "build",
    async writeBundle(options, bundle) {
      const outDir = options.dir ?? "dist";
      const files = Object.keys(bundle).filter((name) => compressible.test(name));
      await Promise.all(
        files.map(async (name) => {
          const file = path.join(outDir, name);
          const content = await readFile(file);
          if (content.length < 1024) return;
          const [br, gz] = await Promise.all([
            brotli(content, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
              },
            }),
            gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          if (br.length < content.length) await writeFile(`${file}.br`, br);
          if (gz.length < content.length) await writeFile(`${file}.gz`, gz);
        }),
      );
    },
  };
}

export default defineConfig({
  plugins: [react(), sharedWithoutSideEffects(), precompress()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // React and the router are on every screen and change only with an upgrade: in a chunk
          // of their own, a release of the app does not make browsers fetch them again. (A group
          // for antd would put every component, the tables' and pickers' too, on the login page.)
          groups: [{ name: "react", test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ }],
        },
      },
    },
  },
  server: {
    proxy: {
      "/api": { target: apiServer, changeOrigin: false },
      "/healthz": { target: apiServer, changeOrigin: false },
    },
  },
});
