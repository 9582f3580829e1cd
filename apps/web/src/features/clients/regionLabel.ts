import type { Client } from "@xinqiao/shared";

/**
 * The client's community below the district (南门街道 / 柳汀社区), which the district's users know
 * by name; the region's own name when the path has nothing below the district.
 */
export function clientRegionLabel(client: Pick<Client, "region" | "regionPath">): string {
  const below = client.regionPath.slice(1);
  return below.length > 0 ? below.map((link) => link.name).join(" / ") : client.region.name;
}
