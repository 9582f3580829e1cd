import type { IncomingMessage, ServerResponse } from "node:http";
import type { FastifyInstance } from "fastify";
import helmet, { type HelmetOptions } from "helmet";

/**
 * helmet's security headers, computed once at start and set on every response. @fastify/helmet
 * builds the helmet middleware anew on each request (CSP directives parsed every time): ~90 µs,
 * more than the whole SQL of a regions page. Our headers never vary per request (no CSP nonces)
 * except by the request's scheme, so two sets are computed.
 *
 * HSTS and the CSP's `upgrade-insecure-requests` go only with requests that came over HTTPS
 * (directly, or through a trusted proxy's X-Forwarded-Proto: `request.protocol`). Most
 * government intranets reach the app by plain HTTP at a host name (http://xinqiao.intranet:3000);
 * there the upgrade directive made the browser fetch every asset over https and show a blank
 * page, and HSTS would pin the host to an https that does not exist.
 */
export function registerSecurityHeaders(app: FastifyInstance, options: HelmetOptions): void {
  const { secure, plain } = securityHeaderSetsOf(options);
  app.addHook("onRequest", (request, reply, done) => {
    reply.headers(request.protocol === "https" ? secure : plain);
    done();
  });
}

/** The headers for HTTPS requests, and the same without HSTS and the upgrade for plain HTTP. */
export function securityHeaderSetsOf(options: HelmetOptions): {
  secure: Record<string, string>;
  plain: Record<string, string>;
} {
  const secure = securityHeadersOf(options);
  const { "strict-transport-security": _hsts, ...plain } = secure;
  const csp = secure["content-security-policy"];
  if (csp) {
    plain["content-security-policy"] = csp
      .split(";")
      .filter((directive) => directive.trim() !== "upgrade-insecure-requests")
      .join(";");
  }
  return { secure, plain };
}

export function securityHeadersOf(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let failure: unknown = null;
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    failure = error ?? null;
  });
  if (failure) throw failure;
  return headers;
}
