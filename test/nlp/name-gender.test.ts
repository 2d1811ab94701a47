import { describe, expect, it } from "vitest";
import { firstNameGender } from "../../src/nlp/name-gender.js";

describe("firstNameGender", () => {
  it("reads the gender of a listed first name by its ending", () => {
    expect(firstNameGender("Angela Merkel")).toBe("f");
    expect(firstNameGender("Wolfgang Schäuble")).toBe("m");
    expect(firstNameGender("Marco Buschmann")).toBe("m");
  });

  it("knows the names that end against their gender", () => {
    expect(firstNameGender("Uwe Seeler")).toBe("m");
    expect(firstNameGender("Mustafa Kemal")).toBe("m");
    expect(firstNameGender("Ingrid Matthäus-Maier")).toBe("f");
    expect(firstNameGender("Ruth Dreifuss")).toBe("f");
  });

  it("gives no gender for names of either gender, unlisted names and uninformative endings", () => {
    expect(firstNameGender("Andrea Nahles")).toBeNull();
    expect(firstNameGender("Kim Jong-un")).toBeNull();
    expect(firstNameGender("Tony Blair")).toBeNull();
    expect(firstNameGender("Merkel")).toBeNull();
  });
});
