/**
 * The word lists of a language (src/lang/<lang>/quotes.ts), compiled into
 * sets and maps for the quote finder.
 */
import { ENGLISH_QUOTE_DATA } from "../../lang/en/quotes.js";
import { GERMAN_QUOTE_DATA } from "../../lang/de/quotes.js";
import type { Tok } from "./tokens.js";

/**
 * A verb that introduces or frames reported speech. `finite`: the finite forms
 * (present, past, subjunctive; 3rd person singular and plural), space
 * separated, as they stand in a main clause without the separable particle;
 * `participle`: the past participle with the particle; `particle`: the
 * separable particle ("teilte … mit"). A separable verb is also recognised
 * with the particle joined to the finite form ("wie er mitteilte").
 */
export interface CueVerb {
  finite: string;
  participle: string;
  particle?: string;
  /** Verbs of thinking and hoping: reported only with a complement clause, never as a speech act. */
  cognition?: boolean;
  /** Verbs that name a speech act by themselves ("forderte den Rücktritt"). */
  act?: boolean;
  /** Plain verbs of saying: a main clause after them reports speech even in the indicative ("Sie sagte, die Lage ist ernst"). */
  core?: boolean;
  /** Prepositions (space separated) that make the verb a speech act ("berichtete von einem Unfall", "berichtet vom Unfall", "sprach von Betrug"). */
  actWith?: string;
  /** Prepositions whose object is the speaker of a verb without a subject of its own ("Wie aus Unternehmenskreisen verlautete"). */
  sourceWith?: string;
  /** The subject is what was said and the object of `sourceWith` speaks, but only a phrase whose head names something said or written ("Dies geht aus einer Pressemitteilung hervor"; "Als Sieger ging er hervor" frames nothing). */
  writtenSource?: boolean;
  /** Verbs of rejection ("wies … zurück", "dementierte"): a claim noun as their object speaks the clause after them ("wies die Darstellung zurück, die Ausländer seien gezwungen worden"). */
  rejects?: boolean;
  /** Verbs whose object is the speaker ("zitierte den Minister mit den Worten"). */
  objectSpeaker?: boolean;
  /** Verbs that give a wording ("Die Botschaft lautet: …"): with a title noun as subject they name something ("Der Name lautet „…“") and frame no quote. */
  wording?: boolean;
  /**
   * Verbs that also say that something looms ("Ihm drohen 24 Jahre Haft", "es droht das Aus"): nouns (space separated) that, in the
   * verb's clause, make it that sense; it frames a quote only with a person or organisation as subject and none of them in the clause.
   */
  loomsWith?: string;
}

/** The language data a quote finder needs (all words lower case). */
export interface QuoteLanguageData {
  cueVerbs: readonly CueVerb[];
  /** Nouns of "nach Angaben"-style source phrases; compounds ending in them count too. */
  sourceNouns: readonly string[];
  /** "laut X"; may hold several words ("according to"). */
  sourcePrepositions: readonly string[];
  /** "X zufolge". */
  sourcePostpositions: readonly string[];
  /** "Demnach …". */
  sourceAdverbs: readonly string[];
  /** "Für X ist …": a preposition that opens a sentence with whose view it gives, and the verbs that may follow the person. */
  opinionPrepositions: readonly string[];
  opinionVerbs: readonly string[];
  /** The preposition before a source noun ("nach"), or null. */
  sourceNounPreposition: string | null;
  /** Words that attach the source to a source noun ("nach Angaben der Polizei", "von Augenzeugen", "aus Regierungskreisen"); a phrase after any other preposition is no source ("nach den Ermittlungen für zehn Morde"). */
  sourceNounLinks: readonly string[];
  /** The word of ", so X." frames, or null. */
  soWord: string | null;
  /** The word of "wie X mitteilte" frames, or null. */
  asWord: string | null;
  /** Subjunctive finite verbs (Konjunktiv I and II). */
  subjunctive: readonly string[];
  /**
   * Endings of words that, written in lower case, are Konjunktiv I forms of
   * a whole class of verbs ("-iere": "stagniere", "funktioniere",
   * "reagiere"), after at least three letters (isSubjunctive). The same
   * letters capitalised are often a noun's plural ("Passagiere", "Papiere").
   * Empty where there are none.
   */
  subjunctiveEndings: readonly string[];
  /** Lower-case words with such an ending that are no verb ("schiere"). */
  subjunctiveEndingExceptions: readonly string[];
  /** Konjunktiv I forms of the cue verbs ("sage", "betone"): a cue in such a form frames nothing of its own. Empty where there are none. */
  cueSubjunctives: readonly string[];
  /** Words of the first person, singular and plural ("ich", "wir", "unser"): a quote holding one is somebody's own words, and with "ich" a cue form in -e is indicative. */
  firstPersonWords: readonly string[];
  /** Imperatives that open a call to do something, lower case ("lasst", "let"): "Lasst uns … sagen, dass …", "Let them tell that to …" report no one's words; a verb frame whose speaker is one of them is none. */
  imperatives: readonly string[];
  /** Konjunktiv I only: reported speech even without a preceding cue. */
  strongSubjunctive: readonly string[];
  /** "soll"/"sollen" of hearsay, with the infinitives that close such a clause. */
  hearsay: readonly string[];
  hearsayEndings: readonly string[];
  complementizers: readonly string[];
  pronouns: readonly string[];
  determiners: readonly string[];
  skipAdverbs: readonly string[];
  addresseeNouns: readonly string[];
  personRoles: readonly string[];
  /** Roles of one office holder (a head of state or government, a minister, a mayor; compounds count: "Bundespräsident"): such a role goes on with the person quoted last only from the sentence right after. */
  officeRoles: readonly string[];
  titleNouns: readonly string[];
  /** Nouns that end in a title noun without being one of its compounds ("antwort", "mitglied"), or that stand before a quote without naming it ("zum Beispiel „…“"). */
  notTitleCompounds: readonly string[];
  /** Nouns of chanted or written slogans ("Parolen wie „…“ und „…“"): quotes listed after them are words, not names. */
  sloganNouns: readonly string[];
  /** Nouns whose quotation is always a name, whatever it says ("unter dem Motto „Wir sind das Volk!“", "mit dem Titel „…“"). */
  namingNouns: readonly string[];
  /** Konjunktiv I forms that no indicative form shares ("sei", "habe", "könne"): they mark reported speech even after plain narration. */
  unmistakableSubjunctive: readonly string[];
  /** Idioms whose subjunctive reports no one ("es sei denn", "wie dem auch sei"), lower case, words separated by spaces. */
  subjunctiveIdioms: readonly string[];
  /** Lower-case plural nouns that speak without an article ("analysts said", "officials warned"); empty where nouns are capitalised. */
  bareSpeakers: readonly string[];
  termMarkers: readonly string[];
  /** Words right after the closing mark that make the quoted words a name ("das als „Dschungel von Calais“ bekannte Lager", "„Uncle Ted“, wie er genannt wurde"). */
  namingAfter: readonly string[];
  /** Verbs that give oneself a name after a reflexive ("die sich selbst „Rat für …“ nennt"). */
  selfNamingVerbs: readonly string[];
  /** A word inside brackets before the marks that makes them a translation ("(übersetzt etwa: „…“)"). */
  translationMarkers: readonly string[];
  /** Function words of other languages: a short quote made of them is a foreign title ("Have a nice day", "Le Grand Macabre"), not a statement. Empty where the language has none to tell apart. */
  foreignTitleWords: readonly string[];
  statementNouns: readonly string[];
  /** Nouns of someone else's claim ("Darstellung", "Berichte"): the object of a verb of rejection that speaks the clause after it. */
  claimNouns: readonly string[];
  impersonalCues: readonly string[];
  impersonalSourcePrepositions: readonly string[];
  subordinators: readonly string[];
  prepositions: readonly string[];
  timeNouns: readonly string[];
  objectPronouns: readonly string[];
  auxiliaries: readonly string[];
  coordinators: readonly string[];
  focusParticles: readonly string[];
  nameParticles: readonly string[];
  npLinks: readonly string[];
  /** Relative pronouns after a source preposition ("laut dem", "nach denen"). */
  relativePronouns: readonly string[];
  /** Conjunctions that open a reported clause even without a comma before them ("said that …"). */
  thatWords: readonly string[];
  /** Demonstratives that point back to the previous sentence as what was said ("Das sagte …"). */
  demonstratives: readonly string[];
  /** Cue forms that are no cue when a reflexive pronoun follows ("entschied sich"). */
  reflexiveNonCues: readonly string[];
  /** Participles that say what something means, not who said it, after a form of "sein" (`stativeAuxiliaries`): "Damit ist gemeint, dass …". */
  stativeParticiples: readonly string[];
  /** Forms of "sein" that make such a participle a state ("ist", "war", "sei"). */
  stativeAuxiliaries: readonly string[];
  /** Words before quotation marks that make the quote a label of something ("bezeichnete den Plan als „…“"), not a statement that bounds a clause. */
  labelWords: readonly string[];
  /** Two-word glosses after a comma whose second word is a cue form but says nothing ("…, das heißt …"). */
  glosses: readonly string[];
  reflexive: readonly string[];
  /** Capitalised words that head adverbial phrases ("Des Weiteren"). */
  adverbialNouns: readonly string[];
  /** Endings of nouns that make a prepositional phrase an adverbial, not an attachment to the phrase before ("aus Sicherheitsgründen"). */
  adverbialHeadEndings: readonly string[];
  /** Plural nouns of a stretch of time: a phrase headed by one in first position is an adverbial ("Wenige Stunden nach dem Putsch erklärte …"). */
  durationNouns: readonly string[];
  /** Nouns of a point or stretch of time that head an adverbial ("Vergangene Woche", "Diese Woche", "Jeden Montag"), not a subject. */
  timeHeads: readonly string[];
  /** Nouns with an abstract ending that still name an acting body ("Regierung", "Kommission"): such a phrase may speak. */
  agentNouns: readonly string[];
  /** Auxiliaries of the passive: "wurde mitgeteilt" has no subject speaker. */
  passiveAuxiliaries: readonly string[];
  /** Prepositions that name the agent of a passive ("von"). */
  agentPrepositions: readonly string[];
  /** Nouns of opinion and finding that govern a reported "dass" clause ("kam zu dem Ergebnis, dass", "ist der Meinung, dass"). */
  contentNouns: readonly string[];
  /** Adverbs that open a relative clause giving a source's content (", wonach …"): they stand for the phrase before the comma. */
  relativeSourceAdverbs: readonly string[];
  /** Prepositions that cite a source with a relative pronoun (", nach denen …"), besides the source prepositions. */
  relativeSourcePrepositions: readonly string[];
  /** Nouns for a wording that is written somewhere ("die Worte", "der Passus", "die Aufschrift"): such a subject before a colon is not who speaks, the place it stands is. */
  wordingNouns: readonly string[];
  /** Adverbs for the place a wording stands ("Darauf waren die Worte zu lesen:"). */
  wordingPlaces: readonly string[];
  /** Prepositions that name the place a wording stands ("in dem Gesetzentwurf steht der Passus:"). */
  wordingPrepositions: readonly string[];
  /** Words of comparison that are also subordinators ("als", "wie"): inside a clause they still end its subject ("Mehr als die Hälfte"). */
  comparisons: readonly string[];
  /** Words of a clause without a speaker that makes the "dass" clause after it reported ("wurde bekannt, dass", "Es wird angenommen, dass"). */
  impersonalThatWords: readonly string[];
  /** Indefinite pronouns that name nobody ("man"): a quote with such a subject has no speaker. */
  impersonalPronouns: readonly string[];
  /** Adverbs of direction after "nach" that make it a preposition, not the postposition of a source ("die Sicht nach oben"). */
  directionWords: readonly string[];
  /** The pronoun of "es heißt" that stands for no one ("es"): in ", in der es heißt" the document before the comma speaks. */
  expletives: readonly string[];
  /** Determiners that mark an accusative or dative phrase, which is never the subject ("den", "einem"). */
  accusativeDeterminers: readonly string[];
  /** Relative pronouns that can be the subject of their clause, and of them those that can only be ("der", "welcher"). */
  subjectRelatives: readonly string[];
  masculineRelatives: readonly string[];
  /** Determiners and quantifiers that make a phrase plural ("alle", "mehrere", "zwei"). */
  pluralDeterminers: readonly string[];
  /** Words that take a partitive genitive and stand for a person ("Einer der Putschisten", "one of the"). */
  partitives: readonly string[];
  /** Quantifiers that follow an article inside a noun phrase ("die beiden Neu-Mitglieder"). */
  quantifiers: readonly string[];
  /** Number words that act as adjectives in a noun phrase ("drei Minister", "two officials"). */
  numberWords: readonly string[];
  /** Adverbs that qualify an adjective inside a noun phrase ("ein nicht genannter Vertreter"). */
  adjectiveAdverbs: readonly string[];
  /** Definite articles and articles fused with a preposition before quotation marks: the quoted words are the noun of the phrase, a name ("der „Oberste Rat“", "im „Standard“"). */
  titleArticles: readonly string[];
  fusedArticles: readonly string[];
  /** Words after which a short capitalised quotation is someone's wording, not a name ("als „Wortbruch“", "eine „Zeitungsente“"). */
  wordingBefore: readonly string[];
  /** Of those, the ones that keep a quotation a wording even when the recogniser took it for a name ("einen „Ruck“", "als „Schatten-CIA“"). */
  wordingArticles: readonly string[];
  /** Words that open a comment by the writer after a reported clause ("…, wobei …", "…, was bisher nicht bestätigt werden konnte"). */
  cutSubordinators: readonly string[];
  /** Conjunctions that join a second speech verb to the first frame ("… und kündigte an, …"). */
  frameJoiners: readonly string[];
  /** Words that open a purpose or manner infinitive, not reported speech ("um … zu", "ohne … zu"). */
  purposeWords: readonly string[];
  /** Interrogative-relative pronouns that open a clause which is not the reported one ("welche"). */
  whRelatives: readonly string[];
  /** Words before the comma that make a "dass" clause one of consequence or degree, not of content ("so …, dass"). */
  degreeWords: readonly string[];
  /** Prepositions joined with their article ("im Bericht"): the phrase after them has one. */
  contractedPrepositions: readonly string[];
  /** "eigenem Bekunden", "own": a source phrase with such a word speaks for the subject of its sentence. */
  ownWords: readonly string[];
  /** Subject pronouns that are singular or plural by the verb ("sie"); with a plural verb next to them they name a group, no one person. */
  numberAmbiguousPronouns: readonly string[];
  /** Subject pronouns that are always plural ("they", "wir"): they name a group, no one person. */
  pluralPronouns: readonly string[];
  /** Plural finite verbs that do not end like the language's other plural forms ("sind", "waren"). */
  pluralFiniteVerbs: readonly string[];
  /** Negative determiners ("keine", "no"): a phrase they open names nobody and speaks nothing ("…, nannte aber keine Details"). */
  negativeDeterminers: readonly string[];
  /** Articles that open an apposition after a name (", der Justizminister"). */
  appositionArticles: readonly string[];
  /** Words that open the complement of a role noun ("des Landes", "im Landtag"): an apposition's head ends before them. */
  appositionComplements: readonly string[];
  /** Words that join a genitive or "von" complement to a role ("Der Vorsitzende des Verbands"). */
  roleComplementLinks: readonly string[];
  /**
   * Determiners before a role noun that make it an unnamed person who may act
   * or speak — a subject ("Ein Sprecher", "der Bundeskanzler") or a passive's
   * agent ("vom Sprecher"), not an object ("den Anwalt") — whom a pronoun after
   * it points back to; none where this is not read.
   */
  unnamedDeterminers: readonly string[];
  /** Roles that name the same office ("ministerpräsident" → "regierungschef", "premierminister"), lower case, both ways listed. */
  roleSynonyms: Readonly<Record<string, readonly string[]>>;
  /** Case endings a role noun may carry ("des Generalanwalts", "dem Präsidenten"). */
  roleCaseEndings: readonly string[];
  /** Case endings of adjectives ("brasilianische", "-en"), by which adjectives before a role are compared; none where adjectives do not inflect. */
  adjectiveEndings: readonly string[];
  /**
   * Endings that make a word an adjective or adverb beyond doubt ("höhnisch",
   * "deutlich", with a comparative "-er": "deutlicher"): capitalised at the
   * start of a sentence, such a word is an adverbial, not the subject.
   */
  adverbEndings: readonly string[];
  /** Additive conjunctions: they join quotations into one statement under one frame ("„…“ und „…“, sagte sie"; a comma does too), and a clause in the indicative that opens with one after a frame is a main clause of its own, nothing reported. */
  quoteJoiners: readonly string[];
  /** Participles of saying that add a reported clause to a framed quote ("…, adding that …"); none where the language has no such use. */
  sayingParticiples: readonly string[];
  /** Participles that open a sentence before its speaker ("Speaking to the BBC, X said …"). */
  openingParticiples: readonly string[];
  /** Where nouns are lower case: adjectives between an article and a noun of saying ("a new report"), whose cue form is then no verb. */
  nounAdjectives: readonly string[];
  /** Where nouns are lower case: prepositions after which a cue form is a noun ("amid reports", "despite claims"). */
  nounPrepositions: readonly string[];
  /** Past forms that do not follow the regular pattern ("heard", "took"): a subject and one of them make a reported clause. */
  irregularPast: readonly string[];
  /** The ending of plural finite verbs ("-en": "forderten", "gehen"), or "" where the language has none. */
  pluralVerbEnding: string;
  /** Possessive determiners ("seiner Meinung nach", "their view"): a source phrase with one belongs to someone the sentence names, it relays nobody's words. */
  possessives: readonly string[];
  /** Possessives that point back to one man, or to one woman, lower case ("seiner", "his"; "ihrer", "her"): "seiner Meinung nach" is his. */
  malePossessives: readonly string[];
  femalePossessives: readonly string[];
  /** Pronouns and titles that name a man or a woman ("er", "Herr"; "sie", "Frau"), for resolving a pronoun to a compatible person. */
  maleWords: readonly string[];
  femaleWords: readonly string[];
  /** Demonstratives that point to the person named last, not to the subject before ("Für Shakira, so schrieb diese, …", "letztere"). */
  demonstrativePronouns: readonly string[];
  /** Nouns that describe a person just named, lower case: nationality ("der Franzose", "die Britin", "the Frenchman"); with a definite article they name that person. */
  descriptorNouns: readonly string[];
  /** Endings of age nouns that do the same ("der 55-Jährige", "the 55-year-old"), lower case. */
  descriptorEndings: readonly string[];
  /** Where the subject stands before the verb (English): cue verbs that may still have it after them without a quotation first ("…, said the minister", "reads one question"); after any other the phrase is its object ("told a Westminster Institute audience"). Empty where not used. */
  invertingCues: readonly string[];
  /** Nouns of kin, helpers and followers, lower case, also as compound endings ("sohn", "mutter", "helfer", "kritiker"; "son", "wife", "aide", "critics"): after a person in the genitive ("Demjanjuks Sohn", "Trump's critics") they name someone else. */
  kinNouns: readonly string[];
  /** Heads of a group a person's name can modify without a genitive ("the Trump administration", "Trump officials"): such a phrase is the group's, not the person's. Empty where names modify nouns only in the genitive. */
  groupHeads: readonly string[];
  /** Prepositions after which a person inside a speaker phrase is its topic or addressee, not the speaker ("Seine Meinung zu Kirchhoff", "ein Brief an Merkel", "his view on Biden"), lower case. */
  topicPrepositions: readonly string[];
  /** Nouns for a company, lower case ("konzern", "hersteller", "firma"): "Der Konzern" names the company the text introduced with such a noun ("der Softwarehersteller Microsoft"); also the endings of their compounds. */
  companyNouns: readonly string[];
  /** Legal forms after a company's name ("AG", "GmbH", "Inc."), as written: a company named with one is a company. */
  legalForms: readonly string[];
  /** Nouns of another company's relation to a company, lower case, as compound endings ("zulieferer", "konkurrent", "tochter"): "der Apple-Zulieferer" is not Apple. */
  companyRelationNouns: readonly string[];
  /** Names of companies, as written ("Apple", "Lufthansa"): "Der Konzern" after one is that company, however the text introduced it. */
  companyNames: readonly string[];
  /** Definite articles before a descriptor or a company noun ("der", "das", "the"); an indefinite one ("ein Franzose") introduces someone new. */
  descriptorArticles: readonly string[];
  /** Words that open a genitive attribute after a noun ("der", "des", "verschiedener"): "Berichten verschiedener US-Medien zufolge" is one source phrase. */
  genitiveOpeners: readonly string[];
  /** The gender a definite article gives a singular descriptor ("der" → m, "die" → f); empty where articles do not tell. */
  articleGenders: Readonly<Record<string, "m" | "f">>;
  /** Endings that give a nationality noun its gender ("-in" of "Französin"; "-woman", "-man" of "Frenchwoman", "Frenchman"), lower case. */
  descriptorGenderEndings: Readonly<Record<"m" | "f", readonly string[]>>;
  /** Endings of a singular descriptor after a feminine article (German "die 34-Jährige" against the plural "die 34-Jährigen"); empty where articles tell no gender. */
  feminineSingularEndings: readonly string[];
  /** True where every noun is capitalised (German): capitalised words then make noun phrases. */
  capitalisedNouns: boolean;
  /** Verb forms that report a clause without a complementizer ("said the plan would fail", "…, the minister said"); empty where the language marks reported clauses otherwise (German). */
  bareClauseCues: readonly string[];
  /** Words that open a second clause in which a bare cue may report ("…, but Bracewell said McMillan was preferred", "… while analysts said …"), lower case; coordinators among them only after a comma. */
  bareClauseOpeners: readonly string[];
  /** Finite auxiliaries and modals that show a main clause follows a bare cue ("would", "was", "had"). */
  clauseVerbs: readonly string[];
  /** Finite verbs that take a bare infinitive: modals and the future "wird" ("musste er betonen", "wird sagen"). */
  modals: readonly string[];
  /** Adverbs that point back into a document named before ("Darin heißt es: …"). */
  documentAdverbs: readonly string[];
  /** Nouns that name a document whose wording can be quoted ("Stellungnahme", "Petition"); compounds ending in them count too. */
  documentNouns: readonly string[];
  /**
   * Finite verbs before an infinitive of saying that make that infinitive the
   * cue: forms of a verb that has someone else speak for the subject ("ließ
   * verlauten", "lässt mitteilen"), and in German the forms of "wollen"
   * ("wollte … wissen"). Any of them pairs with any of `causativeInfinitives`.
   */
  causatives: readonly string[];
  /** Infinitives that report after such a form ("verlauten", "ausrichten", "mitteilen", "wissen"). */
  causativeInfinitives: readonly string[];
  /** Labels of the interviewer's turns in an interview transcript, as written ("STANDARD:", "Frage:", "Q:"). */
  interviewerLabels: readonly string[];
  /** Interviewer's labels that open a question without a colon at the start of a line, as written (the "Q" of US government transcripts: "Q Mr. Secretary, …"). */
  bareQuestionLabels: readonly string[];
  /** Labels of the interviewee's turns that do not name them ("Antwort:", "A:"), as written: the person the questions address speaks them. */
  answerLabels: readonly string[];
  /** Words that address the one spoken to, as written ("Sie", "Ihnen"; "you"): in a question of an interview they are the interviewee, no speaker of the words around them. */
  addressWords: readonly string[];
  /** Weekday names (with the day parts German writes into them, "Montagabend", "Montagabends"): heads of time adverbials; a date after one, between commas, is an aside (date-aside.ts). */
  weekdays: readonly string[];
  /** Month names and their abbreviations, lower case, for the dates of such an aside. */
  months: readonly string[];
  /** Articles that may open such a date ("am Montag, dem 7. Oktober"). */
  dateArticles: readonly string[];
  /** Nouns of words and names: as a subject they denote, they say nothing ("Der Begriff bezeichnet …", "The word means …"). */
  denotingNouns: readonly string[];
  /** Verbs of noticing, knowing and perceiving: a "dass" clause after one is what someone found out, not what they said ("Wir merkten, dass …"). */
  perceptionVerbs: readonly string[];
}

/** A cue verb form found in the lexicon. */
export interface VerbEntry {
  verb: CueVerb;
  /** Lemma-like name for reports: the participle. */
  name: string;
}

export interface QuoteLexicon {
  data: QuoteLanguageData;
  /** Finite form → verbs (a form may belong to several separable verbs). */
  finite: Map<string, VerbEntry[]>;
  /** Forms that stand alone in a subordinate clause or perfect: participles and particle+finite ("mitteilte"). */
  joined: Map<string, VerbEntry>;
  /** Infinitives that report after a causative ("ließ verlauten") → their verb. */
  causative: Map<string, VerbEntry>;
  /** The subjunctive idioms as word lists ("es sei denn" → ["es", "sei", "denn"]). */
  subjunctiveIdioms: string[][];
  sets: Record<(typeof SET_KEYS)[number], Set<string>>;
  /** A word in lower case with one of the language's subjunctive endings (isSubjunctive), or null where it has none. */
  subjunctiveEnding: RegExp | null;
}

const SET_KEYS = [
  "sourceNouns", "sourceNounLinks", "sourcePrepositions", "sourcePostpositions", "sourceAdverbs", "opinionPrepositions", "opinionVerbs", "subjunctive", "cueSubjunctives", "firstPersonWords", "imperatives", "strongSubjunctive", "subjunctiveEndingExceptions", "hearsay", "hearsayEndings", "complementizers",
  "pronouns", "determiners", "skipAdverbs", "addresseeNouns", "personRoles", "officeRoles", "titleNouns", "notTitleCompounds", "sloganNouns", "bareSpeakers", "unmistakableSubjunctive", "termMarkers", "namingAfter", "selfNamingVerbs", "translationMarkers", "foreignTitleWords", "statementNouns", "claimNouns",
  "impersonalCues", "impersonalSourcePrepositions", "subordinators", "prepositions", "timeNouns", "objectPronouns", "auxiliaries",
  "coordinators", "focusParticles", "nameParticles", "npLinks", "demonstratives", "relativePronouns", "thatWords", "adverbialNouns", "adverbialHeadEndings", "durationNouns", "timeHeads", "agentNouns", "passiveAuxiliaries", "agentPrepositions", "reflexiveNonCues", "stativeParticiples", "stativeAuxiliaries", "labelWords", "glosses", "reflexive", "contentNouns", "relativeSourceAdverbs", "relativeSourcePrepositions", "wordingNouns", "wordingPlaces", "wordingPrepositions", "comparisons", "impersonalThatWords", "impersonalPronouns", "expletives", "directionWords", "ownWords", "possessives", "malePossessives", "femalePossessives", "accusativeDeterminers", "subjectRelatives", "masculineRelatives", "pluralDeterminers", "partitives", "quantifiers", "numberWords", "adjectiveAdverbs", "titleArticles", "fusedArticles", "wordingBefore", "wordingArticles", "cutSubordinators", "frameJoiners", "purposeWords", "whRelatives", "degreeWords", "contractedPrepositions", "maleWords", "femaleWords", "demonstrativePronouns", "descriptorNouns", "descriptorArticles", "genitiveOpeners", "legalForms", "companyNames", "kinNouns", "groupHeads", "topicPrepositions", "invertingCues", "bareClauseCues", "bareClauseOpeners", "clauseVerbs", "causatives", "documentAdverbs", "documentNouns", "modals", "numberAmbiguousPronouns", "pluralPronouns", "pluralFiniteVerbs", "appositionComplements", "negativeDeterminers", "appositionArticles", "roleComplementLinks", "unnamedDeterminers", "roleCaseEndings", "adjectiveEndings", "adverbEndings", "quoteJoiners", "sayingParticiples", "openingParticiples", "nounAdjectives", "nounPrepositions", "irregularPast", "interviewerLabels", "bareQuestionLabels", "answerLabels", "addressWords", "weekdays", "months", "dateArticles", "denotingNouns", "perceptionVerbs",
] as const;

/**
 * A subjunctive verb form (Konjunktiv I or II): one the lexicon lists, or a
 * word written in lower case with one of the language's subjunctive endings
 * ("die Partei stagniere"; the same letters capitalised are a plural noun,
 * "Passagiere").
 */
export function isSubjunctive(lex: QuoteLexicon, tok: Tok): boolean {
  return lex.sets.subjunctive.has(tok.lower) || hasSubjunctiveEnding(lex, tok);
}

/** A subjunctive form that marks reported speech on its own (Konjunktiv I: "sei", "habe", "stagniere"), not one that may be a conditional ("wäre"). */
export function isStrongSubjunctive(lex: QuoteLexicon, tok: Tok): boolean {
  return lex.sets.strongSubjunctive.has(tok.lower) || hasSubjunctiveEnding(lex, tok);
}

function hasSubjunctiveEnding(lex: QuoteLexicon, tok: Tok): boolean {
  return lex.subjunctiveEnding !== null && lex.subjunctiveEnding.test(tok.text) && !lex.sets.subjunctiveEndingExceptions.has(tok.text);
}

/** Compiles language data into lookup tables. */
export function compileLexicon(data: QuoteLanguageData): QuoteLexicon {
  const finite = new Map<string, VerbEntry[]>();
  const joined = new Map<string, VerbEntry>();
  for (const verb of data.cueVerbs) {
    const entry = { verb, name: verb.participle };
    for (const form of verb.finite.split(/\s+/u).filter(Boolean)) {
      finite.set(form, [...(finite.get(form) ?? []), entry]);
      if (verb.particle) joined.set(verb.particle + form, entry);
    }
    if (verb.participle && !joined.has(verb.participle)) joined.set(verb.participle, entry);
  }
  const sets = Object.fromEntries(SET_KEYS.map((k) => [k, new Set(data[k])])) as QuoteLexicon["sets"];
  const causative = new Map<string, VerbEntry>();
  for (const form of data.causativeInfinitives) {
    const known = joined.get(form) ?? finite.get(form)?.find((e) => !e.verb.particle);
    causative.set(form, known ?? { verb: { finite: "", participle: form, core: true }, name: form });
  }
  const endings = data.subjunctiveEndings;
  const subjunctiveEnding = endings.length > 0 ? new RegExp(`^\\p{Ll}{3,}(?:${endings.join("|")})$`, "u") : null;
  return { data, finite, joined, causative, subjunctiveIdioms: data.subjunctiveIdioms.map((idiom) => idiom.split(" ")), sets, subjunctiveEnding };
}

const LEXICONS = new Map<string, QuoteLexicon>();

/** The lexicon for a language code; German for anything that has no data of its own. */
export function lexiconFor(language: string | null): QuoteLexicon {
  const key = language === "en" ? "en" : "de";
  let lexicon = LEXICONS.get(key);
  if (!lexicon) {
    lexicon = compileLexicon(key === "en" ? ENGLISH_QUOTE_DATA : GERMAN_QUOTE_DATA);
    LEXICONS.set(key, lexicon);
  }
  return lexicon;
}
