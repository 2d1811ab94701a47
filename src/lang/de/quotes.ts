/**
 * German data for quotation attribution: cue verbs in their inflected forms,
 * prepositional cues ("laut", "zufolge", "nach Angaben"), subjunctive forms
 * that mark reported speech, and the small word classes the speaker finder
 * needs (pronouns, adverbs, media nouns, person roles).
 */

import type { CueVerb, QuoteLanguageData } from "../../nlp/quotes/lexicon.js";
import { ADJECTIVE_ENDINGS, AUSTRIAN_OFFICE_ENDINGS, DEMONYM_FORMS, LEGAL_FORMS, REGIONAL_DEMONYM_FORMS, SURE_ADJECTIVE_STEM_ENDINGS } from "./names.js";
import { GERMAN_DATE_MONTHS, GERMAN_DAY_PARTS, GERMAN_WEEKDAYS } from "./dates.js";
import { COMPANY_KIND_NOUNS } from "./ner-cues.js";
import { ALL_COMPANY_NAMES } from "./ner-lists.js";

/** Cue verbs (lower case). */
export const GERMAN_CUE_VERBS: readonly CueVerb[] = [
  { finite: "sagt sagte sagten sage sagen", participle: "gesagt", core: true },
  { finite: "erklärt erklärte erklärten erkläre erklären", participle: "erklärt", core: true },
  { finite: "betont betonte betonten betone betonen", participle: "betont", core: true },
  { finite: "teilt teilte teilten teile teilen", participle: "mitgeteilt", particle: "mit", core: true },
  { finite: "kündigt kündigte kündigten kündige kündigen", participle: "angekündigt", particle: "an", act: true },
  { finite: "bestätigt bestätigte bestätigten bestätige bestätigen", participle: "bestätigt" },
  { finite: "meint meinte meinten meine meinen", participle: "gemeint" },
  { finite: "fügt fügte fügten füge fügen", participle: "hinzugefügt", particle: "hinzu", core: true },
  { finite: "unterstreicht unterstrich unterstrichen unterstreiche unterstreichen", participle: "unterstrichen", core: true },
  { finite: "kritisiert kritisierte kritisierten kritisiere kritisieren", participle: "kritisiert", act: true },
  { finite: "fordert forderte forderten fordere fordern", participle: "gefordert", act: true },
  { finite: "warnt warnte warnten warne warnen", participle: "gewarnt", act: true },
  { finite: "berichtet berichtete berichteten berichte berichten", participle: "berichtet", actWith: "von vom", core: true },
  { finite: "behauptet behauptete behaupteten behaupte behaupten", participle: "behauptet", core: true },
  { finite: "versichert versicherte versicherten versichere versichern", participle: "versichert", core: true },
  { finite: "bekräftigt bekräftigte bekräftigten bekräftige bekräftigen", participle: "bekräftigt", core: true },
  { finite: "räumt räumte räumten räume räumen", participle: "eingeräumt", particle: "ein" },
  { finite: "gibt gab gaben gebe gäbe geben", participle: "zugegeben", particle: "zu" },
  { finite: "gibt gab gaben gebe geben", participle: "angegeben", particle: "an", core: true },
  { finite: "gibt gab gaben gebe geben", participle: "bekanntgegeben", particle: "bekannt", core: true, act: true },
  { finite: "ergänzt ergänzte ergänzten ergänze ergänzen", participle: "ergänzt", core: true },
  { finite: "merkt merkte merkten merke merken", participle: "angemerkt", particle: "an" },
  { finite: "weist wies wiesen weise weisen", participle: "hingewiesen", particle: "hin", act: true },
  { finite: "weist wies wiesen weise weisen", participle: "zurückgewiesen", particle: "zurück", rejects: true },
  { finite: "meldet meldete meldeten melde melden", participle: "gemeldet", core: true },
  { finite: "schreibt schrieb schrieben schreibe schreiben", participle: "geschrieben", core: true },
  { finite: "verkündet verkündete verkündeten verkünde verkünden", participle: "verkündet", core: true },
  { finite: "erläutert erläuterte erläuterten erläutere erläutern", participle: "erläutert", core: true },
  { finite: "führt führte führten führe führen", participle: "ausgeführt", particle: "aus", core: true },
  { finite: "hebt hob hoben hebe heben", participle: "hervorgehoben", particle: "hervor", core: true },
  { finite: "stellt stellte stellten stelle stellen", participle: "festgestellt", particle: "fest" },
  { finite: "stellt stellte stellten stelle stellen", participle: "klargestellt", particle: "klar", core: true },
  { finite: "macht machte machten mache machen", participle: "klargemacht", particle: "klar", core: true },
  { finite: "macht machte machten mache machen", participle: "", particle: "deutlich", core: true },
  { finite: "nimmt nahm nahmen nehme nehmen", participle: "", particle: "stellung" },
  { finite: "vermutet vermutete vermuteten vermute vermuten", participle: "vermutet", cognition: true },
  { finite: "glaubt glaubte glaubten glaube glauben", participle: "geglaubt", cognition: true },
  { finite: "befürchtet befürchtete befürchteten befürchte befürchten", participle: "befürchtet", cognition: true },
  { finite: "fürchtet fürchtete fürchteten fürchte fürchten", participle: "gefürchtet", cognition: true },
  { finite: "hofft hoffte hofften hoffe hoffen", participle: "gehofft", cognition: true },
  { finite: "geht ging gingen gehe gehen", participle: "ausgegangen", particle: "aus", cognition: true, actWith: "von vom" },
  { finite: "rechnet rechnete rechneten rechne rechnen", participle: "gerechnet", cognition: true },
  { finite: "schätzt schätzte schätzten schätze schätzen", participle: "geschätzt", cognition: true },
  { finite: "argumentiert argumentierte argumentierten argumentiere argumentieren", participle: "argumentiert", core: true },
  { finite: "begründet begründete begründeten begründe begründen", participle: "begründet", act: true },
  { finite: "wirft warf warfen werfe werfen", participle: "vorgeworfen", particle: "vor", act: true },
  { finite: "beklagt beklagte beklagten beklage beklagen", participle: "beklagt", act: true },
  { finite: "bemängelt bemängelte bemängelten bemängele bemängeln", participle: "bemängelt", act: true },
  { finite: "moniert monierte monierten moniere monieren", participle: "moniert", act: true },
  { finite: "bezweifelt bezweifelte bezweifelten bezweifle bezweifeln", participle: "bezweifelt" },
  { finite: "dementiert dementierte dementierten dementiere dementieren", participle: "dementiert", rejects: true },
  { finite: "bestreitet bestritt bestritten bestreite bestreiten", participle: "bestritten", rejects: true },
  { finite: "verlangt verlangte verlangten verlange verlangen", participle: "verlangt", act: true },
  { finite: "appelliert appellierte appellierten appelliere appellieren", participle: "appelliert", act: true },
  { finite: "antwortet antwortete antworteten antworte antworten", participle: "geantwortet", core: true },
  { finite: "entgegnet entgegnete entgegneten entgegne entgegnen", participle: "entgegnet", core: true },
  { finite: "erwidert erwiderte erwiderten erwidere erwidern", participle: "erwidert", core: true },
  { finite: "widerspricht widersprach widersprachen widerspreche widersprechen", participle: "widersprochen" },
  { finite: "äußert äußerte äußerten äußere äußern", participle: "geäußert" },
  { finite: "kommentiert kommentierte kommentierten kommentiere kommentieren", participle: "kommentiert" },
  { finite: "schlägt schlug schlugen schlage schlagen", participle: "vorgeschlagen", particle: "vor", act: true },
  { finite: "empfiehlt empfahl empfahlen empfehle empfehlen", participle: "empfohlen", act: true },
  { finite: "bietet bot boten biete bieten", participle: "angeboten", particle: "an" },
  { finite: "weist wies wiesen weise weisen", participle: "angewiesen", particle: "an" },
  { finite: "streitet stritt stritten streite streiten", participle: "abgestritten", particle: "ab" },
  { finite: "befürwortet befürwortete befürworteten befürworte befürworten", participle: "befürwortet" },
  { finite: "gesteht gestand gestanden gestehe gestehen", participle: "eingestanden", particle: "ein" },
  { finite: "erzählt erzählte erzählten erzähle erzählen", participle: "erzählt", core: true },
  { finite: "regt regte regten rege regen", participle: "angeregt", particle: "an", act: true },
  { finite: "betrachtet betrachtete betrachteten betrachte betrachten", participle: "betrachtet", actWith: "als" },
  { finite: "rät riet rieten rate raten", participle: "" },
  { finite: "rät riet rieten rate raten", participle: "abgeraten", particle: "ab", act: true },
  { finite: "mahnt mahnte mahnten mahne mahnen", participle: "gemahnt", act: true },
  { finite: "verweist verwies verwiesen verweise verweisen", participle: "verwiesen", act: true },
  { finite: "sichert sicherte sicherten sichere sichern", participle: "zugesichert", particle: "zu" },
  { finite: "verspricht versprach versprachen verspreche versprechen", participle: "versprochen" },
  { finite: "beteuert beteuerte beteuerten beteuere beteuern", participle: "beteuert" },
  { finite: "gesteht gestand gestanden gestehe gestehen", participle: "gestanden" },
  { finite: "verrät verriet verrieten verrate verraten", participle: "verraten" },
  { finite: "schildert schilderte schilderten schildere schildern", participle: "geschildert" },
  { finite: "legt legte legten lege legen", participle: "dargelegt", particle: "dar" },
  { finite: "legt legte legten lege legen", participle: "festgelegt", particle: "fest", cognition: true },
  { finite: "klagt klagte klagten klage klagen", participle: "geklagt" },
  // Verbs of manner that attribute a quote in news ("„Wir haben gewonnen“, jubelte der Trainer").
  { finite: "jubelt jubelte jubelten jubele juble jubeln", participle: "gejubelt" },
  { finite: "lacht lachte lachten lache lachen", participle: "gelacht" },
  { finite: "scherzt scherzte scherzten scherze scherzen", participle: "gescherzt" },
  { finite: "witzelt witzelte witzelten witzele witzeln", participle: "gewitzelt" },
  { finite: "frotzelt frotzelte frotzelten frotzele frotzeln", participle: "gefrotzelt" },
  { finite: "schimpft schimpfte schimpften schimpfe schimpfen", participle: "geschimpft" },
  { finite: "wettert wetterte wetterten wettere wettern", participle: "gewettert" },
  { finite: "poltert polterte polterten poltere poltern", participle: "gepoltert" },
  { finite: "spottet spottete spotteten spotte spotten", participle: "gespottet" },
  { finite: "höhnt höhnte höhnten höhne höhnen", participle: "gehöhnt" },
  { finite: "ätzt ätzte ätzten ätze ätzen", participle: "geätzt" },
  { finite: "stöhnt stöhnte stöhnten stöhne stöhnen", participle: "gestöhnt" },
  { finite: "seufzt seufzte seufzten seufze seufzen", participle: "geseufzt" },
  { finite: "schreit schrie schrien schreie schreien", participle: "geschrien" },
  { finite: "brüllt brüllte brüllten brülle brüllen", participle: "gebrüllt" },
  { finite: "flüstert flüsterte flüsterten flüstere flüstre flüstern", participle: "geflüstert" },
  { finite: "murmelt murmelte murmelten murmele murmle murmeln", participle: "gemurmelt" },
  { finite: "stammelt stammelte stammelten stammele stammle stammeln", participle: "gestammelt" },
  { finite: "schwärmt schwärmte schwärmten schwärme schwärmen", participle: "geschwärmt" },
  { finite: "frohlockt frohlockte frohlockten frohlocke frohlocken", participle: "frohlockt" },
  { finite: "triumphiert triumphierte triumphierten triumphiere triumphieren", participle: "triumphiert" },
  { finite: "kontert konterte konterten kontere kontern", participle: "gekontert" },
  { finite: "beruhigt beruhigte beruhigten beruhige beruhigen", participle: "beruhigt" },
  { finite: "folgert folgerte folgerten folgere folgern", participle: "gefolgert" },
  { finite: "erwähnt erwähnte erwähnten erwähne erwähnen", participle: "erwähnt" },
  { finite: "fragt fragte fragten frage fragen", participle: "gefragt" },
  { finite: "ruft rief riefen rufe rufen", participle: "aufgerufen", particle: "auf", act: true },
  { finite: "fordert forderte forderten fordere fordern", participle: "aufgefordert", particle: "auf", act: true },
  { finite: "bezeichnet bezeichnete bezeichneten bezeichne bezeichnen", participle: "bezeichnet", act: true },
  { finite: "nennt nannte nannten nenne nennen", participle: "genannt", act: true },
  { finite: "spricht sprach sprachen spreche sprechen", participle: "gesprochen", actWith: "von vom" },
  { finite: "beschreibt beschrieb beschrieben beschreibe beschreiben", participle: "beschrieben" },
  { finite: "stuft stufte stuften stufe stufen", participle: "eingestuft", particle: "ein" },
  { finite: "zitiert zitierte zitierten zitiere zitieren", participle: "zitiert", objectSpeaker: true, core: true },
  { finite: "heißt hieß", participle: "geheißen", wording: true },
  { finite: "verlautet verlautete", participle: "verlautet", sourceWith: "aus" },
  { finite: "geht ging gingen gehe ginge gehen", participle: "hervorgegangen", particle: "hervor", sourceWith: "aus", writtenSource: true },
  { finite: "informiert informierte informierten informiere informieren", participle: "informiert" },
  { finite: "beschließt beschloss beschlossen beschließe beschließen", participle: "beschlossen" },
  { finite: "entscheidet entschied entschieden entscheide entscheiden", participle: "entschieden" },
  {
    finite: "droht drohte drohten drohe drohen",
    participle: "gedroht",
    loomsWith: "haft haftstrafe gefängnis gefängnisstrafe strafe geldstrafe freiheitsstrafe jahre monate aus ende ärger ausfall pleite insolvenz",
  },
  { finite: "lobt lobte lobten lobe loben", participle: "gelobt" },
  { finite: "begrüßt begrüßte begrüßten begrüße begrüßen", participle: "begrüßt" },
  { finite: "verurteilt verurteilte verurteilten verurteile verurteilen", participle: "verurteilt" },
  { finite: "lehnt lehnte lehnten lehne lehnen", participle: "abgelehnt", particle: "ab" },
  { finite: "prognostiziert prognostizierte prognostizierten prognostiziere", participle: "prognostiziert" },
  { finite: "bilanziert bilanzierte bilanzierten bilanzieren", participle: "bilanziert" },
  { finite: "resümiert resümierte resümierten resümieren", participle: "resümiert" },
  { finite: "twittert twitterte twitterten twittern", participle: "getwittert", core: true },
  { finite: "zeigt zeigte zeigten zeige zeigen", participle: "gezeigt", cognition: true },
  { finite: "kritisiert kritisierte kritisierten kritisieren", participle: "kritisiert", act: true },
  { finite: "bedauert bedauerte bedauerten bedauere bedauern", participle: "bedauert" },
  { finite: "schließt schloss schlossen schließe schließen", participle: "ausgeschlossen", particle: "aus" },
  { finite: "räumt räumte räumten räumen", participle: "eingeräumt", particle: "ein" },
  { finite: "spricht sprach sprachen spreche sprechen", participle: "ausgesprochen", particle: "aus" },
  { finite: "plädiert plädierte plädierten plädiere plädieren", participle: "plädiert" },
  { finite: "wertet wertete werteten werte werten", participle: "gewertet", act: true },
  { finite: "feiert feierte feierten feiere feiern", participle: "gefeiert", cognition: true },
  { finite: "rechtfertigt rechtfertigte rechtfertigten rechtfertige rechtfertigen", participle: "gerechtfertigt", cognition: true },
  { finite: "vertritt vertrat vertraten vertrete vertreten", participle: "vertreten" },
  { finite: "unterstellt unterstellte unterstellten unterstellen", participle: "unterstellt" },
  { finite: "skandiert skandierte skandierten skandieren", participle: "skandiert" },
  { finite: "erinnert erinnerte erinnerten erinnere erinnern", participle: "erinnert" },
  { finite: "schätzt schätzte schätzten schätze schätzen", participle: "eingeschätzt", particle: "ein" },
  { finite: "sagt sagte sagten sage sagen", participle: "ausgesagt", particle: "aus" },
  { finite: "ergänzt ergänzte ergänzten ergänzen", participle: "ergänzt", core: true },
  { finite: "lautet lautete lauteten lauten", participle: "gelautet", wording: true },
  { finite: "formuliert formulierte formulierten formulieren", participle: "formuliert" },
  { finite: "präzisiert präzisierte präzisierten präzisieren", participle: "präzisiert" },
  { finite: "sieht sah sahen sehen", participle: "gesehen", cognition: true },
  { finite: "sieht sah sahen sehe sehen", participle: "angesehen", particle: "an", cognition: true },
  { finite: "hält hielt hielten halten", participle: "gehalten", cognition: true },
  { finite: "zweifelt zweifelte zweifelten zweifeln", participle: "gezweifelt", cognition: true },
  { finite: "wundert wunderte wunderten wundern", participle: "gewundert" },
  { finite: "freut freute freuten freue freuen", participle: "gefreut" },
  { finite: "ärgert ärgerte ärgerten ärgern", participle: "geärgert" },
  { finite: "ruft rief riefen rufen", participle: "gerufen" },
  { finite: "ruft rief riefen rufe rufen", participle: "ausgerufen", particle: "aus" },
  { finite: "sagt sagte sagten sage sagen", participle: "zugesagt", particle: "zu" },
  { finite: "signalisiert signalisierte signalisierten signalisiere signalisieren", participle: "signalisiert" },
  { finite: "besagt besagte besagten besagen", participle: "besagt" },
  { finite: "konstatiert konstatierte konstatierten konstatiere konstatieren", participle: "konstatiert", core: true },
  { finite: "prophezeit prophezeite prophezeiten prophezeie prophezeien", participle: "prophezeit" },
  { finite: "spekuliert spekulierte spekulierten spekuliere spekulieren", participle: "spekuliert", cognition: true },
  { finite: "mutmaßt mutmaßte mutmaßten mutmaße mutmaßen", participle: "gemutmaßt", cognition: true },
  { finite: "bescheinigt bescheinigte bescheinigten bescheinige bescheinigen", participle: "bescheinigt" },
  { finite: "attestiert attestierte attestierten attestiere attestieren", participle: "attestiert" },
  { finite: "beharrt beharrte beharrten beharre beharren", participle: "beharrt" },
  { finite: "pocht pochte pochten poche pochen", participle: "gepocht" },
  { finite: "beschuldigt beschuldigte beschuldigten beschuldige beschuldigen", participle: "beschuldigt" },
  { finite: "bekundet bekundete bekundeten bekunde bekunden", participle: "bekundet" },
  { finite: "verneint verneinte verneinten verneine verneinen", participle: "verneint" },
  { finite: "erwartet erwartete erwarteten erwarte", participle: "erwartet", cognition: true },
  { finite: "vermeldet vermeldete vermeldeten vermelde vermelden", participle: "vermeldet", core: true },
  { finite: "notiert notierte notierten notieren", participle: "notiert", core: true },
  { finite: "würdigt würdigte würdigten würdige würdigen", participle: "gewürdigt" },
  { finite: "vergleicht verglich verglichen vergleiche vergleichen", participle: "verglichen", act: true },
  { finite: "bittet bat baten bitte bitten", participle: "gebeten" },
  { finite: "beziffert bezifferte bezifferten beziffere beziffern", participle: "beziffert", act: true },
  { finite: "attackiert attackierte attackierten attackiere attackieren", participle: "attackiert" },
  { finite: "sagt sagte sagten sage sagen", participle: "nachgesagt", particle: "nach" },
  { finite: "gibt gab gaben gebe geben", participle: "vorgegeben", particle: "vor" },
  { finite: "traut traute trauten traue trauen", participle: "zugetraut", particle: "zu" },
  { finite: "drängt drängte drängten dränge drängen", participle: "gedrängt", act: true },
  { finite: "erwägt erwog erwogen erwäge erwägen", participle: "erwogen", cognition: true },
  { finite: "beabsichtigt beabsichtigte beabsichtigten beabsichtige beabsichtigen", participle: "beabsichtigt", cognition: true },
  { finite: "charakterisiert charakterisierte charakterisierten charakterisiere charakterisieren", participle: "charakterisiert", act: true },
  { finite: "beurteilt beurteilte beurteilten beurteile beurteilen", participle: "beurteilt", act: true },
  { finite: "tituliert titulierte titulierten tituliere titulieren", participle: "tituliert", act: true },
  { finite: "urteilt urteilte urteilten urteile urteilen", participle: "geurteilt" },
  { finite: "drückt drückte drückten drücke drücken", participle: "ausgedrückt", particle: "aus" },
];

/** Words that follow "nach" or precede "zufolge" and make a source phrase ("nach Angaben der Polizei"); compounds ending in them count too. */
export const GERMAN_SOURCE_NOUNS: readonly string[] = [
  "angaben", "angabe", "ansicht", "auffassung", "meinung", "einschätzung", "einschätzungen", "informationen", "aussage",
  "aussagen", "darstellung", "berichten", "bericht", "berichte", "worten", "schätzungen", "schätzung", "erkenntnissen",
  "überzeugung", "auskunft", "auskünften", "mitteilung", "meldungen", "meldung", "recherchen", "ermittlungen", "vorstellung",
  "vorstellungen", "willen", "plänen", "umfragen", "umfrage", "prognosen", "prognose", "berechnungen", "einschätzung",
  "erkenntnis", "aussagen", "zeugenaussagen", "beobachtungen", "vermutungen", "spekulationen", "gerüchten", "quellen",
  "kreisen", "aussage", "angaben", "interpretation", "lesart", "analyse", "studie", "gutachten", "statistik",
  "statistiken", "daten", "zahlen", "ansichten", "worte", "schilderungen", "schilderung", "behauptungen", "behauptung",
  "annahmen", "annahme", "befürchtungen", "ergebnissen", "untersuchungen", "dokumenten", "unterlagen", "erklärung",
  "pressemitteilung", "mitteilungen", "verlautbarung", "äußerungen", "äußerung", "version", "sicht", "idee", "vernehmen",
  "stellungnahme", "stellungnahmen", "wunsch", "wünschen", "medien", "medienberichten", "endergebnis", "ergebnis", "ergebnissen",
  "planungen", "planung", "erkenntnisstand", "kenntnisstand", "erfahrungen", "ankündigung", "quellenlage",
  "nachricht", "nachrichten", "verfassung", "grundgesetz", "gesetz", "gesetzentwurf", "gesetzesentwurf", "vorüberlegungen",
  "schätzungen", "expertenmeinung", "polizeiangaben", "angaben", "auswertung", "darstellungen", "hochrechnung",
  "hochrechnungen", "prognosen", "erhebung", "erhebungen", "befragung", "recherche", "unterlagen", "akten", "protokoll",
  "plan", "dokument", "bekunden", "vorhersage", "vorhersagen", "stand", "bewertung", "bewertungen", "beurteilung", "studien", "analysen",
];

/** Prepositions that cite a source: "laut X", "gemäß X". */
export const GERMAN_SOURCE_PREPOSITIONS: readonly string[] = ["laut", "gemäß", "lt."];
/** Postpositions that cite a source: "X zufolge". */
export const GERMAN_SOURCE_POSTPOSITIONS: readonly string[] = ["zufolge"];
/** Adverbs that point back to a source ("Demnach …", "wonach …"). */
export const GERMAN_SOURCE_ADVERBS: readonly string[] = ["demnach", "wonach", "demzufolge"];

/** Verbs after "Für X" that make the sentence X's view ("Für Küng ist der Rücktritt richtig"), not something done for X ("Für Merkel gab es Applaus"). */
export const GERMAN_OPINION_VERBS: readonly string[] = [
  "ist", "sind", "sei", "seien", "war", "waren", "wäre", "wären", "bleibt", "bleibe", "blieb", "steht", "stehe", "stand", "gilt", "gelte", "galt",
  "bedeutet", "bedeute", "zählt", "zähle", "liegt", "liege", "handelt", "handle", "handele",
];

/**
 * Finite verbs in Konjunktiv I: they mark a clause as reported speech.
 * Forms identical with the indicative ("sagen", "haben") are left out.
 */
export const GERMAN_SUBJUNCTIVE_FORMS: readonly string[] = [
  "sei", "seien", "seiest", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "möge", "wisse",
  "gebe", "bestehe", "liege", "stehe", "gehe", "komme", "brauche", "fehle", "gelte", "handle", "handele", "bleibe", "trage",
  "sehe", "lasse", "halte", "bringe", "mache", "nehme", "finde", "zeige", "erwarte", "plane", "arbeite", "verfüge", "leide",
  "sterbe", "treffe", "lebe", "diene", "drohe", "führe", "beziehe", "betrage", "belaufe", "reiche", "sitze", "wachse",
  "spiele", "passe", "steige", "sinke", "falle", "laufe", "stamme", "richte", "entspreche", "unterstütze", "lehne",
  "verstoße", "betreffe", "trete", "gehöre", "hänge", "glaube", "denke", "kenne", "rechne", "befinde", "ermittle", "prüfe",
  "suche", "tue", "heiße", "setze", "bedeute", "bedinge", "funktioniere", "existiere", "verhindere", "erfülle", "schütze",
];

/**
 * The Konjunktiv I forms of the cue verbs ("sage", "betone", "erinnere"):
 * their listed finite forms in -e that are no past tense ("sagte"). As a
 * lower-case word outside quotation marks (news text has no first person
 * there) such a form reports speech: "…, die Aktion erinnere „…“" is
 * what the critic said, not a new speaker's words.
 */
function cueVerbSubjunctives(verbs: readonly CueVerb[]): string[] {
  return [...new Set(verbs.flatMap((v) => v.finite.split(" ").filter((f) => /[^t]e$/u.test(f))))];
}

/** Konjunktiv II forms: reported speech when they follow it, else often a plain conditional ("wäre", "würde"). */
export const GERMAN_CONDITIONAL_FORMS: readonly string[] = [
  "wäre", "wären", "hätte", "hätten", "würde", "würden", "müssten", "müsste", "könnten", "dürften", "dürfte", "bräuchte",
  "gäbe", "gäben", "lägen", "läge", "stünde", "stünden", "ginge", "käme", "kämen", "befänden", "befände", "brächten",
];

/** Finite forms of "sollen" that report hearsay ("Er soll … gesagt haben"). */
export const GERMAN_HEARSAY_FORMS: readonly string[] = ["soll", "sollen"];

/** Infinitives that end a hearsay clause ("soll … getötet worden sein", "sollen … gesehen haben"). */
export const GERMAN_HEARSAY_ENDINGS: readonly string[] = ["haben", "sein", "worden", "werden"];

/** Conjunctions that open a reported complement clause after a cue verb. */
export const GERMAN_COMPLEMENT_CONJUNCTIONS: readonly string[] = ["dass", "daß", "ob", "wie", "wann", "warum", "weshalb", "wer", "was", "wo", "wieso", "inwieweit"];

/** Personal pronouns that can be a speaker. */
export const GERMAN_SPEAKER_PRONOUNS: readonly string[] = ["er", "sie", "es", "man", "ich", "wir", "dieser", "diese", "dieses", "jener", "jene", "letztere", "letzterer", "erstere", "ersterer"];

/** Articles and determiners that open a noun phrase. */
export const GERMAN_DETERMINERS: readonly string[] = [
  "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen", "dieser", "diese", "dieses",
  "diesem", "diesen", "sein", "seine", "seiner", "seines", "seinem", "seinen", "ihr", "ihre", "ihrer", "ihres", "ihrem", "ihren",
  "mehrere", "einige", "viele", "zahlreiche", "beide", "beiden", "alle", "andere", "jeder", "jede", "kein", "keine", "unser", "unsere",
];

/** Adverbs and particles that may stand between a cue verb and the speaker after it ("sagte weiter der Minister"). */
export const GERMAN_SKIP_ADVERBS: readonly string[] = [
  "auch", "zusammen", "zudem", "außerdem", "weiter", "weiterhin", "jedoch", "aber", "dazu", "damals", "nun", "nunmehr", "jetzt", "heute", "gestern",
  "vorgestern", "derzeit", "zurzeit", "aktuell", "momentan", "gegenwärtig", "inzwischen", "bereits", "schon", "noch", "ebenfalls", "dagegen", "hingegen", "seinerseits", "ihrerseits", "unsererseits", "meinerseits", "selber", "allerdings", "daraufhin", "später",
  "zuvor", "zuletzt", "ferner", "indes", "indessen", "unterdessen", "derweil", "mittlerweile", "wiederum", "gleichzeitig",
  "zugleich", "erneut", "nochmals", "ausdrücklich", "wörtlich", "sinngemäß", "öffentlich", "offen", "offiziell", "dort",
  "etwa", "beispielsweise", "gleichfalls",
  "hier", "daher", "deshalb", "deswegen", "darum", "also", "demnach", "zwar", "ebenso", "genauso", "bislang", "bisher", "stets",
  "immer", "wieder", "mehrfach", "lediglich", "nur", "sogar", "selbst", "freilich", "übrigens", "kürzlich", "jüngst", "neulich",
  "morgen", "früher", "einst", "anschließend", "abschließend", "dabei", "darin", "darauf", "dann", "sofort", "persönlich",
  "schriftlich", "mündlich", "telefonisch", "bloß", "kurz", "knapp", "so", "hierzu", "hierbei", "dennoch", "damit", "trotzdem",
  "somit", "folglich", "insofern", "gleichwohl", "immerhin", "jedenfalls", "schließlich", "letztlich", "tatsächlich", "offenbar",
  "offensichtlich", "vermutlich", "wahrscheinlich", "möglicherweise", "angeblich", "anscheinend", "bekanntlich", "erst",
  "zunächst", "vorerst", "danach", "davor", "seither", "bald", "stattdessen", "vielmehr", "eher", "besonders", "insbesondere",
  "zuerst", "erstmals", "deutlich", "scharf", "klar", "zusätzlich", "insgesamt", "ursprünglich", "letztendlich", "schlussendlich",
  "endlich", "grundsätzlich", "generell", "einerseits", "andererseits", "zumindest", "wenigstens", "nicht", "nie", "niemals",
  "keineswegs", "durchaus", "wohl", "ja", "doch", "eben", "gern", "gerne", "ebenda", "hierauf", "darüber", "hinaus", "überdies",
  "nachdrücklich", "energisch", "entschieden", "vehement", "heftig", "gleich", "direkt", "unmittelbar", "wörtlich", "lapidar",
  "knapp", "sichtlich", "erleichtert", "enttäuscht", "zufrieden", "besorgt", "erfreut", "skeptisch", "optimistisch", "pessimistisch", "zuversichtlich", "überrascht", "empört", "verärgert", "erschüttert", "betroffen", "zurückhaltend", "gelassen", "alarmiert", "bestürzt", "entsetzt", "schockiert", "irritiert", "verwundert", "dankbar", "hoffnungsvoll", "stolz", "selbstkritisch", "ironisch", "rückblickend",
  "neuerdings", "künftig", "zukünftig", "ohnehin", "sowieso", "nebenbei", "abends", "morgens", "mittags", "nachts", "vormittags", "nachmittags", "jüngst", "bisweilen", "mehrmals", "oft", "häufig",
  "dagegen", "dazu", "davon", "daran", "dafür", "dadurch", "demgegenüber", "umgekehrt", "ebenso", "schon", "mal", "einmal",
];

/** Nouns of media and audiences: a noun phrase with one of them after a cue verb is the addressee, not the speaker ("sagte der Zeitung"). */
export const GERMAN_ADDRESSEE_NOUNS: readonly string[] = [
  "zeitung", "tageszeitung", "wochenzeitung", "sonntagszeitung", "nachrichtenagentur", "agentur", "presse", "journalisten",
  "journalistinnen", "reportern", "zuhörern", "medien", "öffentlichkeit", "delegierten", "teilnehmern", "zuschauern",
  "online-ausgabe", "ausgabe", "zeitschrift", "welt", "bild", "funke-mediengruppe", "pressekonferenz", "versammlung",
  "menge", "nation", "bevölkerung", "kommission",
];

/** Nouns that name a person by role: a speaker with one of them can be resolved to an earlier person mention. */
export const GERMAN_PERSON_ROLES: readonly string[] = [
  "sprecher", "sprecherin", "minister", "ministerin", "präsident", "präsidentin", "kanzler", "kanzlerin", "chef", "chefin",
  "vorsitzende", "vorsitzender", "politiker", "politikerin", "abgeordnete", "abgeordneter", "bürgermeister", "bürgermeisterin",
  "trainer", "trainerin", "direktor", "direktorin", "leiter", "leiterin", "experte", "expertin", "anwalt", "anwältin",
  "sekretär", "sekretärin", "kommissar", "kommissarin", "botschafter", "botschafterin", "gouverneur", "premier",
  "premierminister", "premierministerin", "regierungschef", "regierungschefin", "staatschef", "parteichef", "senator",
  "senatorin", "richter", "richterin", "staatsanwalt", "staatsanwältin", "ermittler", "manager", "managerin", "autor",
  "autorin", "wissenschaftler", "wissenschaftlerin", "forscher", "forscherin", "arzt", "ärztin", "kapitän", "general",
  "oberbürgermeister", "ministerpräsident", "ministerpräsidentin", "bundeskanzler", "bundeskanzlerin", "papst", "könig", "königin",
  "geschäftsführer", "geschäftsführerin", "intendant", "intendantin", "gründer", "gründerin", "unternehmer", "unternehmerin",
  "berater", "beraterin", "analyst", "analystin", "ökonom", "ökonomin", "historiker", "historikerin", "soziologe", "soziologin",
  "politologe", "politologin", "psychologe", "psychologin", "therapeut", "therapeutin", "professor", "professorin",
  "wissenschafter", "wissenschafterin", "kritiker", "kritikerin", "aktivist", "aktivistin", "funktionär", "funktionärin",
  "beauftragte", "beauftragter", "landrat", "landrätin", "verteidiger", "verteidigerin", "regisseur", "regisseurin",
  "schriftsteller", "schriftstellerin", "künstler", "künstlerin", "schauspieler", "schauspielerin", "sänger", "sängerin",
  "bischof", "bischöfin", "kardinal", "pfarrer", "pfarrerin", ...AUSTRIAN_OFFICE_ENDINGS,
];

/** Nouns (and compound endings) that name a title or a work in quotation marks, not a quote ("die Zeitung „…“", "der Film „…“"). */
export const GERMAN_TITLE_NOUNS: readonly string[] = [
  "zeitung", "zeitschrift", "magazin", "blatt", "buch", "roman", "film", "serie", "sendung", "show", "album", "lied", "song",
  "single", "titel", "motto", "name", "namen", "operation", "projekt", "programm", "kampagne", "aktion", "initiative", "partei",
  "bündnis", "gruppe", "band", "verein", "firma", "unternehmen", "marke", "modell", "schiff", "station", "sonde", "mission",
  "preis", "auszeichnung", "stück", "oper", "ausstellung", "festival", "spiel", "gesetz", "bericht", "studie", "plan",
  "konzept", "slogan", "schlagwort", "begriff", "wort", "spitzname", "rubrik", "kolumne", "blog", "website", "seite",
  "hotel", "restaurant", "lokal", "club", "klub", "sorte", "satellit", "rakete", "tour", "album", "werk", "kategorie", "klasse",
];

/** Nouns whose quotation is always a name, even a whole sentence ("unter dem Motto „Wir sind das Volk!“", "die Dokumentation „Eine unbequeme Wahrheit“"). */
export const GERMAN_NAMING_NOUNS: readonly string[] = [
  "motto", "slogan", "titel", "untertitel", "überschrift", "schlagzeile", "dokumentation", "erstwerk", "werk", "roman", "film", "buch",
];

/** Words before quotation marks that make the quoted words a name or a term ("sogenannte „…“", "namens „…“"). */
export const GERMAN_TERM_MARKERS: readonly string[] = [
  "sogenannte", "sogenannten", "sogenannter", "sogenanntes", "so genannte", "so genannten", "so genannter", "namens",
  "genannt", "genannte", "genannten", "heißt", "hieß", "heißen", "lautet", "lautete", "bekannt", "bezeichnung", "titel", "motto", "stichwort",
  "kurz", "bzw.", "auch", "oder", "und", "sich als",
];

/** English, French, Italian and Spanish function words that German does not use: a short quote with one of them is a foreign title. */
export const GERMAN_FOREIGN_TITLE_WORDS: readonly string[] = [
  "the", "of", "at", "a", "an", "and", "is", "to", "on", "my", "your", "le", "la", "les", "du", "et", "est", "il", "lo", "di", "della", "dello", "delle", "del", "el", "los", "las", "y",
];

/** Speaking nouns that can stand in for a cue before a colon ("In einer Erklärung hieß es: …", "Seine Botschaft: …"). */
export const GERMAN_STATEMENT_NOUNS: readonly string[] = [
  "erklärung", "stellungnahme", "mitteilung", "pressemitteilung", "botschaft", "worte", "worten", "aussage", "appell",
  "fazit", "urteil", "kommentar", "antwort", "forderung", "warnung", "begründung", "devise", "motto", "credo", "kritik",
];

/** Nouns of a claim someone else made ("wies die Darstellung zurück, …"): after a verb of rejection the clause that follows is the claim's content. */
export const GERMAN_CLAIM_NOUNS: readonly string[] = [
  "darstellung", "darstellungen", "bericht", "berichte", "meldung", "meldungen", "annahme", "behauptung", "behauptungen",
  "gerücht", "gerüchte", "spekulation", "spekulationen", "vermutung", "vermutungen", "version", "medienberichte", "presseberichte",
];

/** Speaker phrases of the "heißt es" kind: a source in a prepositional phrase, no subject. */
export const GERMAN_IMPERSONAL_CUES: readonly string[] = ["heißt es", "hieß es", "hatte es geheißen", "hat es geheißen"];

/** Cue verbs that are no cue when "sich" follows them ("entschied sich", "schloss sich … an", "hält sich"). */
export const GERMAN_REFLEXIVE_NON_CUES: readonly string[] = [
  "entscheidet", "entschied", "entschieden", "schließt", "schloss", "schlossen", "hält", "hielt", "hielten", "stellt", "stellte",
  "stellten", "legt", "legte", "ergibt", "ergab", "erklärt", "erklärte", "erklärten", "zeigt", "zeigten", "führt", "führte", "hebt", "hob", "gibt", "gab", "gaben", "sieht", "sah",
  "nennt", "nannte", "nannten", "bezeichnet", "bezeichnete", "bezeichneten",
];

/** Conjunctions that open a subordinate clause (the finite verb stands at its end). */
export const GERMAN_SUBORDINATORS: readonly string[] = [
  "dass", "daß", "ob", "wie", "als", "nachdem", "weil", "da", "während", "wobei", "wonach", "obwohl", "obgleich", "wenn", "falls",
  "bevor", "ehe", "seit", "seitdem", "sobald", "zumal", "wenngleich", "obschon", "sofern", "soweit", "solange", "damit", "indem", "sodass", "womit", "worauf", "weshalb", "warum", "wo", "was", "wer",
  "woraufhin", "weswegen", "wodurch", "wofür", "worüber", "wohingegen", "wogegen",
];

/** Prepositions: a phrase they open is skipped when looking for a speaker after a verb ("sagte am Montag in Berlin der Minister"). */
export const GERMAN_PREPOSITIONS: readonly string[] = [
  "an", "am", "auf", "aus", "bei", "beim", "im", "in", "ins", "mit", "nach", "seit", "über", "unter", "vor", "während", "zum", "zur",
  "gegenüber", "für", "durch", "gegen", "ohne", "um", "ab", "bis", "vom", "von", "anlässlich", "angesichts", "wegen", "trotz",
  "zu", "per", "via", "nahe", "neben", "hinter", "zwischen", "innerhalb", "außerhalb", "seitens", "mittels", "bezüglich",
  "hinsichtlich", "infolge", "aufgrund", "dank", "entgegen", "samt", "nebst", "außer", "binnen", "einschließlich", "inklusive",
  "jenseits", "oberhalb", "unterhalb", "statt", "anstatt", "zwecks", "mangels", "unweit", "ob", "bzgl.",
];

/** Nouns that head adverbial phrases, not speakers ("Des Weiteren", "Im Übrigen"). */
export const GERMAN_ADVERBIAL_NOUNS: readonly string[] = ["weiteren", "übrigen", "öfteren", "ganzen", "allgemeinen", "wesentlichen", "einzelnen", "folgenden", "vorfeld", "zuge"];

/** Nouns with an abstract ending that name an acting body, so a phrase headed by one can be a speaker ("die Regierung", "die Kommission"). */
export const GERMAN_AGENT_NOUNS: readonly string[] = [
  "regierung", "bundesregierung", "landesregierung", "zeitung", "tageszeitung", "stiftung", "vereinigung", "verwaltung",
  "organisation", "kommission", "delegation", "redaktion", "opposition", "koalition", "fraktion", "union", "nation", "gewerkschaft",
  "staatsanwaltschaft", "leitung", "führung", "direktion", "vertretung", "bewegung", "partei", "institution", "polizeidirektion",
  "behörde", "agentur", "kirche", "mannschaft", "gemeinschaft", "botschaft", "ermittlungsbehörde", "versammlung", "vereinigungen",
  // Groups of people who speak ("Die Experten sind sicher, dass …").
  "experten", "ärzte", "kritiker", "beobachter", "analysten", "anwohner", "demonstranten", "polizisten", "mediziner", "ökonomen",
  "juristen", "fachleute", "gegner", "befürworter", "aktivisten", "umweltschützer", "datenschützer", "verbraucherschützer",
];

/** Nouns of time: a capitalised word of this kind after a cue verb is not the speaker ("sagte Montag"). */
export const GERMAN_TIME_NOUNS: readonly string[] = [
  "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag", "wochenende", "abend", "morgen",
  "vormittag", "nachmittag", "mittag", "nacht", "anfang", "ende", "mitte", "januar", "februar", "märz", "april", "mai", "juni",
  "juli", "august", "september", "oktober", "november", "dezember", "rande", "vorfeld", "anschluss", "rahmen", "namen",
  "jahr", "jahres", "monat", "monats", "woche", "frühjahr", "frühling", "sommer", "herbst", "winter", "verlauf", "tagesverlauf",
  "laufe", "zuge", "zeitraum", "jahresverlauf", "wochenverlauf",
];

/** Object pronouns: never a speaker ("sagte ihm"). */
export const GERMAN_OBJECT_PRONOUNS: readonly string[] = ["ihm", "ihr", "ihnen", "uns", "mir", "dir", "euch", "sich", "mich", "dich", "ihn"];

/** Auxiliaries that carry a cue participle ("hat … erklärt", "wurde … mitgeteilt"). */
export const GERMAN_AUXILIARIES: readonly string[] = [
  "hat", "hatte", "haben", "hatten", "habe", "hätte", "hätten", "ist", "war", "sei", "waren", "sind", "wurde", "wurden", "wird", "werde", "werden",
  "worden", "soll", "sollen", "will", "wollen", "wollte", "kann", "könne", "konnte", "muss", "musste", "würde", "würden",
];

/** Coordinating conjunctions that may open a clause. */
export const GERMAN_COORDINATORS: readonly string[] = ["und", "aber", "doch", "denn", "sondern", "oder", "jedoch", "sowie"];

/** Focus particles that may stand before a subject in the first position ("Auch der Minister sagte …"). */
export const GERMAN_FOCUS_PARTICLES: readonly string[] = ["auch", "selbst", "sogar", "nur", "allein", "vor", "allem", "gerade", "ausgerechnet"];

/** Lower-case particles inside personal names ("Ursula von der Leyen", "zu Guttenberg"). */
export const GERMAN_NAME_PARTICLES: readonly string[] = ["von", "van", "vom", "zu", "de", "del", "della", "der", "den", "da", "di", "du", "le", "la", "bin", "ibn", "al", "el", "y", "ten", "ter"];

/** Words that begin a genitive or source attachment inside a speaker phrase ("Sprecher des Ministeriums", "Chef von Siemens"). */
export const GERMAN_NP_LINKS: readonly string[] = ["des", "der", "eines", "einer", "von", "vom", "für", "aus"];

/** Words that speak for a phrase's source when they follow "heißt es": "in", "aus", "von", "seitens". */
export const GERMAN_IMPERSONAL_SOURCE_PREPOSITIONS: readonly string[] = ["in", "im", "aus", "von", "vom", "seitens", "bei", "beim", "auf"];

/** Nouns of opinion and finding that govern a reported "dass" clause ("kam zu dem Ergebnis, dass", "ist der Meinung, dass"). */
export const GERMAN_CONTENT_NOUNS: readonly string[] = [
  "ergebnis", "schluss", "schluß", "meinung", "auffassung", "ansicht", "überzeugung", "hoffnung", "eindruck", "befürchtung",
  "annahme", "einschätzung", "standpunkt", "erkenntnis", "vermutung", "verdacht", "sorge", "angst", "behauptung", "hinweis",
  "ankündigung", "aufforderung", "forderung", "vorschlag", "appell", "bitte", "beschluss", "befehl", "warnung", "aufruf",
  "aufrufe", "vorwurf", "vorwürfe", "drohung", "zusage", "empfehlung", "behauptungen", "aussage", "äußerung", "schlussfolgerung",
  "pläne", "absicht", "bereitschaft", "versprechen", "weisung", "anweisung", "zweifel", "befürchtungen", "erklärung", "erklärungen",
  "argument", "argumente", "einwand",
];

/** Words of a clause without a speaker that make the "dass" clause after it reported ("wurde bekannt, dass", "Es wird angenommen, dass"). */
export const GERMAN_IMPERSONAL_THAT_WORDS: readonly string[] = ["bekannt", "angenommen", "vermutet", "befürchtet", "erwartet", "berichtet", "gemeldet"];

/** Everything the quote finder needs for German. */
export const GERMAN_QUOTE_DATA: QuoteLanguageData = {
  cueVerbs: GERMAN_CUE_VERBS,
  sourceNouns: GERMAN_SOURCE_NOUNS,
  sourcePrepositions: GERMAN_SOURCE_PREPOSITIONS,
  sourcePostpositions: GERMAN_SOURCE_POSTPOSITIONS,
  sourceAdverbs: GERMAN_SOURCE_ADVERBS,
  opinionPrepositions: ["für"],
  opinionVerbs: GERMAN_OPINION_VERBS,
  sourceNounPreposition: "nach",
  sourceNounLinks: ["des", "der", "eines", "einer", "von", "vom", "aus"],
  soWord: "so",
  asWord: "wie",
  subjunctive: [...GERMAN_SUBJUNCTIVE_FORMS, ...GERMAN_CONDITIONAL_FORMS],
  subjunctiveEndings: ["iere"],
  subjunctiveEndingExceptions: ["schiere"],
  firstPersonWords: ["ich", "wir", "mich", "mir", "uns", "mein", "meine", "meinen", "meinem", "meiner", "unser", "unsere", "unseren", "unserem", "unserer", "unseres"],
  imperatives: ["lasst", "lass", "lassen"],
  strongSubjunctive: GERMAN_SUBJUNCTIVE_FORMS,
  cueSubjunctives: cueVerbSubjunctives(GERMAN_CUE_VERBS),
  hearsay: GERMAN_HEARSAY_FORMS,
  hearsayEndings: GERMAN_HEARSAY_ENDINGS,
  complementizers: GERMAN_COMPLEMENT_CONJUNCTIONS,
  pronouns: GERMAN_SPEAKER_PRONOUNS,
  determiners: GERMAN_DETERMINERS,
  skipAdverbs: GERMAN_SKIP_ADVERBS,
  addresseeNouns: GERMAN_ADDRESSEE_NOUNS,
  personRoles: GERMAN_PERSON_ROLES,
  officeRoles: ["präsident", "präsidentin", "kanzler", "kanzlerin", "premier", "minister", "ministerin", "regierungschef", "regierungschefin", "staatschef", "staatschefin", "papst", "könig", "königin", "kaiser", "gouverneur", "gouverneurin", "bürgermeister", "bürgermeisterin", "botschafter", "botschafterin"],
  titleNouns: GERMAN_TITLE_NOUNS,
  notTitleCompounds: ["beispiel", "antwort", "mitglied", "verband", "frühstück", "schlusswort"],
  sloganNouns: ["parole", "parolen", "slogan", "slogans", "sprüche", "spruch", "rufe", "sprechchöre", "losungen", "schlachtrufe"],
  namingNouns: GERMAN_NAMING_NOUNS,
  bareSpeakers: [],
  subjunctiveIdioms: ["es sei denn", "wie dem auch sei"],
  unmistakableSubjunctive: ["sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "gebe", "stehe", "gehe", "liege", "komme"],
  termMarkers: GERMAN_TERM_MARKERS,
  namingAfter: ["genannt", "bekannte", "bekannten", "bekannter", "bekanntes", "genannte", "genannten", "genannter", "genanntes", "getaufte", "getauften"],
  selfNamingVerbs: ["nennt", "nennen", "nannte", "nannten", "bezeichnet", "bezeichnen", "bezeichnete", "bezeichneten"],
  translationMarkers: ["übersetzt", "deutsch", "wörtlich"],
  foreignTitleWords: GERMAN_FOREIGN_TITLE_WORDS,
  statementNouns: GERMAN_STATEMENT_NOUNS,
  claimNouns: GERMAN_CLAIM_NOUNS,
  impersonalCues: GERMAN_IMPERSONAL_CUES,
  impersonalSourcePrepositions: GERMAN_IMPERSONAL_SOURCE_PREPOSITIONS,
  subordinators: GERMAN_SUBORDINATORS,
  prepositions: GERMAN_PREPOSITIONS,
  timeNouns: GERMAN_TIME_NOUNS,
  objectPronouns: GERMAN_OBJECT_PRONOUNS,
  auxiliaries: GERMAN_AUXILIARIES,
  coordinators: GERMAN_COORDINATORS,
  focusParticles: GERMAN_FOCUS_PARTICLES,
  // "California Institute of Technology", "University of St. Andrews": English names inside German text.
  nameParticles: [...GERMAN_NAME_PARTICLES, "of"],
  relativePronouns: ["dem", "der", "denen", "welchem", "welcher", "welchen", "welche", "welches", "dessen", "deren", "die", "das"],
  thatWords: ["dass", "daß"],
  demonstratives: ["das", "dies", "dieses"],
  npLinks: GERMAN_NP_LINKS,
  reflexiveNonCues: GERMAN_REFLEXIVE_NON_CUES,
  stativeParticiples: ["gemeint"],
  stativeAuxiliaries: ["ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären"],
  glosses: ["das heißt", "will sagen"],
  labelWords: ["als"],
  reflexive: ["sich"],
  adverbialNouns: GERMAN_ADVERBIAL_NOUNS,
  adverbialHeadEndings: ["gründen", "gründe"],
  durationNouns: ["stunden", "minuten", "sekunden", "tage", "tagen", "wochen", "monate", "monaten", "jahre", "jahren", "jahrzehnte", "jahrzehnten"],
  timeHeads: [
    ...Object.keys(GERMAN_WEEKDAYS), "wochenende", "woche", "monat", "jahr",
    "morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", "frühjahr", "sommer", "herbst", "winter",
    ...Object.keys(GERMAN_DATE_MONTHS),
  ],
  agentNouns: GERMAN_AGENT_NOUNS,
  passiveAuxiliaries: ["wird", "wurde", "wurden", "werde", "werden", "worden", "würde", "würden"],
  agentPrepositions: ["von", "vom"],
  expletives: ["es"],
  directionWords: ["oben", "unten", "vorne", "vorn", "hinten", "draußen", "drinnen", "innen", "außen", "links", "rechts", "hause", "haus"],
  impersonalPronouns: ["man"],
  accusativeDeterminers: ["den", "einen", "seinen", "ihren", "diesen", "jenen", "unseren", "keinen", "dem", "einem", "seinem", "ihrem", "diesem"],
  subjectRelatives: ["der", "die", "das", "welcher", "welche", "welches"],
  masculineRelatives: ["der", "welcher"],
  pluralDeterminers: ["alle", "viele", "mehrere", "beide", "einige", "zahlreiche", "zwei", "drei", "vier", "fünf"],
  partitives: ["einer", "eine", "eines", "keiner", "keine", "jeder", "jede", "viele", "einige", "mehrere", "beide", "alle", "zwei", "drei"],
  quantifiers: ["beiden", "anderen", "vielen", "zahlreichen", "wenigen", "mehreren", "einigen"],
  numberWords: ["zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "zwölf", "hundert", "tausend"],
  adjectiveAdverbs: ["nicht", "noch", "bisher", "bislang", "sehr", "besonders", "ebenfalls", "derzeit", "damals", "inzwischen", "kürzlich", "früher", "gestern", "heute", "vorgestern", "zuvor", "bereits", "jüngst", "erst", "neu", "eigens", "zuletzt"],
  titleArticles: ["der", "die", "das", "des", "dem", "den"],
  fusedArticles: ["im", "am", "vom", "zum", "zur", "beim", "ins", "ans"],
  wordingBefore: ["als", "von", "vom", "ein", "eine", "einen", "einer", "einem", "eines", "vor", "zu", "zur", "zum", "für", "wie", "kein", "keine", "keinen", "sei", "seien", "sind", "ist", "war"],
  wordingArticles: ["ein", "eine", "einen", "einem", "einer", "eines", "als"],
  cutSubordinators: ["wobei", "womit", "was"],
  frameJoiners: ["und", "sowie", "jedoch", "aber", "doch"],
  purposeWords: ["um", "ohne", "anstatt", "statt"],
  whRelatives: ["welche", "welcher", "welches", "welchen", "welchem"],
  degreeWords: ["so", "derart", "dermaßen", "solch", "solche", "solchen", "solcher", "zu", "genug", "sodass", "insofern", "insoweit", "dadurch", "deshalb", "darum", "deswegen"],
  contractedPrepositions: ["im", "beim", "vom", "am"],
  ownWords: ["eigene", "eigenem", "eigenen", "eigener", "eigenes"],
  numberAmbiguousPronouns: ["sie"],
  pluralPronouns: ["wir", "ihr"],
  pluralFiniteVerbs: ["sind", "waren"],
  pluralVerbEnding: "en",
  negativeDeterminers: ["kein", "keine", "keinen", "keinem", "keiner", "keines"],
  appositionArticles: ["der", "die", "des", "dem", "den"],
  appositionComplements: ["des", "der", "von", "vom", "im", "in", "für", "bei", "beim", "am", "an", "aus"],
  roleComplementLinks: ["des", "der", "von", "vom"],
  unnamedDeterminers: ["ein", "eine", "der", "die", "vom"],
  roleSynonyms: {
    ministerpräsident: ["regierungschef", "premierminister", "premier"], ministerpräsidentin: ["regierungschefin", "premierministerin", "premierin"],
    regierungschef: ["ministerpräsident", "premierminister", "premier", "kanzler"], regierungschefin: ["ministerpräsidentin", "premierministerin", "premierin", "kanzlerin"],
    premierminister: ["regierungschef", "ministerpräsident", "premier"], premierministerin: ["regierungschefin", "ministerpräsidentin", "premierin"],
    präsident: ["staatschef", "staatsoberhaupt", "staatspräsident"], präsidentin: ["staatschefin", "staatsoberhaupt", "staatspräsidentin"],
    staatschef: ["präsident", "staatsoberhaupt"], staatschefin: ["präsidentin", "staatsoberhaupt"],
    kanzler: ["regierungschef"], kanzlerin: ["regierungschefin"],
  },
  roleCaseEndings: ["", "s", "es", "en", "n"],
  adjectiveEndings: ADJECTIVE_ENDINGS,
  adverbEndings: SURE_ADJECTIVE_STEM_ENDINGS,
  quoteJoiners: ["und", "oder", "sowie"],
  sayingParticiples: [],
  openingParticiples: [],
  // German capitalises nouns and marks its past forms otherwise: the English noun and past-tense rules stay off.
  nounAdjectives: [],
  nounPrepositions: [],
  irregularPast: [],
  possessives: ["sein", "seine", "seiner", "seines", "seinem", "seinen", "ihr", "ihre", "ihrer", "ihres", "ihrem", "ihren", "unser", "unsere", "unserer", "unseres", "unserem", "unseren"],
  malePossessives: ["sein", "seine", "seiner", "seines", "seinem", "seinen"],
  femalePossessives: ["ihr", "ihre", "ihrer", "ihres", "ihrem", "ihren"],
  maleWords: ["er", "herr", "herrn", "dieser", "jener", "letzterer"],
  femaleWords: ["sie", "frau", "diese", "jene", "letztere"],
  demonstrativePronouns: ["dieser", "diese", "jener", "jene", "letzterer", "letztere"],
  descriptorNouns: [...DEMONYM_FORMS, ...REGIONAL_DEMONYM_FORMS].map((w) => w.toLowerCase()),
  descriptorEndings: ["-jährige", "-jähriger", "-jährigen"],
  descriptorArticles: ["der", "die", "das", "dem", "den", "des"],
  genitiveOpeners: ["der", "des", "verschiedener", "mehrerer", "zahlreicher", "einiger", "vieler", "anderer", "dieses", "jenes", "eines"],
  companyNouns: COMPANY_KIND_NOUNS,
  invertingCues: [],
  topicPrepositions: ["zu", "zum", "zur", "über", "gegen", "gegenüber", "an", "um", "wegen"],
  groupHeads: [],
  kinNouns: [
    "sohn", "tochter", "mutter", "vater", "bruder", "schwester", "ehefrau", "ehemann", "frau", "mann", "witwe", "witwer", "enkel",
    "enkelin", "neffe", "nichte", "onkel", "tante", "cousin", "cousine", "freund", "freundin", "lebensgefährte", "lebensgefährtin",
    "helfer", "helferin", "mitarbeiter", "mitarbeiterin", "vertraute", "vertrauter", "eltern", "familie", "kritiker", "kritikerin",
    "anhänger", "anhängerin", "gegner", "gegnerin", "unterstützer", "unterstützerin", "verbündete", "verbündeten",
  ],
  legalForms: LEGAL_FORMS,
  companyRelationNouns: ["zulieferer", "lieferant", "konkurrent", "rivale", "tochter", "partner", "kunde", "händler"],
  companyNames: ALL_COMPANY_NAMES,
  articleGenders: { der: "m", dem: "m", des: "m", die: "f" },
  descriptorGenderEndings: { f: ["in"], m: [] },
  feminineSingularEndings: ["e", "in"],
  contentNouns: GERMAN_CONTENT_NOUNS,
  comparisons: ["als", "wie"],
  relativeSourceAdverbs: ["wonach"],
  relativeSourcePrepositions: ["nach"],
  wordingNouns: ["worte", "wörter", "passus", "satz", "sätze", "wortlaut", "inschrift", "aufschrift", "motto", "parole", "parolen", "slogan", "spruch", "zeile", "zeilen", "formulierung", "text"],
  wordingPlaces: ["darauf", "darin", "dort", "hier", "hierauf", "hierin", "daneben", "darunter"],
  wordingPrepositions: ["in", "im", "auf", "am", "an", "unter"],
  impersonalThatWords: GERMAN_IMPERSONAL_THAT_WORDS,
  capitalisedNouns: true,
  /** German marks reported clauses by comma and mood: no bare-clause rules. */
  bareClauseCues: [],
  bareClauseOpeners: [],
  clauseVerbs: [],
  modals: [
    "muss", "musste", "mussten", "müsse", "müsste", "müssen", "kann", "konnte", "konnten", "könne", "könnte", "können", "will", "wollte",
    "wollten", "wolle", "wollen", "soll", "sollte", "sollten", "solle", "sollen", "darf", "durfte", "durften", "dürfe", "dürfen",
    "möchte", "möchten", "mochte", "wird", "werden", "werde", "würde", "würden",
  ],
  documentAdverbs: ["darin", "hierin"],
  documentNouns: [
    "stellungnahme", "erklärung", "mitteilung", "petition", "brief", "schreiben", "bericht", "studie", "papier", "entwurf", "dokument",
    "resolution", "beschluss", "memorandum", "protokoll", "gutachten", "urteil", "antrag", "aufruf", "vertrag", "abkommen", "manifest",
    "programm", "verordnung", "gesetz", "richtlinie", "vereinbarung", "botschaft", "rede", "interview", "artikel", "klageschrift", "anklageschrift",
  ],
  // "wollen" with "wissen" asks: "„Wie geht es weiter?“, wollte ein Anwohner wissen."
  causatives: ["lässt", "ließ", "ließen", "lassen", "ließe", "will", "wollte", "wollten", "wollen"],
  causativeInfinitives: [
    "verlauten", "ausrichten", "mitteilen", "erklären", "wissen", "bestellen", "verbreiten", "verkünden", "bestätigen", "dementieren",
    "melden", "sagen", "betonen", "übermitteln",
  ],
  // Interview transcripts: "STANDARD: Was jetzt? Kaiser: Es ist ein Desaster." — the outlet or "Frage" asks, the person named (or "Antwort") answers.
  interviewerLabels: [
    "STANDARD", "Standard", "Frage", "F", "Interviewer", "Interviewerin", "Wikinews", "SPIEGEL", "Spiegel", "ZEIT", "Zeit", "SZ", "FAZ", "taz", "profil",
    "Presse", "Kurier", "Falter", "Stern", "Focus", "FOCUS", "Welt", "WELT", "NZZ", "dpa", "APA",
  ],
  bareQuestionLabels: [],
  answerLabels: ["Antwort", "A"],
  addressWords: ["Sie", "Ihnen", "du", "dich", "dir", "euch"],
  weekdays: Object.keys(GERMAN_WEEKDAYS).flatMap((day) => [day, ...GERMAN_DAY_PARTS.flatMap((part) => [day + part, `${day}${part}s`])]),
  months: Object.keys(GERMAN_DATE_MONTHS),
  dateArticles: ["dem", "den"],
  denotingNouns: ["name", "namen", "begriff", "wort", "ausdruck", "bezeichnung", "abkürzung", "kürzel", "spitzname", "fachbegriff", "schlagwort"],
  perceptionVerbs: [
    "bemerkt", "bemerkte", "bemerkten", "merkt", "merkte", "merkten", "gemerkt",
    "wusste", "wussten", "gewusst", "sah", "sahen", "gesehen", "hörte", "hörten", "gehört", "mitbekommen", "lernte", "lernten", "gelernt",
  ],
};
