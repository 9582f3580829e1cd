import type { Region } from "@xinqiao/shared";
import { Tree, type TreeDataNode } from "antd";
import { useMemo } from "react";

function toNode(region: Region, childrenByCode: Record<string, Region[]>): TreeDataNode {
  const children = childrenByCode[region.code];
  return {
    key: region.code,
    title: region.name,
    isLeaf: !region.hasChildren,
    children: children?.map((child) => toNode(child, childrenByCode)),
  };
}

/** The user's scope as a tree; children load when a node opens. */
export function RegionTree({
  root,
  childrenByCode,
  expandedKeys,
  onExpandedKeysChange,
  loadChildren,
  selectedCode,
  onSelect,
}: {
  root: Region;
  childrenByCode: Record<string, Region[]>;
  expandedKeys: string[];
  onExpandedKeysChange: (keys: string[]) => void;
  loadChildren: (code: string) => Promise<void>;
  selectedCode: string;
  onSelect: (code: string) => void;
}) {
  const treeData = useMemo(() => [toNode(root, childrenByCode)], [root, childrenByCode]);
  return (
    <Tree
      data-testid="region-tree"
      showLine
      blockNode
      treeData={treeData}
      expandedKeys={expandedKeys}
      onExpand={(keys) => onExpandedKeysChange(keys.map(String))}
      loadData={(node) => loadChildren(String(node.key))}
      selectedKeys={[selectedCode]}
      onSelect={(keys) => {
        const key = keys[0];
        if (key !== undefined) onSelect(String(key));
      }}
      height={600}
    />
  );
}
