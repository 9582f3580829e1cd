import type { Region } from "@xinqiao/shared";
import { describe, expect, it } from "vitest";
import {
  hitPathText,
  isSelectableLevel,
  nodeOfRegion,
  partlyLoadedParents,
  treeNodesOf,
  withNodes,
  withRegionPath,
} from "./regionPickerNodes.ts";

const haishu = "330203000000";
const nanmen = "330203001000";

function region(code: string, name: string, path: [string, string][]): Region {
  const level = code.endsWith("000000") ? "district" : code.endsWith("000") ? "street" : "community";
  return {
    code,
    name,
    level,
    parentCode: path.at(-2)?.[0] ?? null,
    path: path.map(([stepCode, stepName]) => ({ code: stepCode, name: stepName })),
    residents: null,
    isResidentsDemo: false,
    streetCount: 0,
    communityCount: 0,
    hasChildren: level !== "community",
    canEditResidents: false,
  };
}

const root = region(haishu, "海曙区", [[haishu, "海曙区"]]);
const community = region("330203001001", "南门社区", [
  [haishu, "海曙区"],
  [nanmen, "南门街道"],
  ["330203001001", "南门社区"],
]);

describe("the region picker's tree", () => {
  it("roots the tree at the user's scope, even when the scope has a parent", () => {
    expect(nodeOfRegion(root, haishu).pId).toBeNull();
    expect(nodeOfRegion(community, haishu)).toMatchObject({ pId: nanmen, isLeaf: true, level: "community" });
  });

  it("adds a hit or preset value with its ancestors, so it shows by name and the tree opens to it", () => {
    const nodes = withRegionPath(withNodes(new Map(), [nodeOfRegion(root, haishu)]), community, haishu);
    expect(treeNodesOf(nodes).map((node) => [node.id, node.pId, node.title, node.level])).toEqual([
      [haishu, null, "海曙区", "district"],
      [nanmen, haishu, "南门街道", "street"],
      ["330203001001", nanmen, "南门社区", "community"],
    ]);
  });

  it("keeps what expanding the tree loaded, and lists nodes in the tree's order", () => {
    const loaded = nodeOfRegion(
      region(nanmen, "南门街道（已加载）", [
        [haishu, "海曙区"],
        [nanmen, "南门街道"],
      ]),
      haishu,
    );
    const nodes = withRegionPath(withNodes(new Map(), [loaded]), community, haishu);
    expect(nodes.get(nanmen)?.title).toBe("南门街道（已加载）");
    const later = withNodes(nodes, [nodeOfRegion(root, haishu)]);
    expect(treeNodesOf(later)[0]?.id).toBe(haishu);
  });

  it("knows which parents show only the path to a value, so their other children load", () => {
    const nodes = withRegionPath(withNodes(new Map(), [nodeOfRegion(root, haishu)]), community, haishu);
    expect(partlyLoadedParents(nodes, new Set())).toEqual([haishu, nanmen]);
    expect(partlyLoadedParents(nodes, new Set([haishu, nanmen]))).toEqual([]);
    expect(partlyLoadedParents(withNodes(new Map(), [nodeOfRegion(root, haishu)]), new Set())).toEqual([]);
  });

  it("lets a field accept only some levels", () => {
    expect(isSelectableLevel("district")).toBe(true);
    expect(isSelectableLevel("district", ["street", "community"])).toBe(false);
    expect(isSelectableLevel("community", ["street", "community"])).toBe(true);
  });

  it("shows a hit's path from the scope's root", () => {
    expect(hitPathText(community)).toBe("海曙区 / 南门街道 / 南门社区");
  });
});
