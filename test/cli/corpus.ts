import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const CITIES = ["Berlin", "Hamburg", "München", "Köln", "Leipzig", "Dresden", "Bremen", "Mainz", "Kiel", "Erfurt", "Potsdam", "Rostock"];
const TOPICS = ["die Sanierung der Schulen", "den Ausbau der Radwege", "die Wohnungsnot", "den Nahverkehr", "die Krankenhausreform", "die Grundsteuer"];
const ROLES = ["Bürgermeisterin", "Stadtrat", "Landrat", "Sprecherin der Stadtverwaltung", "Fraktionschef"];
const NAMES = ["Petra Sommer", "Jonas Keller", "Ayşe Demir", "Lukas Brandt", "Marie Voigt", "Tobias Hahn"];
const PUBLISHERS = ["Stadtanzeiger", "Morgenpost Online", "Kurier am Abend"];

function pick<T>(list: T[], n: number): T {
  return list[n % list.length];
}

/** A synthetic but German-looking local news article, unique for each n. */
export function syntheticArticle(n: number): string {
  const city = pick(CITIES, n);
  const topic = pick(TOPICS, Math.floor(n / 3));
  const name = pick(NAMES, Math.floor(n / 7));
  const role = pick(ROLES, n * 5);
  const amount = 2 + (n % 97);
  return [
    `${city} streitet über ${topic} (${n}) – ${pick(PUBLISHERS, n)}`,
    "",
    `In ${city} ist eine Debatte über ${topic} entbrannt. Der Stadtrat will am Donnerstag über ein Paket von ${amount} Millionen Euro abstimmen, das die Verwaltung in der vergangenen Woche vorgelegt hat.`,
    `„Wir können nicht länger warten“, sagte ${role} ${name} am Dienstag. Die Opposition kritisierte die Pläne als unausgegoren und forderte eine Bürgerbeteiligung.`,
    "Kommentar schreiben",
    `Nach Angaben der Stadt sind bislang ${amount * 3} Anträge eingegangen. Eine Entscheidung wird für den ${1 + (n % 28)}. März erwartet.`,
  ].join("\n");
}

/** Writes `count` synthetic articles into `dir` (20 per sub-folder). */
export function writeCorpus(dir: string, count: number): void {
  for (let n = 0; n < count; n += 1) {
    const sub = join(dir, `teil-${String(Math.floor(n / 20)).padStart(3, "0")}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `artikel-${String(n).padStart(5, "0")}.txt`), syntheticArticle(n));
  }
}
