/** Entity normalisation: canonical names and stable ids for entity mentions. */
export { normaliseMentions, bareName } from "./normalise.js";
export { canonicalKey } from "./id.js";
export { matchKey, foldName, slugify } from "./fold.js";
