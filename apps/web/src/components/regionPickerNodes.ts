import { type Region, type RegionLevel, regionLevelOf } from "@xinqiao/shared";

/**
 * The region picker's tree as antd's simple mode wants it: flat nodes pointing at their parent.
 * Pure, so the rules (what is a root, what may be chosen, how a search hit joins the tree) are
 * tested without a browser.
 */
export interface RegionTreeNode {
  id: string;
  /** Null for the scope's root (and for anything whose parent is outside the scope). */
  pId: string | null;
  value: string;
  title: string;
  isLeaf: boolean;
  level: RegionLevel;
}

export type RegionTreeNodes = ReadonlyMap<string, RegionTreeNode>;

export function nodeOfRegion(region: Region, scopeCode: string): RegionTreeNode {
  return {
    id: region.code,
    pId: region.code === scopeCode ? null : region.parentCode,
    value: region.code,
    title: region.name,
    isLeaf: !region.hasChildren,
    level: region.level,
  };
}

export function withNodes(nodes: RegionTreeNodes, added: readonly RegionTreeNode[]): RegionTreeNodes {
  const next = new Map(nodes);
  for (const node of added) next.set(node.id, node);
  return next;
}

/**
 * A region reached without expanding the tree (a preset value, a search hit) joins it with its
 * ancestors, so its name shows as the value's label and the tree still opens down to it. Nodes
 * already loaded are kept: they may know more (a leaf) than a path step does.
 */
export function withRegionPath(nodes: RegionTreeNodes, region: Region, scopeCode: string): RegionTreeNodes {
  const next = new Map(nodes);
  const ancestors = region.path.slice(0, -1);
  ancestors.forEach((step, index) => {
    if (next.has(step.code)) return;
    next.set(step.code, {
      id: step.code,
      pId: index === 0 ? null : (ancestors[index - 1]?.code ?? null),
      value: step.code,
      title: step.name,
      isLeaf: false,
      level: regionLevelOf(step.code),
    });
  });
  next.set(region.code, nodeOfRegion(region, scopeCode));
  return next;
}

/**
 * Parents shown with only some of their children: the ancestors a path brought in. The tree
 * does not load the children of a node that has any, so these are loaded before it is browsed.
 */
export function partlyLoadedParents(nodes: RegionTreeNodes, loadedParents: ReadonlySet<string>): string[] {
  const parents = new Set<string>();
  for (const node of nodes.values()) {
    if (node.pId !== null && !loadedParents.has(node.pId)) parents.add(node.pId);
  }
  return [...parents];
}

export function isSelectableLevel(level: RegionLevel, selectableLevels?: readonly RegionLevel[]): boolean {
  return !selectableLevels || selectableLevels.includes(level);
}

/** The tree in code order, which is the tree's order: nodes join it in no particular order. */
export function treeNodesOf(nodes: RegionTreeNodes): RegionTreeNode[] {
  return [...nodes.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A hit's path from the scope's root, for telling same-named regions apart ("海曙区 / 南门街道"). */
export function hitPathText(region: Region, separator = " / "): string {
  return region.path.map((step) => step.name).join(separator);
}
