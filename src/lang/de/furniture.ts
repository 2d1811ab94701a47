/**
 * German site furniture: phrases that news sites put around an article.
 * Every pattern matches a whole line (anchored); see FurnitureLexicon in src/clean/types.ts.
 */
import type { FurnitureLexicon } from "../../clean/types.js";

const r = String.raw;
const line = (source: string): RegExp => new RegExp(`^(?:${source})$`, "iu");

const AGENCY = r`(?:dpa|afp|ap|reuters|rtr|kna|epd|sid|dts|apa|sda|ddp|ots)`;
const MONTH = r`(?:jan(?:uar)?|feb(?:ruar)?|märz?|apr(?:il)?|mai|juni?|juli?|aug(?:ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dez(?:ember)?)\.?`;
const WEEKDAY = r`(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so)\.?,?`;
const DATE = r`(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})|\d{1,2}\.\s?${MONTH}\s?\d{4})`;
const TIME = r`\d{1,2}[:.]\d{2}(?:\s?uhr)?`;
const DATETIME = r`(?:${WEEKDAY}\s)?${DATE}(?:\s?(?:[,|–-]|um)?\s?${TIME})?`;
const SOCIAL = r`(?:facebook|twitter|x|whatsapp|e-?mail|mail|linkedin|xing|pinterest|telegram|threads|bluesky|reddit|flipboard|messenger|pocket|drucken|teilen|merken|link kopieren|kopieren)`;

/** Phrases that introduce links to other articles; as a line alone, or as the prefix of a teaser line. */
const LIST_HEADER = [
  r`weitere (?:artikel|nachrichten|meldungen|themen|news|beiträge|berichte|links|videos)(?: (?:zum|zu diesem) thema| aus (?:dem ressort|der rubrik|der region|[\p{L}-]+))?`,
  r`weiterführende[rn]? (?:links?|artikel|informationen|beiträge)`,
  r`mehr zu(?:m| diesem) thema(?: [\p{L}-]+){0,3}`,
  r`mehr (?:nachrichten|artikel|news|meldungen|beiträge|videos)(?: (?:aus|zu|zum|über) [\p{L}-]+(?: [\p{L}-]+)?)?`,
  r`mehr aus (?:dem ressort|der rubrik|der region|politik|wirtschaft|sport|kultur|panorama|wissen|digital|deutschland|der welt|aller welt)`,
  r`(?:das|dies|das thema|der artikel) (?:könnte|dürfte) (?:sie|dich|euch) (?:auch|ebenfalls) interessieren`,
  r`(?:auch|ebenfalls) interessant`,
  r`lesen sie (?:dazu |hier )?(?:auch|mehr|weiter)`,
  r`lies (?:auch|mehr)`,
  r`siehe auch`,
  r`zum thema`,
  r`(?:dazu|thematisch) passend`,
  r`passend (?:zum thema|dazu)`,
  r`(?:verwandte|ähnliche) (?:artikel|themen|beiträge|nachrichten)`,
  r`(?:unsere )?empfehlungen(?: der redaktion| für sie)?`,
  r`(?:die )?meist-?(?:gelesen|kommentiert|diskutiert|geklickt|geteilt)(?:e(?:n)?)?(?: (?:artikel|beiträge|nachrichten))?`,
  r`am meisten gelesen`,
  r`top[- ]?(?:themen|artikel|news|meldungen)`,
  r`(?:die )?(?:aktuellen?|neueste[n]?|letzten) (?:nachrichten|artikel|meldungen|beiträge)`,
  r`(?:beliebte|empfohlene) (?:artikel|beiträge)`,
].join("|");

/** Strong teaser prefixes: "Mehr zum Thema: <headline>". */
const TEASER_PREFIX = [
  r`mehr zu(?:m| diesem) thema`,
  r`lesen sie (?:dazu |hier )?(?:auch|mehr|weiter)`,
  r`lies auch`,
  r`(?:auch|ebenfalls) interessant`,
  r`(?:das|dies) (?:könnte|dürfte) (?:sie|dich|euch) (?:auch|ebenfalls) interessieren`,
  r`siehe auch`,
  r`passend zum thema`,
  r`zum thema`,
  r`weitere artikel`,
].join("|");

const ROLE = r`(?:[\p{Lu}][\p{L}-]*?)?(?:[Rr]edakteur|[Kk]orrespondent|[Aa]utor|[Rr]eporter|[Jj]ournalist|[Vv]olontär|[Rr]essortleiter|[Kk]olumnist|[Mm]oderator|[Ff]otograf)(?:in|innen)?`;
const ROLE_FILLER = r`(?:(?:seit \d{4}|seit \p{L}+ \p{L}+|freie[rmns]?|freiberufliche[rmns]?|stellvertretende[rmns]?|leitende[rmns]?|langjährige[rmns]?|eine?[rmns]?|der|die|unser(?:e[rmns]?)?|Senior-?) ){0,3}`;
/** A person's name: NAME not opening with an article ("Die Polizei" is none). */
const PERSON_GUARD = r`(?!(?:Der|Die|Das|Ein|Eine|Den|Dem|Des|Diese|Dieser|Unser|Unsere) )`;
const NAME = r`\p{Lu}[\p{L}'’.-]+(?: (?:von |van |de |zu |von der |van der )?\p{Lu}[\p{L}'’.-]+){1,2}`;
const PERSON = `${PERSON_GUARD}${NAME}`;

export const furnitureDe: FurnitureLexicon = {
  lines: {
    comments: [
      line(r`\d+ kommentare?`),
      line(r`kommentare(?: ?\(\d+\))?`),
      line(r`kommentare? (?:schreiben|verfassen|abgeben|hinzufügen|anzeigen|ausblenden|einblenden|lesen|laden)`),
      line(r`(?:jetzt |hier )?(?:kommentieren|mitdiskutieren|mitreden)`),
      line(r`(?:zu den|alle) kommentaren?(?: anzeigen)?`),
      line(r`leserkommentare?`),
      line(r`(?:noch )?keine kommentare(?: vorhanden)?`),
      line(r`diskutieren sie mit\b.{0,100}`),
      line(r`(?:die )?kommentarfunktion (?:ist|wurde|bleibt) .{1,100}`),
      line(r`(?:sie müssen|bitte) .{0,40}(?:angemeldet|einloggen|anmelden|registrieren).{0,60}kommentar.{0,40}`),
      line(r`(?:schreiben sie den ersten kommentar|seien sie (?:der|die) erste.{0,60})`),
      line(r`(?:fehler (?:gefunden\??|melden)|haben sie einen fehler (?:gefunden|entdeckt)\?.{0,80})`),
      line(r`(?:war (?:dieser|der) (?:artikel|beitrag) (?:hilfreich|nützlich|lesenswert)\?|wie (?:hat ihnen|gefällt ihnen) (?:dieser|der) (?:artikel|beitrag)\?)`),
    ],
    credit: [
      line(r`\(?(?:fotos?|bild(?:er)?|bildquellen?|bildrechte|bildnachweis|titelbild|titelfoto|aufmacherbild|quellen?|grafik|illustration|fotograf(?:in)?|text)(?: ?\([^)]{1,20}\))? ?: ?.{1,120}`),
      line(r`(?=.*[/|])(?:[\p{L}\p{N} .'&-]{0,60}[/|] ?)?(?:getty images|imago(?: images)?|picture[- ]alliance|dpa|afp|reuters|epa(?:-efe)?|shutterstock|istock(?:photo)?|unsplash|pixabay|adobe ?stock|keystone|ddp(?: images)?|photothek)(?: ?[/|] ?[\p{L}\p{N}.'&-]+(?: [\p{L}\p{N}.'&-]+){0,3}){0,3}`),
      line(r`(?:symbolbild|symbolfoto|archivbild|archivfoto|pressefoto)(?: ?[:/] ?.{1,80})?`),
      line(r`(?:©|\(c\)|copyright\b).{0,150}`),
      line(r`\(?(?:\p{L}{2,5} ?/ ?)?${AGENCY}(?: ?[/,|] ?\p{L}{2,8}){0,4}\)?`),
      line(r`mit (?:material |informationen )?(?:von |der |aus )?(?:${AGENCY}|agenturen|nachrichtenagenturen)(?:(?: ?, ?| und | ?/ ?)${AGENCY}){0,3}`),
      line(r`.{5,300}?[.!?)“"] (?:\(?(?:fotos?|bild|bildquelle) ?: ?[^.!?()]{2,80}\)?|© ?[^.!?]{2,80})`),
      line(r`.{5,300}? \((?:fotos?|bild|bildquelle) ?: ?[^()]{2,80}\)`),
    ],
    newsletter: [
      line(r`(?:jetzt |hier )?(?:kostenlos(?:en)? )?(?:(?:zum|für den|unseren|den) )?newsletter (?:abonnieren|bestellen|anmelden|registrieren)!?`),
      line(r`(?:jetzt |hier )?(?:kostenlos )?(?:für (?:den|unseren) )?newsletter .{0,40}(?:anmelden|abonnieren|registrieren)!?`),
      line(r`(?:melden sie sich|abonnieren sie|bestellen sie) .{0,60}newsletter\b.{0,120}`),
      line(r`(?:der|unser|ihr) .{0,40}newsletter ?: ?.{0,150}`),
      line(r`newsletter`),
      line(r`(?:jetzt |hier )?(?:kostenlos )?(?:abonnieren|anmelden)!?`),
      line(r`mit (?:der|ihrer) anmeldung (?:zum|für den) newsletter\b.{0,300}`),
      line(r`(?:ihre )?e-mail(?:-adresse)?(?: eingeben)?`),
    ],
    paywall: [
      line(r`(?:jetzt )?weiterlesen mit [\p{L}+ ]{1,30}!?`),
      line(r`dieser (?:artikel|beitrag|inhalt) ist (?:nur )?(?:exklusiv )?für (?:unsere )?(?:abonnenten|abonnentinnen|abonnent:innen|abonnent\*innen|[\p{L}+-]+-abonnenten|[\p{L}+-]+-leser)\b.{0,80}`),
      line(r`(?:sie sind )?bereits (?:abonnent(?:in)?|kunde|kundin|registriert)\??.{0,60}`),
      line(r`sie sind (?:aktuell |derzeit |noch )?nicht (?:eingeloggt|angemeldet)\.?`),
      line(r`(?:sie haben )?(?:bereits )?ein (?:abo|abonnement)\?.{0,60}`),
      line(r`(?:jetzt )?(?:[\p{L}+]+[- ])?(?:abo|abonnement) (?:abschließen|testen|sichern|wählen|starten)!?.{0,60}`),
      line(r`(?:jetzt )?(?:[\p{L}]+ ?)?(?:plus|\+) (?:testen|lesen|abonnieren|freischalten)\b.{0,60}`),
      line(r`(?:\d+|einen|ersten?) (?:monate?|wochen?) (?:für \d+(?:,\d\d)? ?(?:€|euro)|gratis|kostenlos)(?: .{0,60})?`),
      line(r`(?:unbegrenzter |voller )?zugang zu allen (?:plus-)?(?:artikeln|inhalten)\b.{0,80}`),
      line(r`exklusiv für (?:abonnenten|abonnentinnen|abonnent:innen)`),
      line(r`(?:jetzt |hier )?(?:einloggen|registrieren)(?: und weiterlesen)?`),
      new RegExp(r`^(?:\p{Lu}{2,8} ?(?:Plus|PLUS|\+)|\p{Lu}\p{L}{1,10}\+)$`, "u"),
    ],
    share: [
      line(r`(?:(?:diesen|den) )?(?:(?:artikel|beitrag|seite|link) )?teilen`),
      line(r`(?:auf|bei|via|per) ${SOCIAL} (?:teilen|versenden|senden|empfehlen|folgen)`),
      line(r`(?:artikel |beitrag |seite )?(?:drucken|merken|speichern|vorlesen|anhören|verschenken|vorlesen lassen)`),
      line(r`(?:video|audio|podcast) (?:abspielen|starten|anhören)`),
      line(r`schriftgröße(?: .{0,20})?`),
      line(r`(?:zur )?merkliste(?: hinzufügen)?`),
      line(r`${SOCIAL}(?:(?: ?[|·•/,–-] ?| )${SOCIAL}){0,12}`),
      line(r`(?:audio ?: ?)?(?:artikel|beitrag) (?:anhören|vorlesen lassen)\b.{0,40}`),
      line(r`folgen sie uns(?: auf .{1,60})?`),
      line(r`(?:möchten sie|wollen sie) (?:diesen|den) (?:artikel|beitrag) teilen\?`),
    ],
    cookie: [
      line(r`(?:wir|diese (?:website|webseite|seite)) (?:verwenden|verwendet|nutzen|nutzt|setzen|setzt) cookies\b.{0,400}`),
      line(r`cookie-?(?:einstellungen|richtlinie|hinweis|banner)`),
      line(r`(?:alle )?(?:cookies )?(?:akzeptieren|ablehnen)`),
      line(r`zustimmen(?: und weiter)?`),
      line(r`einstellungen (?:verwalten|anpassen)`),
      line(r`datenschutz(?:erklärung|einstellungen|hinweise)`),
      line(r`(?:empfohlener redaktioneller inhalt|externer inhalt)`),
      line(r`an dieser stelle finden sie (?:einen )?externen inhalt\b.{0,300}`),
      line(r`ich bin damit einverstanden, dass mir externe inhalte angezeigt werden\b.{0,300}`),
      line(r`um (?:diesen|den) (?:inhalt|beitrag|tweet|post|podcast) (?:zu sehen|anzuzeigen|abzuspielen)\b.{0,300}`),
      line(r`(?:externe )?inhalte? (?:laden|anzeigen|aktivieren|entsperren)`),
    ],
    breadcrumb: [
      line(r`(?:sie sind hier ?: ?)?(?:startseite|home|homepage|übersicht|nachrichten|news)(?: ?[>›»/|] ?[\p{L}\p{N}&.,' -]{1,40}){1,6}`),
      line(r`sie sind hier ?: ?.{1,150}`),
      line(r`[^>›»]{1,40}(?: [>›»] [^>›»]{1,40}){2,6}`),
    ],
    navigation: [
      line(r`(?:zurück )?zur startseite`),
      line(r`(?:nach oben|zum seitenanfang|seitenanfang|zurück|zum inhalt springen|zum hauptinhalt(?: springen)?|inhaltsverzeichnis|menü|suche)`),
      line(r`alle (?:artikel|meldungen|nachrichten|beiträge)(?: anzeigen| zum thema(?: [\p{L}-]+){0,3})?`),
      line(r`(?:mehr anzeigen|mehr laden|weitere laden|(?:hier )?weiterlesen|mehr lesen|zum artikel|artikel lesen)`),
      line(r`(?:seite \d+ von \d+|nächste seite|vorherige seite)`),
      line(r`(?:(?:bild|foto) \d+ (?:von|/) \d+|(?:zur )?(?:bildergalerie|fotostrecke)(?: ?: ?.{1,80})?)`),
    ],
    timestamp: [
      line(r`stand ?: ?(?=.*\d).{4,60}`),
      line(r`(?:zuletzt )?(?:veröffentlicht|aktualisiert|erstellt|erschienen|geändert|publiziert)(?: am)?(?: ?:)? ?(?=.*\d)[\p{L}\d.,:|\s-]{4,60}`),
      line(r`letzte (?:aktualisierung|änderung) ?:? ?(?=.*\d).{4,60}`),
      line(r`(?:heute|gestern),? ${TIME}`),
      line(r`vor (?:\d+|einer|einem|wenigen) (?:sekunden?|minuten?|stunden?|tagen?|tag|wochen?|monaten?)`),
      line(r`(?:lesezeit|lesedauer) ?:? ?(?:ca\. ?)?\d+ ?(?:min(?:\.|uten?)?)`),
      line(r`(?:ca\. ?)?\d+ ?(?:min(?:\.|uten?)?) (?:lesezeit|lesedauer)`),
    ],
    ad: [line(r`(?:anzeige|werbung|gesponsert|sponsored|promotion|advertorial)`)],
  },
  listHeaders: [line(`(?:${LIST_HEADER})!?`)],
  teaserPrefixes: [new RegExp(`^(?:${TEASER_PREFIX})(?: ?[:|] ?| [–—-] )(?=\\S)`, "iu")],
  bio: [
    new RegExp(r`^${NAME} (?:ist|arbeitet als|schreibt als) ${ROLE_FILLER}${ROLE}(?!\p{L}).{0,300}$`, "u"),
    // "Jonas Muster schreibt für den Kurier über Wirtschaft und Verkehr."
    new RegExp(r`^${PERSON} (?:schreibt|berichtet) (?:für|seit) .{3,200}$`, "u"),
    // "Greta Muster leitet die Lokalredaktion des Kuriers."
    new RegExp(r`^${PERSON} (?:leitet|verantwortet|koordiniert) (?:die|das|den) [\p{L}-]*(?:[Rr]edaktion|[Rr]essort|[Bb]üro|[Dd]esk)(?!\p{L}).{0,200}$`, "u"),
    line(r`(?:über|zur|zum) (?:den |die )?(?:autor|autorin|autoren|autorinnen) ?: ?.{10,400}`),
  ],
  bioHeaders: [line(r`(?:über|zur|zum) (?:den |die |unseren |unsere )?(?:autor|autorin|autoren|autorinnen)|(?:der|die) (?:autor|autorin)`)],
  personHeaders: [line(r`zur person(?: ?: ?.{1,400})?`)],
  journalistRoles: new RegExp(r`${ROLE}(?!\p{L})|\b(?:schreibt|berichtet) (?:für|über|seit|aus)\b`, "u"),
  dates: [line(DATETIME), line(TIME)],
  listIntros: [
    line(r`.{0,60}(?:im überblick|auf einen blick|in zahlen)`),
    line(r`(?:die |das )?(?:wichtigste[n]?|zentralen?) (?:fakten|punkte|zahlen|ergebnisse|termine|änderungen|forderungen|fragen(?: und antworten)?)(?: .{0,60})?`),
    line(r`(?:chronologie|zeitleiste|zahlen und fakten|fakten|stichwort|infobox|termine|ergebnisse|tabelle|die ergebnisse|der spielplan|spielplan)(?: .{0,60})?`),
  ],
  byline: [
    new RegExp(r`^(?:[Vv]on|VON|[Aa]utor(?:in)?:|Ein (?:Kommentar|Gastbeitrag|Bericht|Essay|Interview|Kolumne) von) ${NAME}(?:(?: ?, ?| und | ?& ?)${NAME}){0,3}(?: ?[,|] ?\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)?$`, "u"),
  ],
};
