/** Shared by the benchmark runners: the page list written by bench/extract.mjs, read the same way by every runner. */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

/** The pages ({path, url}) listed in the JSON file named by the first argument. */
export function pageList() {
  return JSON.parse(readFileSync(process.argv[2], "utf8"));
}

/** The bytes of a page, gunzipped when it is gzip data. */
export function pageBytes(path) {
  const bytes = readFileSync(path);
  return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
}

/** Prints the runner's result as one JSON line: pages done, failures, characters of text, time in the loop, CPU time, peak RSS. */
export function finish(result) {
  const usage = process.resourceUsage();
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  process.stdout.write(JSON.stringify({ ...result, cpuMs, maxRssKb: usage.maxRSS }) + "\n");
}
