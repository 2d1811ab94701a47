/**
 * Language identification with eld (Efficient Language Detector, medium
 * n-gram database, preloaded). eld reads at most 1,000 characters per call, so
 * the first ~2,000 characters are detected in two halves and the scores
 * averaged, weighted by length.
 */
import { eld } from "eld/medium";

export interface LanguageGuess {
  /** ISO 639-1 code, or null when undetermined. */
  language: string | null;
  /** 0–1: eld's score for the language (0 when nothing in the text supports it). */
  confidence: number;
}

const SAMPLE_CHARS = 2000;
const CHUNK_CHARS = 1000;
const ISO_639_1 = /^[a-z]{2}$/u;

const detector = eld.newInstance();
detector.enableTextCleanup(true);

interface ChunkResult {
  weight: number;
  language: string;
  reliable: boolean;
  scores: Record<string, number>;
}

/**
 * Detects the language of `text` from its first ~2,000 characters. When eld
 * finds no reliable answer (short or odd text), the declared language (e.g.
 * from `<html lang>`, normalised to ISO 639-1) is used if given; otherwise null.
 */
export function detectLanguage(text: string, declared?: string | null): LanguageGuess {
  const fallback = normaliseLanguage(declared);
  const chunks = sampleChunks(text).map(detectChunk);
  const scores = averageScores(chunks);
  const best = topLanguage(scores);
  const reliable = best !== null && chunks.some((c) => c.language === best && c.reliable);
  if (reliable) return { language: best, confidence: scores[best] };
  if (fallback) return { language: fallback, confidence: scores[fallback] ?? 0 };
  return { language: null, confidence: 0 };
}

/** "de-DE", "DE", "de_AT" → "de"; anything that is not a two-letter code → null. */
export function normaliseLanguage(tag: string | null | undefined): string | null {
  const primary = (tag ?? "").trim().toLowerCase().split(/[-_]/u)[0];
  return ISO_639_1.test(primary) ? primary : null;
}

/** The first SAMPLE_CHARS characters, whitespace folded, cut at spaces into chunks of at most CHUNK_CHARS. */
function sampleChunks(text: string): string[] {
  const sample = text.slice(0, SAMPLE_CHARS).replace(/\s+/gu, " ").trim();
  const chunks: string[] = [];
  let rest = sample;
  while (rest.length > 0) {
    const cut = rest.length <= CHUNK_CHARS ? rest.length : rest.lastIndexOf(" ", CHUNK_CHARS);
    const end = cut > 0 ? cut : CHUNK_CHARS;
    chunks.push(rest.slice(0, end));
    rest = rest.slice(end).trimStart();
  }
  return chunks;
}

function detectChunk(chunk: string): ChunkResult {
  const result = detector.detect(chunk);
  return { weight: chunk.length, language: result.language, reliable: result.isReliable(), scores: result.getScores() };
}

function averageScores(chunks: readonly ChunkResult[]): Record<string, number> {
  const total = chunks.reduce((sum, c) => sum + c.weight, 0);
  const scores: Record<string, number> = {};
  for (const chunk of chunks) {
    for (const [language, score] of Object.entries(chunk.scores)) {
      scores[language] = (scores[language] ?? 0) + (score * chunk.weight) / total;
    }
  }
  return scores;
}

function topLanguage(scores: Record<string, number>): string | null {
  let best: string | null = null;
  for (const [language, score] of Object.entries(scores)) {
    if (ISO_639_1.test(language) && (best === null || score > scores[best])) best = language;
  }
  return best;
}
