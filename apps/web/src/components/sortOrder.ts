/** How antd shows a column's sort, from the list's `sort` parameter ("name" or "-name"). */
export function sortOrderOf(sort: string | undefined, field: string): "ascend" | "descend" | null {
  return sort === field ? "ascend" : sort === `-${field}` ? "descend" : null;
}
