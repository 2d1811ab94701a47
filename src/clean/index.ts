/** The furniture cleaner: removes site furniture from scraped article text, line by line. */
export { cleanText } from "./clean.js";
export { foldLine, lineKey, lineKeys, matchForm, splitLines, type SourceLine } from "./lines.js";
export { RECURRING, isRecurring } from "./evidence.js";
export { cleanStage, type CleanContext } from "./stage.js";
export type { CleanOptions, CleanResult, FurnitureCategory, FurnitureLexicon, LineCategory } from "./types.js";
