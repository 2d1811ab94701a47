import { describe, expect, it } from "vitest";
import { briefs, mention, quotesOf } from "./helpers.js";

describe("English quotes", () => {
  it("reads a closing frame whose cue comes after an auxiliary, a modal, an adverb or a verb with \"to\"", () => {
    const en = (text: string) => briefs(text, "en").map((q) => [q.kind, q.speaker, q.cue]);
    expect(en('"We will win," the senator has said.')).toEqual([["direct", "the senator", "said"]]);
    expect(en('"We will win," he would later say.')).toEqual([["direct", "he", "say"]]);
    expect(en('"We will win," she went on to say.')).toEqual([["direct", "she", "say"]]);
    expect(en("Donald Trump will visit London in July despite the protests, the US ambassador has insisted.")).toEqual([["indirect", "the US ambassador", "insisted"]]);
  });

  it("finds “…”, said X and X said: “…”", () => {
    expect(briefs("“We will not raise taxes this year,” said Finance Minister Rachel Reeves on Monday.", "en")).toEqual([
      { kind: "direct", text: "“We will not raise taxes this year,”", speaker: "Finance Minister Rachel Reeves", cue: "said" },
    ]);
    expect(briefs("The spokesman said: “The talks will continue next week.”", "en")).toEqual([
      { kind: "direct", text: "“The talks will continue next week.”", speaker: "The spokesman", cue: "said" },
    ]);
  });

  it("reads a call to speak (\"Let them tell …\", \"Lasst uns … sagen, dass …\") as no one's report", () => {
    const en = (text: string) => briefs(text, "en").map((q) => q.speaker);
    expect(en("Let them tell that to the people of Afghanistan who braved the threats.")).toEqual([]);
    expect(en("Let me explain why this issue that General Jones raised is a problem.")).toEqual([]);
    expect(briefs("Lasst uns ehrlich gegenüber uns selbst sein und sagen, dass das so nicht passieren darf.", "de").map((q) => q.speaker)).toEqual([]);
    // Not a name that merely looks alike, nor the verb's other uses.
    expect(en("Lett told reporters that the plan was dead.")).toEqual(["Lett"]);
    expect(briefs("Die Regierung lasse sich nicht erpressen, sagte der Minister.", "de").map((q) => q.speaker)).toEqual(["der Minister"]);
  });

  it("reads the frame after a short quote of two sentences, whose closing mark opens the frame's clause", () => {
    const en = (text: string) => briefs(text, "en").map((q) => [q.text, q.speaker, q.cue]);
    expect(en('Smith is not concerned. "Nah. No worries," Smith said. "It wasn\'t us."')).toEqual([
      ['"Nah. No worries,"', "Smith", "said"],
      ['"It wasn\'t us."', "Smith", null],
    ]);
    expect(en('He was calm. "Yes. Really good," he said.')).toEqual([['"Yes. Really good,"', "he", "said"]]);
  });

  it("takes the subject after the closing mark of a quote whose opening mark was lost, and goes on with that speaker", () => {
    const text = 'If they restart their program, they will have problems," Trump said during a meeting with Macron in the Oval Office. "You can mark it down." Still, he said, the two nations were close.';
    const entities = [mention(text, "Trump", "PER", "per:trump"), mention(text, "Macron", "PER", "per:macron")];
    expect(quotesOf(text, "en", entities).map((q) => [q.text, q.speaker?.text, q.speaker_entity])).toEqual([
      ['"You can mark it down."', "Trump", "per:trump"],
      ["Still, he said, the two nations were close", "he", "per:trump"],
    ]);
  });

  it("resolves a role to the person named in apposition after it, also with a role before the name", () => {
    const text = "The council's president, US ambassador John Danforth, said the resolution was strong.";
    expect(quotesOf(text, "en", [mention(text, "John Danforth", "PER", "per:john-danforth")]).map((q) => [q.speaker?.text, q.speaker_entity])).toEqual([
      ["The council's president", "per:john-danforth"],
    ]);
    // A name after a comma that opens a clause of its own is no apposition.
    const clause = "Der Sprecher sagte, Minister Merz werde kommen.";
    expect(quotesOf(clause, "de", [mention(clause, "Merz", "PER", "per:merz")]).map((q) => [q.speaker?.text, q.speaker_entity])).toEqual([["Der Sprecher", null]]);
  });

  it("keeps an abbreviated military rank inside the speaker's phrase", () => {
    expect(briefs('Deputy Attorney Gen. Rod Rosenstein said, "There is no allegation in this indictment."', "en").map((q) => q.speaker)).toEqual(["Deputy Attorney Gen. Rod Rosenstein"]);
    expect(briefs('"We will fight," said Maj. Gen. James Mattis.', "en").map((q) => q.speaker)).toEqual(["Maj. Gen. James Mattis"]);
  });

  it("takes an age of several hyphenated words into the speaker's phrase", () => {
    expect(briefs('"Yes, I am nervous," said 18-year-old Karina Gomez from Nicaragua.', "en").map((q) => q.speaker)).toEqual(["18-year-old Karina Gomez from Nicaragua"]);
  });

  it("takes the speaker after the verb when a quote opening with a contraction stands first", () => {
    const quotes = quotesOf('"It\'s a disaster," said John Smith, a local resident. "Nobody warned us."', "en");
    expect(quotes.map((q) => [q.text, q.speaker?.text])).toEqual([
      ['"It\'s a disaster,"', "John Smith"],
      ['"Nobody warned us."', "John Smith"],
    ]);
    expect(quotesOf('"Don\'t worry," said the mayor.', "en").map((q) => q.speaker?.text)).toEqual(["the mayor"]);
  });

  it("reads a reported clause after an opening time or statement phrase, and titles abbreviated with a dot", () => {
    expect(briefs("In a statement, the White House said the president would veto the bill.", "en").map((q) => [q.kind, q.speaker])).toEqual([
      ["indirect", "the White House"],
    ]);
    expect(briefs("On Monday, officials said the toll had risen to 42.", "en").map((q) => q.speaker)).toEqual(["officials"]);
    expect(briefs('"This is unacceptable," said Sen. Elizabeth Warren.', "en").map((q) => q.speaker)).toEqual(["Sen. Elizabeth Warren"]);
  });

  it("reads a reported clause after an interview with someone, and after a plural verb of saying in the present", () => {
    expect(briefs("In an interview with CNN, Harris said she would sign the bill.", "en")).toEqual([
      { kind: "indirect", text: "she would sign the bill", speaker: "Harris", cue: "said" },
    ]);
    expect(briefs("In an interview with reporters, Harris said she would sign the bill.", "en").map((q) => q.speaker)).toEqual(["Harris"]);
    expect(briefs("Officials say the death toll is likely to rise.", "en")).toEqual([
      { kind: "indirect", text: "the death toll is likely to rise", speaker: "Officials", cue: "say" },
    ]);
  });

  it("reads an \"according to\" phrase with its attachments, also at the end of the sentence, and a document noun as its head", () => {
    expect(briefs("According to the report, 200 people were killed.", "en")).toEqual([
      { kind: "indirect", text: "200 people were killed", speaker: "the report", cue: "According to" },
    ]);
    expect(briefs("Prices rose sharply last year, according to a report published in The New York Times.", "en")).toEqual([
      { kind: "indirect", text: "Prices rose sharply last year", speaker: "a report published in The New York Times", cue: "according to" },
    ]);
    // A count names no source.
    expect(briefs("Such events occur once per 1000 years.", "en")).toEqual([]);
  });

  it("takes a possessive name with the noun after it as the speaker", () => {
    expect(briefs('"This is a dark day," said Amnesty International\'s director, Jane Smith.', "en")[0]).toMatchObject({ speaker: "Amnesty International's director" });
    expect(briefs("Rossello's party cried foul, saying that some ballots had not been counted.", "en").map((q) => q.speaker)).not.toContain("Rossello's party cried foul");
    expect(briefs("Yesterday's plea, said Keith Ashdown, makes it clear that Sears is cooperating.", "en")[0]).toMatchObject({ speaker: "Keith Ashdown" });
    // An object at the end of the sentence is no inverted subject.
    expect(briefs("The spokesman, who declined to be named, confirmed the report.", "en")[0]).toMatchObject({ speaker: "The spokesman" });
  });

  it("reads past a sentence adverb between the subject and the verb", () => {
    expect(briefs("Critics, however, say the plan is unrealistic.", "en")).toEqual([
      { kind: "indirect", text: "the plan is unrealistic", speaker: "Critics", cue: "say" },
    ]);
    expect(briefs("The company, meanwhile, said it would appeal.", "en")[0]).toMatchObject({ speaker: "The company", cue: "said" });
  });

  it("reports nothing after a negated or future verb of saying", () => {
    expect(briefs("However, the Justice Department did not say the actions had an impact.", "en")).toEqual([]);
    expect(briefs("Prosecutors have not said exactly what their target is.", "en")).toEqual([]);
    expect(briefs("They will say the plan failed.", "en")).toEqual([]);
  });

  it("finds reported speech after said that and according to", () => {
    expect(briefs("The minister said that the bridge would reopen in May.", "en")).toEqual([
      { kind: "indirect", text: "that the bridge would reopen in May", speaker: "The minister", cue: "said" },
    ]);
    expect(briefs("According to the police, three people were injured in the crash.", "en")).toEqual([
      { kind: "indirect", text: "three people were injured in the crash", speaker: "the police", cue: "According to" },
    ]);
  });
});

describe("English reported clauses without “that”", () => {
  it("takes a name in quotation marks after \"called\" and an accusation as the subject's words, and a plain call as none", () => {
    expect(briefs('Biden called the attack "an outrage."', "en").map((q) => [q.kind, q.speaker])).toEqual([["direct", "Biden"]]);
    // One statement, one quote: the accusation is its quoted words, no reported act around them.
    expect(briefs('The opposition accused the government of "gross negligence."', "en").map((q) => [q.kind, q.speaker])).toEqual([["direct", "The opposition"]]);
    expect(briefs('Biden described the attack as "an outrage."', "en").map((q) => [q.kind, q.speaker])).toEqual([["direct", "Biden"]]);
    expect(briefs('The operation, known as "Desert Storm," began in January.', "en")).toEqual([]);
    expect(briefs('The area is referred to as "the Jungle."', "en")).toEqual([]);
    expect(briefs("She called the police.", "en")).toEqual([]);
    expect(briefs("Biden called for calm.", "en")).toEqual([]);
  });

  it("reads a clause after \", adding that\" as the same speaker's, after a direct quote and after a reported clause", () => {
    const text = '"This is a dark day for our city," said Mayor Eric Adams, adding that the families would be supported.';
    expect(briefs(text, "en").map((q) => [q.kind, q.speaker])).toEqual([
      ["direct", "Mayor Eric Adams"],
      ["indirect", "Mayor Eric Adams"],
    ]);
    expect(briefs("The minister said the plan would work, adding that costs would fall.", "en")).toEqual([
      { kind: "indirect", text: "the plan would work", speaker: "The minister", cue: "said" },
      { kind: "indirect", text: "that costs would fall", speaker: "The minister", cue: "adding" },
    ]);
    expect(briefs("He left the room, adding to the confusion.", "en")).toEqual([]);
  });

  it("reads a clause opened by a pronoun that can only be a subject, whatever its verb", () => {
    expect(briefs("Ross said he feels angry and betrayed by his lawyers.", "en")).toEqual([{ kind: "indirect", text: "he feels angry and betrayed by his lawyers", speaker: "Ross", cue: "said" }]);
    expect(briefs("Its leaders have said they want to emulate the European Union.", "en").map((q) => [q.text, q.speaker])).toEqual([["they want to emulate the European Union", "Its leaders"]]);
    // "it" and "you" may be objects: "said it to her" reports nothing.
    expect(briefs("He said it to her yesterday.", "en")).toEqual([]);
  });

  it("reads an acronym in capitals as a name, not as the function word it spells (\"WHO\", \"CAN\")", () => {
    expect(briefs("A WHO spokesperson said the risk of disease is high.", "en").map((q) => [q.text, q.speaker])).toEqual([["the risk of disease is high", "A WHO spokesperson"]]);
  });

  it("skips a participle phrase between the speaker's commas", () => {
    expect(briefs("The minister, speaking in Parliament, said the plan would cost billions.", "en").map((q) => [q.kind, q.speaker])).toEqual([["indirect", "The minister"]]);
  });

  it("takes a speaker counted by a number word, not the addressee after \"told\"", () => {
    expect(briefs('"It was terrifying," one witness told the BBC.', "en").map((q) => q.speaker)).toEqual(["one witness"]);
    expect(briefs('"It was terrifying," two witnesses told reporters.', "en").map((q) => q.speaker)).toEqual(["two witnesses"]);
  });

  it("reads past a participle phrase that opens the sentence", () => {
    expect(briefs("Speaking to the BBC, Ms Reeves said she would not raise income tax.", "en")).toEqual([
      { kind: "indirect", text: "she would not raise income tax", speaker: "Ms Reeves", cue: "said" },
    ]);
    expect(briefs("Asked about the plan, the minister said it would be published next week.", "en").map((q) => q.speaker)).toEqual(["the minister"]);
    // A noun in -ing opens no participle phrase.
    expect(briefs("Morning traffic was heavy, police said.", "en")).toEqual([{ kind: "indirect", text: "Morning traffic was heavy", speaker: "police", cue: "said" }]);
  });

  it("skips a relative clause between the speaker and the verb", () => {
    expect(briefs("Smith, who has led the union since 2019, said the deal was a victory for working people.", "en")).toEqual([
      { kind: "indirect", text: "the deal was a victory for working people", speaker: "Smith", cue: "said" },
    ]);
    expect(briefs('Smith, who has led the union since 2019, said the deal was "a victory for working people."', "en").map((q) => q.speaker)).toEqual(["Smith"]);
  });

  it("skips an apposition between the speaker and “said”", () => {
    expect(briefs("Friedrich Merz, the leader of the CDU, said the government had no plan.", "en")).toEqual([
      { kind: "indirect", text: "the government had no plan", speaker: "Friedrich Merz", cue: "said" },
    ]);
  });

  it("takes a role noun with its attachment as speaker", () => {
    expect(briefs("A spokeswoman for the commission said it was watching closely.", "en")).toEqual([
      { kind: "indirect", text: "it was watching closely", speaker: "A spokeswoman for the commission", cue: "said" },
    ]);
    expect(briefs("Police said two men were arrested near the station.", "en")).toEqual([
      { kind: "indirect", text: "two men were arrested near the station", speaker: "Police", cue: "said" },
    ]);
  });

  it("takes a lower-case title before a name as part of the speaker", () => {
    expect(briefs("\"We will not be blackmailed,\" union leader Claus Weselsky told reporters in Berlin.", "en")).toEqual([
      { kind: "direct", text: "\"We will not be blackmailed,\"", speaker: "union leader Claus Weselsky", cue: "told" },
    ]);
    expect(briefs("The talks failed, foreign minister Annalena Baerbock said.", "en")).toEqual([
      { kind: "indirect", text: "The talks failed", speaker: "foreign minister Annalena Baerbock", cue: "said" },
    ]);
  });

  it("skips a time phrase after the cue", () => {
    expect(briefs("The minister said on Tuesday the talks would resume next week.", "en")).toEqual([
      { kind: "indirect", text: "the talks would resume next week", speaker: "The minister", cue: "said" },
    ]);
  });

  it("finds “told reporters” frames", () => {
    expect(briefs("Merz told reporters the plan would fail.", "en")).toEqual([
      { kind: "indirect", text: "the plan would fail", speaker: "Merz", cue: "told" },
    ]);
    expect(briefs("The coach told journalists on Sunday his team had played badly.", "en")).toEqual([
      { kind: "indirect", text: "his team had played badly", speaker: "The coach", cue: "told" },
    ]);
  });

  it("finds closing frames after a clause or a quote", () => {
    expect(briefs("The budget is sound, the minister said.", "en")).toEqual([
      { kind: "indirect", text: "The budget is sound", speaker: "the minister", cue: "said" },
    ]);
    expect(briefs("The talks would resume next week, officials said on Friday.", "en")).toEqual([
      { kind: "indirect", text: "The talks would resume next week", speaker: "officials", cue: "said" },
    ]);
    expect(briefs("The budget is sound, said Merz.", "en")).toEqual([
      { kind: "indirect", text: "The budget is sound", speaker: "Merz", cue: "said" },
    ]);
    expect(briefs("“We are ready,” the minister told reporters.", "en")).toEqual([
      { kind: "direct", text: "“We are ready,”", speaker: "the minister", cue: "told" },
    ]);
  });

  it("leaves sentences alone that report no clause", () => {
    expect(briefs("The company said goodbye to its CEO.", "en")).toEqual([]);
    expect(briefs("He said nothing.", "en")).toEqual([]);
    expect(briefs("She told a story about her childhood.", "en")).toEqual([]);
    expect(briefs("Did the minister say the plan would fail?", "en")).toEqual([]);
    expect(briefs("The report said little about the costs of the war.", "en")).toEqual([]);
  });

  it("applies no English rule to German text", () => {
    expect(briefs("Der Haushalt ist solide, der Minister sagte.", "de")).toEqual([]);
  });
});

describe("English speakers without an article", () => {
  it("takes a plural speaker noun as the subject before or after the report", () => {
    expect(briefs("Officials warned that the dam could break.", "en")).toEqual([
      { kind: "indirect", text: "that the dam could break", speaker: "Officials", cue: "warned" },
    ]);
    expect(briefs("The central bank is expected to cut rates next week, analysts at Deutsche Bank wrote in a note.", "en")).toEqual([
      { kind: "indirect", text: "The central bank is expected to cut rates next week", speaker: "analysts at Deutsche Bank", cue: "wrote" },
    ]);
  });

  it("takes a group noun as the head of the speaker (\"Local residents\", \"Israeli officials\") and a singular role noun as a role", () => {
    expect(briefs("Local residents said the water was brown.", "en")).toEqual([
      { kind: "indirect", text: "the water was brown", speaker: "Local residents", cue: "said" },
    ]);
    expect(briefs("A local resident said the water was brown.", "en")[0]).toMatchObject({ speaker: "A local resident" });
  });

  it("keeps name particles in a speaker's name", () => {
    const text = "\"This is a good day for Europe,\" said Ursula von der Leyen, President of the European Commission.";
    expect(briefs(text, "en")[0]).toMatchObject({ kind: "direct", speaker: "Ursula von der Leyen" });
  });
});

describe("English relays: quoted X as saying, according to after a said frame", () => {
  const relayed = (text: string) => quotesOf(text, "en").map((q) => ({ kind: q.kind, text: q.text, speaker: q.speaker?.text ?? null, source: q.source?.text ?? null }));

  it("takes the one quoted as the speaker and the one quoting as the source", () => {
    expect(relayed("Reuters quoted the minister as saying the situation was serious.")).toEqual([
      { kind: "indirect", text: "the situation was serious", speaker: "the minister", source: "Reuters" },
    ]);
    expect(relayed("Officials quoted him as saying he would resign.")).toEqual([{ kind: "indirect", text: "he would resign", speaker: "him", source: "Officials" }]);
    expect(relayed('The BBC quoted a police spokesman as saying: "We are investigating."')).toEqual([
      { kind: "direct", text: '"We are investigating."', speaker: "a police spokesman", source: "The BBC" },
    ]);
  });

  it("reads the passive, with or without the outlet", () => {
    expect(relayed("He was quoted by the Guardian as saying that the plan would fail.")).toEqual([
      { kind: "indirect", text: "the plan would fail", speaker: "He", source: "the Guardian" },
    ]);
    expect(relayed("The mayor was quoted as saying the roads would reopen soon.")).toEqual([
      { kind: "indirect", text: "the roads would reopen soon", speaker: "The mayor", source: null },
    ]);
  });

  it("makes a closing according to phrase the source of the said frame before it", () => {
    expect(relayed("“We will win,” the president said, according to Reuters.")).toEqual([
      { kind: "direct", text: "“We will win,”", speaker: "the president", source: "Reuters" },
    ]);
    expect(relayed("The plan will fail, the minister said, according to the BBC.")).toEqual([
      { kind: "indirect", text: "The plan will fail", speaker: "the minister", source: "the BBC" },
    ]);
  });

  it("leaves quoted without as saying alone", () => {
    expect(relayed("The shares are quoted on the London exchange.")).toEqual([]);
  });
});

describe("English cues and clauses the German-shaped rules missed", () => {
  it("reads a cue form after an article as a noun, not a verb (\"The report warned …\")", () => {
    expect(briefs("The report warned that temperatures could rise.", "en")).toEqual([
      { kind: "indirect", text: "that temperatures could rise", speaker: "The report", cue: "warned" },
    ]);
    expect(briefs("The New York Times reports that the deal collapsed.", "en")[0]).toMatchObject({ speaker: "The New York Times", cue: "reports" });
  });

  it("reads a reported clause whose verb is in the past tense without an auxiliary", () => {
    expect(briefs("Israeli officials said the strike targeted militants.", "en")).toEqual([
      { kind: "indirect", text: "the strike targeted militants", speaker: "Israeli officials", cue: "said" },
    ]);
    expect(briefs("One witness said he heard two shots.", "en")[0]).toMatchObject({ text: "he heard two shots", speaker: "One witness" });
    expect(briefs("The company, which employs many people, said it expected profits to fall.", "en")[0]).toMatchObject({ speaker: "The company" });
  });

  it("keeps a participle of a reduced passive out of that reading", () => {
    expect(briefs("Police said the people targeted by the strike were civilians.", "en")[0]).toMatchObject({ text: "the people targeted by the strike were civilians" });
  });

  it("reads past a platform or place after the cue, and posts and tweets as cues", () => {
    expect(briefs("“This is unacceptable,” Macron wrote on Twitter.", "en")).toEqual([
      { kind: "direct", text: "“This is unacceptable,”", speaker: "Macron", cue: "wrote" },
    ]);
    expect(briefs("“This is unacceptable,” Macron said in a post on X.", "en")[0]).toMatchObject({ speaker: "Macron", cue: "said" });
    expect(briefs("Trump posted on Truth Social that the trial was a sham.", "en")).toEqual([
      { kind: "indirect", text: "that the trial was a sham", speaker: "Trump", cue: "posted" },
    ]);
    expect(briefs("“Never again,” he tweeted.", "en")[0]).toMatchObject({ speaker: "he", cue: "tweeted" });
  });

  it("reads responded, answered, commented, conceded, testified, cautioned and recalled as cues, not the nouns of the same spelling", () => {
    expect(briefs("Secretary Roche responded: No, sir, the deal is dead.", "en")[0]).toMatchObject({ speaker: "Secretary Roche", cue: "responded" });
    expect(briefs("The judge remarked that he had never seen anything like it.", "en")[0]).toMatchObject({ speaker: "The judge", cue: "remarked" });
    expect(briefs("Dr. Norko testified that the killer suffers from depression.", "en")[0]).toMatchObject({ speaker: "Dr. Norko", cue: "testified" });
    expect(briefs("“For Darren, it will be nice to be back,” team-mate Matthew Hayden commented.", "en")[0]).toMatchObject({ cue: "commented" });
    expect(briefs("Let us focus on complexity, which is the theme of my comments: how software can remove it.", "en")).toEqual([]);
    expect(briefs("The engine gives relevant answers: “What is the second-longest coastline?”", "en").map((q) => q.cue)).not.toContain("answers");
  });

  it("takes no addressee after \"said\": the clause keeps its subject", () => {
    expect(briefs("Scholz said Germany would not send troops.", "en")).toEqual([
      { kind: "indirect", text: "Germany would not send troops", speaker: "Scholz", cue: "said" },
    ]);
    expect(briefs("Officials said reporters had been detained.", "en")[0]).toMatchObject({ text: "reporters had been detained", speaker: "Officials" });
    expect(briefs("Merz told reporters the plan would fail.", "en")[0]).toMatchObject({ text: "the plan would fail", speaker: "Merz" });
  });

  it("leaves a relative clause about the source out of the quote after or before \"according to\"", () => {
    expect(briefs("According to the Washington Post, which first reported the lawsuit, the suit does not name Trump.", "en")).toEqual([
      { kind: "indirect", text: "the suit does not name Trump", speaker: "the Washington Post", cue: "According to" },
    ]);
    expect(briefs("The suit names Russia, according to the Post, which first reported it.", "en")).toEqual([
      { kind: "indirect", text: "The suit names Russia", speaker: "the Post", cue: "according to" },
    ]);
  });

  it("makes a trailing \"according to\" outlet the source of a forward frame, not the speaker of the whole sentence", () => {
    const [q, ...rest] = quotesOf("Scholz said Germany would not send troops, according to Reuters.", "en");
    expect(rest).toEqual([]);
    expect(q).toMatchObject({ text: "Germany would not send troops", speaker: { text: "Scholz" }, cue: "said", source: { text: "Reuters" } });
  });

  it("takes the whole subject before the verb in English word order, past adverbs and auxiliaries", () => {
    expect(briefs("Iran's security chief warned on Tuesday that his country would leave the treaty.", "en")[0]).toMatchObject({ speaker: "Iran's security chief", cue: "warned" });
    expect(briefs("The French president has openly criticized Trump's protectionist moves.", "en")[0]).toMatchObject({ speaker: "The French president", cue: "criticized" });
    expect(briefs("North Korean dictator Kim Jong Un said the country would halt its tests.", "en")[0]).toMatchObject({ speaker: "North Korean dictator Kim Jong Un" });
    expect(briefs("But Ms. Sanders argued that the disclosures shed new light.", "en")[0]).toMatchObject({ speaker: "Ms. Sanders" });
    expect(briefs("President Trump late Thursday tweeted that the memos showed no collusion.", "en")[0]).toMatchObject({ speaker: "President Trump" });
  });

  it("takes the name before an apposition that has no closing comma, but not a time phrase", () => {
    expect(briefs("Jo Swinson, the deputy leader said the trip must not be met with protests.", "en")[0]).toMatchObject({ speaker: "Jo Swinson", cue: "said" });
    expect(briefs("Early Tuesday, Iranian President Hassan Rouhani warned the U.S. there would be \"grave\" consequences.", "en")[0]).toMatchObject({ speaker: "Iranian President Hassan Rouhani" });
  });

  it("reads a cue form after a possessive or a preposition as a noun, and findings with their clause", () => {
    expect(briefs("But the lawyer resigned later in March amid reports that his relationship with the president had frayed.", "en")).toEqual([]);
    expect(briefs("Several U.S. intelligence agencies concluded in a January 2017 report that Russian agents hacked the DNC.", "en")).toEqual([
      { kind: "indirect", text: "that Russian agents hacked the DNC", speaker: "Several U.S. intelligence agencies", cue: "concluded" },
    ]);
    expect(briefs("Police found a body in the river.", "en")).toEqual([]);
    expect(briefs("The lawsuit alleges that Russia found a willing partner in the campaign.", "en")).toEqual([
      { kind: "indirect", text: "that Russia found a willing partner in the campaign", speaker: "The lawsuit", cue: "alleges" },
    ]);
  });

  it("reads past an opening time phrase without a preposition", () => {
    expect(briefs("Last week, Smith said the plan had failed.", "en")).toEqual([{ kind: "indirect", text: "the plan had failed", speaker: "Smith", cue: "said" }]);
  });

  it("gives a quoted phrase inside another's reported words to that speaker, not to a verb of thinking next to it", () => {
    const quotes = briefs("The lawsuit alleges that Russia found a \"willing and active partner\" in the campaign.", "en");
    expect(quotes.find((q) => q.kind === "direct")).toMatchObject({ speaker: "The lawsuit", cue: "alleges" });
  });

  it("takes the phrase after a subordinator as the subject when the clause's start is none", () => {
    expect(briefs("The newly announced aid came after critics claimed that the initiative was too small.", "en")).toEqual([
      { kind: "indirect", text: "that the initiative was too small", speaker: "critics", cue: "claimed" },
    ]);
  });

  it("reads a present form after a verb in -ed as its object, a noun (\"expressed hope\")", () => {
    expect(briefs("Prime Minister Junichiro Koizumi expressed hope that a meeting can be arranged.", "en")).toEqual([]);
  });

  it("reads a frame between commas inside the sentence as reporting the sentence around it", () => {
    expect(briefs("The plan, he said, would fail.", "en")).toEqual([{ kind: "indirect", text: "The plan, he said, would fail", speaker: "he", cue: "said" }]);
    expect(briefs("The economy, the minister said on Tuesday, is in good shape.", "en")[0]).toMatchObject({ speaker: "the minister", cue: "said" });
    expect(briefs("Smith, who said he was innocent, was arrested.", "en")).toEqual([]);
  });

  it("closes a frame after a quote with a subordinate clause, taking the subject before the verb, not a pronoun inside the quote", () => {
    expect(briefs("\"I don't know,\" he told reporters when asked about the deal.", "en")[0]).toMatchObject({ kind: "direct", speaker: "he", cue: "told" });
  });

  it("takes a list of names as one subject, and no name in -ly for an adverb", () => {
    expect(briefs("Germany, France and Italy said that they would cooperate.", "en")[0]).toMatchObject({ speaker: "Germany, France and Italy" });
    expect(briefs("Italy, France and Germany said they would cooperate.", "en")[0]).toMatchObject({ speaker: "Italy, France and Germany" });
    expect(briefs("Finally, Trump said the deal was done.", "en")[0]).toMatchObject({ speaker: "Trump" });
  });

  it("closes a frame after a quote with an occasion and a participle (\"in a video posted on social media\"), and reads past a cue used as a participle", () => {
    expect(briefs("\"It's a tragedy,\" the mayor said in a video posted on social media.", "en")[0]).toMatchObject({ speaker: "the mayor", cue: "said" });
    expect(briefs("The deal is dead, the senator said in remarks broadcast on Monday.", "en")[0]).toMatchObject({ speaker: "the senator", cue: "said" });
  });

  it("runs an opening \"according to\" phrase to its comma", () => {
    expect(briefs("According to a senior official familiar with the matter, the deal is close.", "en")).toEqual([
      { kind: "indirect", text: "the deal is close", speaker: "a senior official familiar with the matter", cue: "According to" },
    ]);
    expect(briefs("According to the school's Web site, instruction focused on nation-building.", "en")[0]).toMatchObject({ speaker: "the school's Web site" });
  });

  it("reports a clause that holds quoted words, as well as the quoted words", () => {
    expect(briefs("Biden, speaking at the White House, said the deal was \"a big win for America\".", "en")).toEqual([
      { kind: "indirect", text: "the deal was \"a big win for America\"", speaker: "Biden", cue: "said" },
      { kind: "direct", text: "\"a big win for America\"", speaker: "Biden", cue: "said" },
    ]);
  });
});

describe("a dateline that opens an article", () => {
  it("is no part of the first clause: the subject after it speaks", () => {
    const seoul = "SEOUL, South Korea — North Korea's leader, Kim Jong-un, announced early Saturday that his country no longer needed to test nuclear weapons.";
    expect(quotesOf(seoul, "en").map((q) => [q.speaker?.text, q.text])).toEqual([["North Korea's leader", "that his country no longer needed to test nuclear weapons"]]);
    const newLondon = "NEW LONDON, Conn. -- Michael Ross, at times crying, testified Tuesday that he deserves life in prison.";
    expect(quotesOf(newLondon, "en").map((q) => [q.speaker?.text, q.text])).toEqual([["Michael Ross", "that he deserves life in prison"]]);
    const washington = 'WASHINGTON — President Trump said Tuesday that the agreement was "insane".';
    expect(quotesOf(washington, "en").map((q) => q.speaker?.text)).toEqual(["President Trump", "President Trump"]);
  });

  it("with an agency in brackets is left out of the quote too", () => {
    const text = "LONDON (Reuters) - A Royal Navy sailor was jailed for five years on Wednesday, the Ministry of Defence said.";
    expect(quotesOf(text, "en").map((q) => [q.speaker?.text, q.text])).toEqual([["the Ministry of Defence", "A Royal Navy sailor was jailed for five years on Wednesday"]]);
  });
});

describe("a pronoun after an English verb", () => {
  it("is its object or the subject of the reported clause, not the speaker", () => {
    expect(quotesOf('The mayor dismissed it as "nonsense".', "en").map((q) => q.speaker?.text)).toEqual(["The mayor"]);
    // The clause that holds the quoted word is reported too ("he favored …", since "he" opens a clause whatever its verb), both Comey's.
    expect(quotesOf('Comey said he favored "transparency."', "en").map((q) => [q.kind, q.speaker?.text])).toEqual([
      ["indirect", "Comey"],
      ["direct", "Comey"],
    ]);
  });

  it("still speaks after a quotation that fills the first position", () => {
    expect(quotesOf('"We will win," said he.', "en").map((q) => q.speaker?.text)).toEqual(["he"]);
  });
});

describe("a phrase after an English verb that does not invert", () => {
  it("is its object, not the speaker", () => {
    const told = 'As Ann Example told the Daily Courier in 1999, "If you want peace, plant trees."';
    expect(quotesOf(told, "en").map((q) => q.speaker?.text ?? null)).toEqual([null]);
    expect(quotesOf("Scientists were able to confirm the connection to the comet.", "en")).toEqual([]);
  });

  it("still speaks after an inverting verb or a quotation first", () => {
    expect(quotesOf('"We will win," said the minister.', "en").map((q) => q.speaker?.text)).toEqual(["the minister"]);
    expect(quotesOf('The plan is "dead", said Mayor Ann Example.', "en").map((q) => q.speaker?.text)).toContain("Mayor Ann Example");
  });
});

describe("a verb joined by \"and\" to an earlier speech verb", () => {
  it("shares the whole subject of the first verb, a possessive inside it included", () => {
    const text = "Trump's campaign manager Brad Parscale called the lawsuit \"frivolous\" and said the campaign will fight back aggressively.";
    const speakers = quotesOf(text, "en").map((q) => q.speaker?.text);
    expect(speakers).toContain("Trump's campaign manager Brad Parscale");
    expect(speakers).not.toContain("Trump's");
  });
});

describe("an English subject with an adverbial between commas", () => {
  const speakers = (text: string) => quotesOf(text, "en").map((q) => [q.text, q.speaker?.text ?? null]);

  it("passes over an \"as\" or prepositional phrase and a leading \"And\", and takes the addressee of \"told\" for no speaker", () => {
    const text = "And newly confirmed Secretary of State Mike Pompeo, as a Kansas congressman in December 2015, told a Westminster Institute audience that the only real solution in Iran was regime change.";
    expect(speakers(text)).toEqual([["that the only real solution in Iran was regime change", "newly confirmed Secretary of State Mike Pompeo"]]);
    expect(speakers("Secretary of State Mike Pompeo, in a statement on Monday, said the deal was bad.")).toEqual([["the deal was bad", "Secretary of State Mike Pompeo"]]);
  });

  it("passes over a long apposition", () => {
    const text = "Tom Karako, director of the Missile Defense Project at the Center for Strategic and International Studies, told USA TODAY the North likely has a list of demands.";
    expect(speakers(text)).toEqual([["the North likely has a list of demands", "Tom Karako"]]);
  });
});

describe("English clause openers that are no subject", () => {
  const speakers = (text: string) => quotesOf(text, "en").map((q) => q.speaker?.text ?? null);

  it("takes a pronoun right before the verb after an opening phrase", () => {
    expect(speakers("In 2002 he claimed in a memo that the war on terrorism renders obsolete portions of the Geneva Conventions.")).toEqual(["he"]);
  });

  it("passes over a sentence adverb, and lets documents speak", () => {
    expect(speakers("Finally, Boeing documents suggest that the Air Force allowed Boeing to modify the requirements.")).toEqual(["Boeing documents"]);
    expect(speakers("Admittedly, authors evaluating impacts might believe that current climate change is natural.")).not.toContain("Admittedly");
  });

  it("reads an inverted \"reported\" and the cues \"hinted\" and \"signaled\"", () => {
    expect(speakers("China will order at least 10 aeroplanes from Brazilian maker Embraer, reported AFP.")).toEqual(["AFP"]);
    expect(speakers("The president hinted that direct talks had already taken place with North Korea.")).toEqual(["The president"]);
    expect(speakers("Welsh Secretary Peter Hain has signalled that similar measures will be adopted in Wales.")).toEqual(["Welsh Secretary Peter Hain"]);
  });
});

describe("a bare cue in a second clause", () => {
  const pairs = (text: string) => quotesOf(text, "en").map((q) => [q.text, q.speaker?.text ?? null]);

  it("reports after a comma and a coordinator, or after a subordinator", () => {
    expect(pairs("Marshall scored a half-century, but Bracewell said McMillan was preferred.")).toEqual([["McMillan was preferred", "Bracewell"]]);
    expect(pairs("Prices rose while analysts said the market was stable.")).toEqual([["the market was stable", "analysts"]]);
    expect(pairs("He stayed home because his doctor said he needed rest.")).toEqual([["he needed rest", "his doctor"]]);
  });

  it("needs a comma before a coordinator and a clause after the cue", () => {
    expect(pairs("Smith and Jones said nothing.")).toEqual([]);
    expect(pairs("The company grew, and the report said nothing about it.")).toEqual([]);
  });
});

describe("an English subject that opens with a hyphenated adjective, and a frame before a quotation", () => {
  const speakers = (text: string) => quotesOf(text, "en").map((q) => q.speaker?.text ?? null);

  it("is a speaker when it ends in a name", () => {
    expect(speakers('Since then, hard-left Labour Party leader Jeremy Corbyn accused May of bowing to "the whims of a U.S. President."')).toEqual([
      "hard-left Labour Party leader Jeremy Corbyn",
    ]);
  });

  it("takes no quotation after a frame between commas for the sentence around it", () => {
    const text = 'For example, while discussing a report on climate change, EPA administrator Christine Whitman argued, "As the report went through review, there was less consensus" (1).';
    const quotes = quotesOf(text, "en");
    expect(quotes.every((q) => !q.text.startsWith("For example"))).toBe(true);
    expect(quotes.map((q) => q.speaker?.text)).toContain("EPA administrator Christine Whitman");
  });
});

describe("a group a person's name modifies", () => {
  it("speaks for itself, not for the person ('the Trump administration', 'Trump officials')", () => {
    const text = "Donald Trump met reporters. The Trump administration said that the tariffs would stay. Trump officials said that talks would go on. Trump said that he was happy.";
    // "Donald Trump", then each later "Trump" on its own.
    const entities = [mention(text, "Donald Trump", "PER", "per:donald-trump")];
    for (let at = text.indexOf("Trump", 13); at >= 0; at = text.indexOf("Trump", at + 1)) entities.push(mention(text, "Trump", "PER", "per:donald-trump", at));
    expect(quotesOf(text, "en", entities).map((q) => [q.speaker?.text, q.speaker_entity])).toEqual([
      ["The Trump administration", null],
      ["Trump officials", null],
      ["Trump", "per:donald-trump"],
    ]);
  });
});
