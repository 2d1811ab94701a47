import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

/** Wednesday, 5 June 2024. */
const REF = "2024-06-05";
const en = (text: string, ref: string | null = REF) => triples(text, ref, "en");

describe("findDates: English", () => {
  it("reads explicit and partial dates", () => {
    expect(en("The agreement was signed on June 3, 2024, in Brussels.")).toEqual([["June 3, 2024", "2024-06-03", "day"]]);
    expect(en("Voting closes on 3 June.")).toEqual([["3 June", "2024-06-03", "day"]]);
    expect(en("The plant closed in March 2021.")).toEqual([["March 2021", "2021-03", "month"]]);
  });

  it("reads the half, the quarter and the fiscal year of a year as that year, not a count of half or a quarter of things", () => {
    expect(en("Sales fell in the first half of 2023 and rose in the third quarter of 2023.")).toEqual([
      ["first half of 2023", "2023", "year"],
      ["third quarter of 2023", "2023", "year"],
    ]);
    expect(en("The budget for fiscal year 2002 was cut.")).toEqual([["fiscal year 2002", "2002", "year"]]);
    expect(en("Half of 2023 tickets were sold to a quarter of 2000 people.")).toEqual([]);
  });

  it("reads seasons with a modifier or after 'in', not the fall of something or a habit", () => {
    expect(en("Last summer it was hot; next spring they will build, and this fall the vote is due.")).toEqual([
      ["Last summer", "2023", "year"],
      ["next spring", "2025", "year"],
      ["this fall", "2024", "year"],
    ]);
    expect(en("Prices rose in the summer. They will fall in the autumn.")).toEqual([
      ["summer", "2023", "year"],
      ["autumn", "2024", "year"],
    ]);
    expect(en("The fall of the wall came in 1989. The fall in prices hurt. Tourists come every summer.")).toEqual([["1989", "1989", "year"]]);
  });

  it("reads day numbers listed with a date as days of its month", () => {
    expect(en("The summit will be held on June 3 and 4 in Brussels.")).toEqual([
      ["June 3", "2024-06-03", "day"],
      ["4", "2024-06-04", "day"],
    ]);
    expect(en("The talks took place between 3 and 7 June.")).toEqual([
      ["3", "2024-06-03", "day"],
      ["7 June", "2024-06-07", "day"],
    ]);
    expect(en("On June 3 and 2 days later, it rained.").map((t) => t[0])).toEqual(["June 3"]);
    expect(en("The talks were held on July 11-12 in Brussels and from May 28 to 30 in Rome.")).toEqual([
      ["July 11", "2024-07-11", "day"],
      ["12", "2024-07-12", "day"],
      ["May 28", "2024-05-28", "day"],
      ["30", "2024-05-30", "day"],
    ]);
  });

  it("reads weekdays by tense and modifiers", () => {
    expect(en("The minister resigned on Monday after weeks of pressure.")).toEqual([["Monday", "2024-06-03", "day"]]);
    expect(en("The committee will meet on Monday to discuss the bill.")).toEqual([["Monday", "2024-06-10", "day"]]);
    expect(en("Talks resume next Friday.")).toEqual([["next Friday", "2024-06-07", "day"]]);
    expect(en("The strike ended last Thursday.")).toEqual([["last Thursday", "2024-05-30", "day"]]);
  });

  it("puts a month without its year on the side of a verb in the simple past right next to it, not of a passive participle", () => {
    expect(en("Prices rose in October.")).toEqual([["October", "2023-10", "month"]]);
    expect(en("Elections were held in November.")).toEqual([["November", "2023-11", "month"]]);
    expect(en("The summit will be held in October.")).toEqual([["October", "2024-10", "month"]]);
    expect(en("The vote is expected in October.")).toEqual([["October", "2024-10", "month"]]);
    expect(en("The vote is set for Sunday.")).toEqual([["Sunday", "2024-06-09", "day"]]);
    expect(en("A ruling is slated for Friday.")).toEqual([["Friday", "2024-06-07", "day"]]);
  });

  it("reads casual, counted and relative expressions", () => {
    expect(en("Police said yesterday that two men were arrested two years ago.")).toEqual([
      ["yesterday", "2024-06-04", "day"],
      ["two years ago", "2022", "year"],
    ]);
    expect(en("Prices rose last year and are expected to fall by 2030.")).toEqual([
      ["last year", "2023", "year"],
      ["2030", "2030", "year"],
    ]);
    expect(en("Construction starts in early May and ends mid-2026.")).toEqual([
      ["early May", "2024-05", "month"],
      ["mid-2026", "2026", "year"],
    ]);
  });

  it("reads parts of weeks as the week meant, with the part in the mention", () => {
    expect(en("A decision is expected early next week.")).toEqual([["early next week", "2024-W24", "week"]]);
    expect(en("The talks should end by the end of the week.")).toEqual([["the end of the week", "2024-W23", "week"]]);
  });

  it("reads days counted in a phrase, not the 'yesterday' inside it", () => {
    expect(en("The day before yesterday the minister resigned.")).toEqual([["The day before yesterday", "2024-06-03", "day"]]);
    expect(en("Talks resume the day after tomorrow.")).toEqual([["the day after tomorrow", "2024-06-07", "day"]]);
  });

  it("reads a relative week as an ISO week, and skips times, 'now' and the verb 'may'", () => {
    expect(en("Last week the council met at 3 pm. Now it may decide, and troops may march.")).toEqual([["Last week", "2024-W22", "week"]]);
    expect(en("The vote is expected next week.")).toEqual([["next week", "2024-W24", "week"]]);
  });

  it("does not read Theresa May, The Sun or a month as a verb", () => {
    expect(en("Theresa May told The Sun that the March on Washington was historic.")).toEqual([]);
  });

  it("pairs a weekday with the date in parentheses", () => {
    expect(en("Protesters gathered on Monday (June 3) outside parliament.")).toEqual([["Monday (June 3)", "2024-06-03", "day"]]);
  });
});
