import type { RejectionReason } from "../core/errors.js";
import { errorMessage, formatBytes } from "./result.js";
import type { FetchOptions } from "./types.js";

export interface Fetched {
  ok: true;
  /** The URL that answered, after redirects. */
  url: string;
  status: number;
  contentType: string | null;
  bytes: Uint8Array;
}

export interface FetchFailure {
  ok: false;
  reason: Extract<RejectionReason, "http_error" | "timeout" | "network_error" | "too_large" | "unsupported_scheme">;
  detail: string;
}

export type FetchResult = Fetched | FetchFailure;

/** Fetches one URL; never throws. */
export type Fetcher = (url: string) => Promise<FetchResult>;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8";

/** A fetcher with fixed options. */
export function createFetcher(opts: FetchOptions): Fetcher {
  return (url) => fetchUrl(url, opts);
}

/** True for http: and https: URLs. */
export function isHttpUrl(url: URL): boolean {
  return url.protocol === "http:" || url.protocol === "https:";
}

function fail(reason: FetchFailure["reason"], detail: string): FetchFailure {
  return { ok: false, reason, detail };
}

/**
 * GETs a URL: redirects followed by hand (at most `maxRedirects`), each request limited to
 * `timeoutMs` (body included), the body streamed and given up past `maxBytes`.
 */
export async function fetchUrl(url: string, opts: FetchOptions): Promise<FetchResult> {
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    return fail("network_error", `not a valid URL: ${url}`);
  }
  for (let redirects = 0; ; redirects++) {
    if (!isHttpUrl(current)) return fail("unsupported_scheme", `${current.protocol} URL ${redirects ? "redirected to" : "given"}: ${current.href} (only http and https are fetched)`);
    const hop = await requestOnce(current, opts);
    if (hop.kind !== "redirect") return hop.result;
    if (redirects >= opts.maxRedirects) {
      return fail("http_error", `too many redirects: more than ${opts.maxRedirects} (HTTP ${hop.status} from ${current.href} to ${hop.location})`);
    }
    current = new URL(hop.location, current);
  }
}

type Hop = { kind: "redirect"; status: number; location: string } | { kind: "done"; result: FetchResult };

/** One request: a redirect to follow, or the final result. */
async function requestOnce(url: URL, opts: FetchOptions): Promise<Hop> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, opts.timeoutMs);
  try {
    const response = await fetch(url, {
      redirect: "manual",
      signal: controller.signal,
      headers: { "user-agent": opts.userAgent, accept: ACCEPT },
    });
    return await handleResponse(response, url, opts, controller);
  } catch (error) {
    return { kind: "done", result: timedOut ? fail("timeout", `no complete answer from ${url.href} within ${opts.timeoutMs} ms`) : networkFailure(error, url) };
  } finally {
    clearTimeout(timer);
  }
}

async function handleResponse(response: Response, url: URL, opts: FetchOptions, controller: AbortController): Promise<Hop> {
  if (REDIRECTS.has(response.status)) {
    await response.body?.cancel();
    const location = response.headers.get("location");
    if (!location) return { kind: "done", result: fail("http_error", `HTTP ${response.status} redirect without a Location header from ${url.href}`) };
    return { kind: "redirect", status: response.status, location };
  }
  if (response.status < 200 || response.status > 299) {
    await response.body?.cancel();
    const text = response.statusText ? ` ${response.statusText}` : "";
    return { kind: "done", result: fail("http_error", `HTTP ${response.status}${text} from ${url.href}`) };
  }
  const body = await readBody(response, opts.maxBytes, controller);
  if (!body.ok) return { kind: "done", result: fail("too_large", `the response from ${url.href} is larger than ${formatBytes(opts.maxBytes)} (${body.seen})`) };
  const result: Fetched = { ok: true, url: url.href, status: response.status, contentType: response.headers.get("content-type"), bytes: body.bytes };
  return { kind: "done", result };
}

type Body = { ok: true; bytes: Uint8Array } | { ok: false; seen: string };

/** Reads a response body, aborting the request once it grows past `max` bytes. */
async function readBody(response: Response, max: number, controller: AbortController): Promise<Body> {
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > max) {
    controller.abort();
    return { ok: false, seen: `Content-Length: ${declared}` };
  }
  if (!response.body) return { ok: true, bytes: new Uint8Array() };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { ok: true, bytes: Buffer.concat(chunks) };
    size += value.length;
    if (size > max) {
      controller.abort();
      return { ok: false, seen: `stopped after ${size} bytes` };
    }
    chunks.push(value);
  }
}

/** Maps a fetch exception (DNS, refused connection, reset…) to a network_error rejection. */
function networkFailure(error: unknown, url: URL): FetchFailure {
  const cause = error instanceof Error ? (error as Error & { cause?: unknown }).cause : undefined;
  const code = cause && typeof cause === "object" && "code" in cause ? String(cause.code) : null;
  const message = cause instanceof Error ? cause.message : errorMessage(error);
  if (code === "UND_ERR_CONNECT_TIMEOUT" || code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT") {
    return fail("timeout", `${url.host}: ${message} (${code})`);
  }
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return fail("network_error", `DNS lookup failed for ${url.hostname} (${code})`);
  if (code === "ECONNREFUSED") return fail("network_error", `connection refused by ${url.host} (ECONNREFUSED)`);
  return fail("network_error", `request to ${url.href} failed: ${message}${code ? ` (${code})` : ""}`);
}
