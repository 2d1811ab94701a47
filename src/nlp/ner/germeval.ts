/**
 * The GermEval 2014 format: a `#` line with the source before each sentence,
 * then one line per token `index<TAB>token<TAB>outer<TAB>inner`, and a blank
 * line after the sentence.
 */
import { repairBio, tagType } from "./labels.js";

export interface GermEvalRow {
  index: string;
  token: string;
  outer: string;
  inner: string;
}

export interface GermEvalSentence {
  /** The `#` line without the leading "#\t" (source URL and date), or "" when absent. */
  comment: string;
  rows: GermEvalRow[];
}

/** Parses a GermEval 2014 file; malformed lines (fewer than 3 columns) throw with their line number. */
export function parseGermEval(text: string): GermEvalSentence[] {
  const sentences: GermEvalSentence[] = [];
  let current: GermEvalSentence | null = null;
  text.split(/\r?\n/u).forEach((line, n) => {
    if (line.trim() === "") {
      if (current && current.rows.length > 0) sentences.push(current);
      current = null;
      return;
    }
    if (line.startsWith("#")) {
      if (current && current.rows.length > 0) sentences.push(current);
      current = { comment: line.replace(/^#\t?/u, ""), rows: [] };
      return;
    }
    const cols = line.split("\t");
    if (cols.length < 3) throw new Error(`line ${n + 1}: expected index, token and tag separated by tabs, got "${line.slice(0, 60)}"`);
    current ??= { comment: "", rows: [] };
    current.rows.push({ index: cols[0], token: cols[1], outer: cols[2], inner: cols[3] ?? "O" });
  });
  if (current !== null && (current as GermEvalSentence).rows.length > 0) sentences.push(current);
  return sentences;
}

/**
 * GermEval tags mapped to the output tag set: OTH becomes MISC; derivations
 * ("B-LOCderiv": "französischen") and compounds containing a name
 * ("B-ORGpart": "EU-Mitglied") are not mentions and become O.
 */
export function mapGermEvalTags(tags: readonly string[]): string[] {
  return repairBio(
    tags.map((tag) => {
      const type = tagType(tag);
      if (type === null || type.endsWith("deriv") || type.endsWith("part")) return "O";
      return `${tag[0]}-${type === "OTH" ? "MISC" : type}`;
    }),
  );
}

/** Writes sentences back in GermEval format with `outer` replaced by the given tags. */
export function formatGermEval(sentences: readonly GermEvalSentence[], outer: readonly (readonly string[])[]): string {
  const parts: string[] = [];
  sentences.forEach((sentence, s) => {
    if (sentence.comment) parts.push(`#\t${sentence.comment}`);
    sentence.rows.forEach((row, i) => parts.push([row.index, row.token, outer[s][i] ?? "O", row.inner].join("\t")));
    parts.push("");
  });
  return parts.join("\n") + "\n";
}
