import type { ClientDetail } from "@xinqiao/shared";
import { createClientBodySchema, updateClientBodySchema } from "@xinqiao/shared";
import { describe, expect, it } from "vitest";
import { clientBodyOf, initialClientValues } from "./clientForm.ts";
import { consentBodyOf } from "./consentForm.ts";
import { clientRegionLabel } from "./regionLabel.ts";

const community = "330203003001";

const stored = {
  id: 7,
  name: "王秀英",
  idNumber: "330***********123X",
  sex: "female",
  birthDate: "1950-03",
  phone: "138****5678",
  address: "南门街道***",
  region: { code: community, name: "柳汀社区" },
  regionPath: [
    { code: "330203000000", name: "海曙区" },
    { code: "330203003000", name: "南门街道" },
    { code: community, name: "柳汀社区" },
  ],
  categories: ["独居老人"],
  householdMembers: [],
  guardianName: null,
  guardianRelation: null,
  riskLevel: "medium",
  isEmergency: false,
} as unknown as ClientDetail;

describe("clientBodyOf", () => {
  it("sends a new client without an ID number with the birth date and sex entered", () => {
    const body = clientBodyOf(
      { name: " 李明 ", idNumber: "  ", birthDate: "1948-05-01", sex: "male", regionCode: community },
      null,
    );
    expect(body).toMatchObject({ name: " 李明 ", idNumber: null, birthDate: "1948-05-01", sex: "male" });
    expect(createClientBodySchema.safeParse(body).success).toBe(true);
  });

  it("leaves out what the ID number decides", () => {
    const body = clientBodyOf(
      {
        name: "李明",
        idNumber: "11010519491231002X",
        birthDate: "1950-01-01",
        sex: "male",
        regionCode: community,
      },
      null,
    );
    expect(body).toMatchObject({ birthDate: null, sex: null });
  });

  it("a new client without ID number, birth date or sex is refused on both fields", () => {
    const parsed = createClientBodySchema.safeParse(
      clientBodyOf({ name: "李明", regionCode: community }, null),
    );
    expect(parsed.success).toBe(false);
    const paths = parsed.error?.issues.map((issue) => issue.path.join(".")) ?? [];
    expect(paths).toEqual(expect.arrayContaining(["birthDate", "sex"]));
  });

  it("editing, masked values left as they were and a birth date not entered again are not sent", () => {
    const body = clientBodyOf({ ...initialClientValues(stored), name: "王秀英" }, stored);
    expect(body.idNumber).toBeUndefined();
    expect(body.phone).toBeUndefined();
    expect(body.address).toBeUndefined();
    expect(body.birthDate).toBeUndefined();
    expect(body.sex).toBeUndefined();
    expect(body.categories).toEqual(["独居老人"]);
    expect(updateClientBodySchema.safeParse(body).success).toBe(true);
  });

  it("editing, a cleared phone is sent as null and a new one as typed", () => {
    expect(clientBodyOf({ ...initialClientValues(stored), phone: "" }, stored).phone).toBeNull();
    expect(clientBodyOf({ ...initialClientValues(stored), phone: " 13900001111 " }, stored).phone).toBe(
      "13900001111",
    );
  });
});

describe("consentBodyOf", () => {
  it("a consent given by the client carries no guardian, even one typed before", () => {
    expect(
      consentBodyOf({ kind: "service", givenBy: "self", guardianName: "王强", givenOn: "2026-01-02" }),
    ).toEqual({ kind: "service", guardianName: null, givenOn: "2026-01-02" });
  });

  it("a guardian's name is sent trimmed; a blank one as null", () => {
    expect(
      consentBodyOf({ kind: "referral", givenBy: "guardian", guardianName: " 王强 ", givenOn: "" }),
    ).toEqual({
      kind: "referral",
      guardianName: "王强",
      givenOn: "",
    });
    expect(consentBodyOf({ givenBy: "guardian", guardianName: "  ", givenOn: "" }).guardianName).toBeNull();
  });
});

describe("clientRegionLabel", () => {
  it("names the street and community below the district", () => {
    expect(clientRegionLabel(stored)).toBe("南门街道 / 柳汀社区");
  });

  it("falls back to the region's own name", () => {
    expect(clientRegionLabel({ region: { code: "x", name: "某社区" }, regionPath: [] })).toBe("某社区");
  });
});
