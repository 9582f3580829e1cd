import { describe, expect, it } from "vitest";
import { tileLayoutOf } from "./tileLayout.ts";

const ningboDistricts = [
  "330203000000",
  "330205000000",
  "330206000000",
  "330211000000",
  "330212000000",
  "330213000000",
  "330225000000",
  "330226000000",
  "330281000000",
  "330282000000",
];

describe("the schematic map's tiles", () => {
  it("place 宁波市's districts roughly as they lie, one tile per cell", () => {
    const layout = tileLayoutOf("330200000000", ningboDistricts);
    expect(layout.isGeographic).toBe(true);
    const at = (code: string) =>
      layout.places.find((place) => place.code === code) ?? { column: -1, row: -1 };
    const cixi = at("330282000000");
    const ninghai = at("330226000000");
    expect(layout.places.every((place) => place.row >= cixi.row)).toBe(true); // 慈溪 north
    expect(layout.places.every((place) => place.row <= ninghai.row)).toBe(true); // 宁海 south
    expect(layout.places.every((place) => place.column >= at("330281000000").column)).toBe(true); // 余姚 west
    expect(layout.places.every((place) => place.column <= at("330206000000").column)).toBe(true); // 北仑 east
    expect(at("330203000000").column).toBeLessThan(at("330212000000").column); // 海曙 west of 鄞州
    expect(at("330225000000").column).toBeGreaterThan(ninghai.column); // 象山 south-east
    const cells = new Set(layout.places.map((place) => `${place.column},${place.row}`));
    expect(cells.size).toBe(ningboDistricts.length);
  });

  it("lay any other units out as a grid in code order, wider than tall", () => {
    const streets = Array.from(
      { length: 17 },
      (_, index) => `330203${String(17 - index).padStart(3, "0")}000`,
    );
    const layout = tileLayoutOf("330203000000", streets);
    expect(layout.isGeographic).toBe(false);
    expect(layout.columns).toBeGreaterThanOrEqual(layout.rows);
    expect(layout.places[0]).toEqual({ code: "330203001000", column: 0, row: 0 });
    expect(layout.places.at(-1)?.code).toBe("330203017000");
    const cells = new Set(layout.places.map((place) => `${place.column},${place.row}`));
    expect(cells.size).toBe(17);
    expect(layout.places.every((place) => place.column < layout.columns && place.row < layout.rows)).toBe(
      true,
    );
  });

  it("fall back to the grid when a unit of the city has no place (a district added later)", () => {
    const layout = tileLayoutOf("330200000000", [...ningboDistricts, "330299000000"]);
    expect(layout.isGeographic).toBe(false);
    expect(layout.places).toHaveLength(11);
  });
});
