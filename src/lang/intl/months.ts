/**
 * Month names of other languages that pages in a German or English stream
 * still carry (a French source, a Spanish agency page, a Dutch partner site).
 * Only full names and abbreviations that cannot be read as a word of German or
 * English; lowercase, without the dot.
 */

/** French. */
export const FRENCH_MONTHS: Readonly<Record<string, number>> = {
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, juin: 6, juillet: 7, juil: 7, août: 8, aout: 8,
  septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12, janv: 1, févr: 2, fevr: 2, déc: 12,
};

/** Spanish. */
export const SPANISH_MONTHS: Readonly<Record<string, number>> = {
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9,
  octubre: 10, noviembre: 11, diciembre: 12,
};

/** Italian. */
export const ITALIAN_MONTHS: Readonly<Record<string, number>> = {
  gennaio: 1, febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7, settembre: 9, ottobre: 10, dicembre: 12,
};

/** Portuguese. */
export const PORTUGUESE_MONTHS: Readonly<Record<string, number>> = {
  janeiro: 1, fevereiro: 2, março: 3, maio: 5, junho: 6, julho: 7, setembro: 9, outubro: 10, dezembro: 12,
};

/** Dutch. */
export const DUTCH_MONTHS: Readonly<Record<string, number>> = { januari: 1, februari: 2, maart: 3, mei: 5, augustus: 8 };

/** All of the above in one table. */
export const OTHER_MONTHS: Readonly<Record<string, number>> = {
  ...FRENCH_MONTHS, ...SPANISH_MONTHS, ...ITALIAN_MONTHS, ...PORTUGUESE_MONTHS, ...DUTCH_MONTHS,
};
