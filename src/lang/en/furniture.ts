/**
 * English site furniture: phrases that news sites put around an article.
 * Every pattern matches a whole line (anchored); see FurnitureLexicon in src/clean/types.ts.
 */
import type { FurnitureLexicon } from "../../clean/types.js";

const r = String.raw;
const line = (source: string): RegExp => new RegExp(`^(?:${source})$`, "iu");

const AGENCY = r`(?:ap|afp|reuters|pa|bloomberg|upi|aap)`;
const MONTH = r`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DATE = r`(?:${MONTH} \d{1,2},? \d{4}|\d{1,2} ${MONTH},? \d{4}|\d{4}-\d{2}-\d{2})`;
const TIME = r`\d{1,2}(?:[:.]\d{2})? ?(?:a\.?m\.?|p\.?m\.?)?(?: [a-z]{2,4})?`;
const WEEKDAY = r`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\.?,?`;
const DATETIME = r`(?:${WEEKDAY} )?${DATE}(?:,? (?:at )?${TIME})?`;
const SOCIAL = r`(?:facebook|twitter|x|whatsapp|e-?mail|linkedin|pinterest|telegram|threads|bluesky|reddit|flipboard|messenger|pocket|print|share|tweet|copy link|save)`;

const LIST_HEADER = [
  r`related(?: (?:posts|articles|stories|content|coverage|reading|news|topics|links))?`,
  r`read (?:more|also|next)(?: (?:on|about) [\p{L}' -]{1,30})?`,
  r`(?:also|further) read(?:ing)?`,
  r`see also`,
  r`more (?:on|about) this (?:story|topic)`,
  r`more (?:from|in) (?:politics|business|world|sports?|opinion|news|tech|science|culture|this section|this author|[\p{L}-]+\.(?:com|co\.uk|org|net))`,
  r`more (?:stories|news|articles)`,
  r`you (?:may|might) (?:also )?(?:like|enjoy|be interested in)`,
  r`recommended(?: (?:for you|reading|stories|articles))?`,
  r`most (?:read|popular|viewed|shared|commented)`,
  r`trending(?: (?:now|stories|articles))?`,
  r`top stories`,
  r`latest (?:news|stories|articles|headlines)`,
  r`what to read next`,
  r`editor'?s'? picks`,
  r`don'?t miss`,
].join("|");

const TEASER_PREFIX = [r`read (?:more|also|next)`, r`also read`, r`related`, r`see also`, r`more on this(?: story| topic)?`, r`recommended`].join("|");

const ROLE = r`(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|producer|photographer)s?`;
const ROLE_FILLER = r`(?:(?:a|an|the|our|senior|chief|deputy|former|staff|freelance|political|foreign|business|national|investigative|contributing|managing|\p{Lu}\p{L}+) ){0,4}`;
const NAME = r`\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}`;

export const furnitureEn: FurnitureLexicon = {
  lines: {
    comments: [
      line(r`\d+ comments?`),
      line(r`comments(?: ?\(\d+\))?`),
      line(r`(?:leave|post|add|write) a (?:comment|reply)`),
      line(r`(?:view|show|hide|load|read) (?:all )?comments(?: \(\d+\))?`),
      line(r`join the (?:conversation|discussion|debate)\b.{0,80}`),
      line(r`comments are (?:closed|open)\b.{0,80}`),
      line(r`(?:no comments yet|be the first to comment)`),
      line(r`(?:was this (?:article|story) (?:helpful|useful)\?|we want to hear what you think(?: about this article)?\.?)`),
      line(r`you must be logged in to (?:post a )?comment\b.{0,40}`),
    ],
    credit: [
      line(r`(?:photo|photos|photograph|image|images|picture|source|sources|credit|illustration|graphic|video)(?: ?\([^)]{1,20}\))? ?: ?.{1,120}`),
      line(r`(?:file photo|stock photo|pool photo)`),
      line(r`\(?${AGENCY} (?:photo|images?)(?: ?/ ?.{1,60})?\)?`),
      line(r`(?:getty images|shutterstock|istock(?:photo)?|alamy)(?: ?/ ?.{1,60})?`),
      line(r`(?=.*[/|])(?:[\p{L}\p{N} .'&-]{0,60}[/|] ?)?(?:getty images|ap photo|reuters|afp|pa (?:wire|images)|shutterstock|alamy|bloomberg)(?: ?[/|] ?[\p{L}\p{N}.'&-]+(?: [\p{L}\p{N}.'&-]+){0,3}){0,3}`),
      line(r`.{5,300}? \((?:photo|image|picture|credit) ?: ?[^()]{2,80}\)`),
      line(r`.{5,300}?[.!?)"”] (?:photo|image|photograph|credit) ?: ?[^.!?()]{2,80}`),
      new RegExp(r`^(?:(?:Additional )?[Rr]eporting|[Ww]ritten|[Ee]dited|[Cc]ompiled) by ${NAME}(?:(?: ?, ?| and )${NAME}){0,4}(?: ?[;,] ?.{0,150})?$`, "u"),
    ],
    newsletter: [
      line(r`(?:sign up|subscribe|register) (?:for|to) (?:our|the) .{0,60}newsletters?\b.{0,120}`),
      line(r`(?:get|receive) (?:our|the) .{0,60}(?:newsletter|briefing)\b.{0,120}`),
      line(r`.{0,60}delivered (?:straight |directly )?to your inbox\b.{0,60}`),
      line(r`(?:enter )?(?:your )?email address`),
      line(r`sign up`),
      line(r`newsletters?`),
    ],
    paywall: [
      line(r`subscribe (?:now |today )?(?:to (?:continue|keep) reading|for full access)\b.{0,80}`),
      line(r`this (?:article|story|content) is (?:only available |exclusively )?(?:for|to) (?:paying )?(?:subscribers|members)(?: only)?\b.{0,80}`),
      line(r`already (?:a subscriber|a member|have an account)\??.{0,60}`),
      line(r`(?:subscribe now|become a member|support our journalism|log in|sign in)\b.{0,60}`),
      line(r`subscribe`),
    ],
    share: [
      line(r`share(?: this)?(?: (?:article|story|page|post))?(?: on .{1,20})?`),
      line(r`(?:share|post) (?:on|to|via) ${SOCIAL}`),
      line(r`${SOCIAL}(?:(?: ?[|·•/,–-] ?| )${SOCIAL}){0,12}`),
      line(r`(?:listen to (?:this )?(?:article|story)|save (?:this )?(?:article|story)|gift (?:this )?article)\b.{0,40}`),
      line(r`follow us on .{1,60}`),
    ],
    cookie: [
      line(r`(?:we|this (?:website|site)) uses? cookies\b.{0,400}`),
      line(r`(?:accept|reject|allow)(?: all)?(?: cookies)?`),
      line(r`(?:cookie (?:settings|policy|preferences)|manage (?:cookies|preferences|consent)|privacy policy)`),
    ],
    breadcrumb: [
      line(r`(?:you are here ?: ?)?(?:home|homepage|news)(?: ?[>›»/|] ?[\p{L}\p{N}&.,' -]{1,40}){1,6}`),
      line(r`you are here ?: ?.{1,150}`),
    ],
    navigation: [
      line(r`(?:back to (?:top|home|homepage)|skip to (?:main )?content|go to (?:the )?homepage|menu|search)`),
      line(r`(?:read more|continue reading(?: the main story)?|load more|show more|next page|previous page|page \d+ of \d+)`),
      line(r`click here(?: to .{1,60})?`),
    ],
    timestamp: [
      line(r`(?:published|updated|last updated|posted|first published)(?: on)? ?:? ?(?=.*\d).{4,60}`),
      line(r`\d+ (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago`),
      line(r`\d+ ?(?:min|minute)s? read`),
      line(r`reading time ?:? ?\d+ ?(?:min|minutes?)`),
    ],
    ad: [line(r`(?:advertisement|advertising|sponsored(?: content)?|paid (?:post|content)|partner content|ad|skip advertisement|supported by)`)],
  },
  listHeaders: [line(`(?:${LIST_HEADER})!?`)],
  teaserPrefixes: [new RegExp(`^(?:${TEASER_PREFIX})(?: ?[:|] ?| [–—-] )(?=\\S)`, "iu")],
  bio: [
    new RegExp(r`^${NAME} (?:is|has been) ${ROLE_FILLER}${ROLE}(?!\p{L}).{0,300}$`, "u"),
    new RegExp(r`^${NAME} (?:covers|writes about|reports on) .{3,120} (?:for|at) .{2,200}$`, "u"),
    line(r`about the authors? ?: ?.{10,400}`),
  ],
  bioHeaders: [line(r`about the authors?`)],
  personHeaders: [],
  journalistRoles: new RegExp(`${ROLE}(?!\\p{L})`, "iu"),
  dates: [line(DATETIME)],
  listIntros: [
    line(r`.{0,60}(?:at a glance|by the numbers|in numbers)`),
    line(r`(?:key (?:facts|points|dates|numbers)|timeline|fact ?box|results|fixtures|standings|the results)(?: .{0,60})?`),
  ],
  byline: [
    new RegExp(r`^(?:[Bb]y|BY) ${NAME}(?:(?: ?, ?| and | ?& ?)${NAME}){0,3}(?: ?[,|] ?[\p{L} ]{2,40})?$`, "u"),
  ],
};
