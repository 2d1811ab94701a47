/** Quotation finding and attribution: the public entry points. */
export { findQuotes, type FindQuotesOptions } from "./find.js";
export { quotesStage } from "./stage.js";
