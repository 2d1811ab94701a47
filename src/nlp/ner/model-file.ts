/**
 * The model file: gzip of a small binary container.
 *
 *   "LBNER1\n" | u32 header length | header JSON | sections in header order
 *
 * Sections: `weights` (sparse: for each non-zero bucket the gap to the
 * previous one as a varint, a byte with one bit per non-zero tag, then an
 * int16 per such tag; values are quantised with the header's `scale`),
 * `transitions` (float32, little-endian), `gazetteer`, `clusters` and
 * `charmodel` and `profiles` (UTF-8 lines, see gazetteer.ts, clusters.ts,
 * charlm.ts and profiles.ts), `nouns` (the name and version of the noun
 * lexicon the features use, noun-lexicon.ts; its words are read from their
 * package). A file without a section reads as without it, and unknown
 * sections are skipped.
 */
import { gunzipSync, gzipSync } from "node:zlib";
import { lagebildError } from "../../core/errors.js";
import { germanNounForms, NOUN_LEXICON_SOURCE } from "../../lang/de/noun-lexicon.js";
import { parseCharModel, serialiseCharModel } from "./charlm.js";
import { parseClusters, serialiseClusters } from "./clusters.js";
import { parseGazetteer, serialiseGazetteer } from "./gazetteer.js";
import { TAGS } from "./labels.js";
import { parseProfiles, serialiseProfiles } from "./profiles.js";
import { TAG_COUNT, type NerModel } from "./model.js";

const MAGIC = "LBNER1\n";
const VERSION = 2;

interface Header {
  version: number;
  bits: number;
  tags: string[];
  scale: number;
  entityBias: number[];
  info: Record<string, unknown>;
  sections: { name: string; bytes: number }[];
}

/** Serialises a model to the gzipped file format. */
export function serialiseModel(model: NerModel): Buffer {
  const scale = weightScale(model.weights);
  const sections: [string, Buffer][] = [
    ["weights", encodeWeights(model.weights, scale)],
    ["transitions", Buffer.from(new Float32Array(model.transitions).buffer)],
    ["gazetteer", Buffer.from(model.resources.gazetteer ? serialiseGazetteer(model.resources.gazetteer) : "", "utf8")],
    ["clusters", Buffer.from(model.resources.clusters ? serialiseClusters(model.resources.clusters) : "", "utf8")],
    ["charmodel", Buffer.from(model.resources.charModel ? serialiseCharModel(model.resources.charModel) : "", "utf8")],
    ["profiles", Buffer.from(model.resources.profiles ? serialiseProfiles(model.resources.profiles) : "", "utf8")],
    // Only the lexicon's name: its words stay in their package (noun-lexicon.ts).
    ["nouns", Buffer.from(model.resources.nouns ? NOUN_LEXICON_SOURCE : "", "utf8")],
  ];
  const header: Header = {
    version: VERSION,
    bits: model.bits,
    tags: [...TAGS],
    scale,
    entityBias: model.entityBias,
    info: model.info,
    sections: sections.map(([name, bytes]) => ({ name, bytes: bytes.length })),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
  const length = Buffer.alloc(4);
  length.writeUInt32LE(headerBytes.length);
  return gzipSync(Buffer.concat([Buffer.from(MAGIC, "utf8"), length, headerBytes, ...sections.map(([, b]) => b)]), { level: 9 });
}

/** Reads a model from the gzipped file format; throws on a file that is not one. */
export function parseModel(file: Uint8Array): NerModel {
  const data = gunzipSync(file);
  if (data.subarray(0, MAGIC.length).toString("utf8") !== MAGIC) throw new Error("not a Lagebild NER model (bad magic)");
  const headerLength = data.readUInt32LE(MAGIC.length);
  let offset = MAGIC.length + 4;
  const header = JSON.parse(data.subarray(offset, offset + headerLength).toString("utf8")) as Header;
  offset += headerLength;
  if (header.version !== VERSION) throw new Error(`unsupported NER model version ${header.version}`);
  if (header.tags.join(" ") !== TAGS.join(" ")) throw new Error(`the model's tags (${header.tags.join(" ")}) differ from this build's`);
  const section = new Map<string, Buffer>();
  for (const s of header.sections) {
    section.set(s.name, data.subarray(offset, offset + s.bytes));
    offset += s.bytes;
  }
  const transitionBytes = section.get("transitions") ?? Buffer.alloc(0);
  const gazetteerText = (section.get("gazetteer") ?? Buffer.alloc(0)).toString("utf8");
  const clusterText = (section.get("clusters") ?? Buffer.alloc(0)).toString("utf8");
  const charText = (section.get("charmodel") ?? Buffer.alloc(0)).toString("utf8");
  const profileText = (section.get("profiles") ?? Buffer.alloc(0)).toString("utf8");
  return {
    bits: header.bits,
    weights: decodeWeights(section.get("weights") ?? Buffer.alloc(0), header.bits, header.scale),
    transitions: floats(transitionBytes),
    resources: {
      gazetteer: gazetteerText ? parseGazetteer(gazetteerText) : null,
      clusters: clusterText ? parseClusters(clusterText) : null,
      charModel: charText ? parseCharModel(charText) : null,
      profiles: profileText ? parseProfiles(profileText) : null,
      nouns: nounLexicon(section.get("nouns")),
    },
    entityBias: header.entityBias,
    frozen: true,
    info: header.info,
  };
}

/** The noun lexicon a model was trained with, or null; a model that names another lexicon than this build's cannot be tagged with. */
function nounLexicon(section: Buffer | undefined): ReadonlySet<string> | null {
  const name = section?.toString("utf8") ?? "";
  if (name === "") return null;
  if (name !== NOUN_LEXICON_SOURCE) throw lagebildError("NER_LEXICON_UNAVAILABLE", name, `this build reads ${NOUN_LEXICON_SOURCE}`);
  return germanNounForms();
}

/** A float32 array copied out of little-endian bytes. */
function floats(bytes: Buffer): Float32Array {
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
}

/** The quantisation step that maps the largest weight to the int16 maximum. */
function weightScale(weights: Float32Array): number {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  return max === 0 ? 1 : max / 32767;
}

/** Bytes of the per-row mask of non-zero tags: one bit per tag. */
const MASK_BYTES = Math.ceil(TAG_COUNT / 8);

function encodeWeights(weights: Float32Array, scale: number): Buffer {
  const out: number[] = [];
  let previous = -1;
  for (let row = 0; row < weights.length / TAG_COUNT; row++) {
    const values: number[] = [];
    let mask = 0;
    for (let t = 0; t < TAG_COUNT; t++) {
      const q = Math.round(weights[row * TAG_COUNT + t] / scale);
      if (q === 0) continue;
      mask |= 1 << t;
      values.push(q);
    }
    if (mask === 0) continue;
    writeVarint(out, row - previous);
    previous = row;
    for (let k = 0; k < MASK_BYTES; k++) out.push((mask >> (8 * k)) & 0xff);
    for (const v of values) out.push(v & 0xff, (v >> 8) & 0xff);
  }
  return Buffer.from(out);
}

function decodeWeights(bytes: Buffer, bits: number, scale: number): Float32Array {
  const weights = new Float32Array((1 << bits) * TAG_COUNT);
  let offset = 0;
  let row = -1;
  while (offset < bytes.length) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[offset++];
      gap += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (b < 0x80) break;
    }
    row += gap;
    let mask = 0;
    for (let k = 0; k < MASK_BYTES; k++) mask |= bytes[offset + k] << (8 * k);
    offset += MASK_BYTES;
    for (let t = 0; t < TAG_COUNT; t++) {
      if ((mask & (1 << t)) === 0) continue;
      weights[row * TAG_COUNT + t] = bytes.readInt16LE(offset) * scale;
      offset += 2;
    }
  }
  return weights;
}

function writeVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
}
