import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const MAIN = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `lagebild` command (TypeScript sources through tsx) and waits for it. */
export function runCli(args: string[], opts: { input?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const result = spawnSync(process.execPath, ["--import", "tsx", MAIN, ...args], {
    cwd: ROOT,
    input: opts.input,
    encoding: "utf8",
    env: { ...process.env, ...opts.env },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts `lagebild` in the background (for crash tests). */
export function startCli(args: string[]) {
  return spawn(process.execPath, ["--import", "tsx", MAIN, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
}
