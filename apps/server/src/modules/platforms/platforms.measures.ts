import { regionLevelOf, stationStandard } from "@xinqiao/shared";
import { addCount, type CountRow, type MeasureSource } from "../../platform/analytics/measureSource.ts";
import * as repository from "./platforms.repository.ts";

const streetOf = (code: string) => `${code.slice(0, 9)}000`;

/**
 * Operating stations, the streets they cover (once each, however many stations a street has) and
 * those below the staffing or space standard — the figures of the station-coverage page, counted
 * for the dashboards.
 */
export const platformMeasures: MeasureSource = {
  name: "platforms",
  measures: ["operatingStations", "coveredStreets", "stationsBelowStandard"],
  // A worker joining or leaving a station changes whether it meets the staffing standard.
  auditEntities: ["platform", "socialWorker"],
  async recount(db, _today, emit) {
    const stations = await repository.listOperatingStations(db, null);
    const totals = new Map<string, CountRow>();
    for (const station of stations) {
      addCount(totals, "operatingStations", station.region_code, "now", "", 1);
      const isBelow =
        Number(station.staff_count) < stationStandard.minimumWorkers ||
        (station.floor_area !== null && Number(station.floor_area) < stationStandard.minimumFloorArea);
      if (isBelow) addCount(totals, "stationsBelowStandard", station.region_code, "now", "", 1);
    }
    for (const street of new Set(stations.map((station) => streetOf(station.region_code)))) {
      // A station filed under its district has no street to cover.
      if (regionLevelOf(street) === "street") addCount(totals, "coveredStreets", street, "now", "", 1);
    }
    await emit([...totals.values()]);
  },
};
