import { describe, expect, it } from "vitest";
import {
  addMonths, addYears, closestYearForDay, closestYearForMonth, closestYearForWeekday, isoWeek, parseIsoDay, weekdayInWeek, weekdayInWindow, weekdayOf,
} from "../../../src/nlp/dates/calendar.js";

const day = (iso: string) => {
  const d = parseIsoDay(iso);
  if (!d) throw new Error(iso);
  return d;
};

describe("calendar helpers", () => {
  it("parses the day of ISO dates and date-times and rejects others", () => {
    expect(parseIsoDay("2024-06-05T23:59:00Z")).toEqual({ year: 2024, month: 6, day: 5 });
    expect(parseIsoDay("2024-02-30")).toBeNull();
    expect(parseIsoDay("05.06.2024")).toBeNull();
    expect(parseIsoDay(null)).toBeNull();
  });

  it("chooses the year that puts a day or month closest to the reference", () => {
    expect(closestYearForDay(day("2024-01-02"), 12, 28)).toBe(2023);
    expect(closestYearForDay(day("2023-12-20"), 1, 8)).toBe(2024);
    expect(closestYearForDay(day("2024-06-05"), 3, 12)).toBe(2024);
    expect(closestYearForDay(day("2024-06-05"), 1, 1, "future")).toBe(2025);
    expect(closestYearForDay(day("2024-06-05"), 12, 3, "past")).toBe(2023);
    expect(closestYearForDay(day("2024-06-05"), 6, 5, "past")).toBe(2024);
    expect(closestYearForMonth(day("2024-02-10"), 12)).toBe(2023);
    expect(closestYearForMonth(day("2024-11-10"), 1)).toBe(2025);
  });

  it("chooses the year near the reference that puts a day on a weekday, or none", () => {
    expect(closestYearForWeekday(day("2006-03-19"), 8, 14, 0)).toBe(2005); // Sunday 2005-08-14
    expect(closestYearForWeekday(day("2006-03-19"), 8, 14, 1)).toBe(2006); // Monday 2006-08-14
    expect(closestYearForWeekday(day("2024-06-05"), 2, 29, 4)).toBe(2024); // Thursday 2024-02-29; 2023 and 2025 have none
    expect(closestYearForWeekday(day("2024-06-05"), 8, 14, 0)).toBeNull();
  });

  it("finds weekdays in a window and in a calendar week", () => {
    expect(weekdayOf(day("2024-06-03"))).toBe(1);
    expect(weekdayInWindow(day("2024-06-05"), 4, -6, 0)).toEqual(day("2024-05-30"));
    expect(weekdayInWindow(day("2024-06-05"), 3, -7, -1)).toEqual(day("2024-05-29"));
    expect(weekdayInWeek(day("2024-06-09"), 1, 1)).toEqual(day("2024-06-10"));
    expect(weekdayInWeek(day("2024-06-05"), 0, 0)).toEqual(day("2024-06-09"));
  });

  it("names ISO 8601 weeks, also across the turn of the year", () => {
    expect(isoWeek(day("2024-06-05"))).toBe("2024-W23");
    expect(isoWeek(day("2024-12-30"))).toBe("2025-W01");
    expect(isoWeek(day("2021-01-03"))).toBe("2020-W53");
    expect(isoWeek(day("2026-01-01"))).toBe("2026-W01");
  });

  it("shifts months and years across their ends", () => {
    expect(addMonths(2024, 1, -2)).toEqual({ year: 2023, month: 11 });
    expect(addMonths(2024, 11, 3)).toEqual({ year: 2025, month: 2 });
    expect(addYears(day("2024-02-29"), 1)).toEqual(day("2025-02-28"));
  });
});
