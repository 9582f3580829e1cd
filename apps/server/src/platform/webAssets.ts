import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** Vite names every file under assets/ by a hash of its content: a changed file is a new URL. */
export const hashedAssetCaching = "public, max-age=31536000, immutable";
/** index.html names the current hashed files, so the browser revalidates it (ETag) on every load. */
export const pageCaching = "no-cache";

const precompressedCopy = /\.(br|gz)$/;

/**
 * Serves the built web app. With `compressionAndCaching` (the default) the brotli/gzip copies the
 * build wrote beside each file are sent to browsers that accept them, and hashed assets are
 * cached for a year; turned off, files go out as they are with `max-age=0`, the way they did
 * before, which `npm run bench:web` measures against.
 */
export async function registerWebApp(
  app: FastifyInstance,
  webRoot: string,
  { compressionAndCaching }: { compressionAndCaching: boolean },
): Promise<void> {
  const assetsFolder = path.join(webRoot, "assets") + path.sep;
  // The .br/.gz copies are representations of their file, not resources of their own.
  const allowedPath = (pathname: string) => !precompressedCopy.test(pathname);
  if (!compressionAndCaching) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false, allowedPath });
    return;
  }
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    allowedPath,
    preCompressed: true,
    cacheControl: false,
    // `filePath` is the file actually sent: `assets/x-HASH.js.br` for a brotli answer.
    setHeaders: (response, filePath) => {
      response.setHeader(
        "cache-control",
        filePath.startsWith(assetsFolder) ? hashedAssetCaching : pageCaching,
      );
      response.setHeader("vary", "accept-encoding");
    },
  });
}
