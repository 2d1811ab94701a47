import { describe, expect, it } from "vitest";
import { briefs } from "./helpers.js";

describe("English quotes", () => {
  it("finds “…”, said X and X said: “…”", () => {
    expect(briefs("“We will not raise taxes this year,” said Finance Minister Rachel Reeves on Monday.", "en")).toEqual([
      { kind: "direct", text: "“We will not raise taxes this year,”", speaker: "Finance Minister Rachel Reeves", cue: "said" },
    ]);
    expect(briefs("The spokesman said: “The talks will continue next week.”", "en")).toEqual([
      { kind: "direct", text: "“The talks will continue next week.”", speaker: "The spokesman", cue: "said" },
    ]);
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
