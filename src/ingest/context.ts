import type { Fetcher } from "./fetch.js";
import type { ReadOptions } from "./types.js";

/** What every reader may need besides its input. */
export interface ReadContext {
  opts: ReadOptions;
  /** Fetches linked pages (feed items); injectable for tests. */
  fetcher: Fetcher;
}

/** Where a stream of bytes came from. */
export interface InputInfo {
  /** Path or URL, as drafts and rejections name it. */
  source: string;
  /** File name or URL path, for the extension; null for stdin. */
  name: string | null;
  /** HTTP Content-Type, for URLs. */
  contentType: string | null;
  /** The URL the bytes were fetched from (after redirects), for URLs. */
  url: string | null;
}
