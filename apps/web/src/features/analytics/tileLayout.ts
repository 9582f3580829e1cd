/**
 * Where each unit's tile sits on the dashboard's schematic map (column, row; row 0 at the top).
 * 宁波市's ten districts are placed roughly as they lie — 慈溪 north, 余姚 west, 江北 and 镇海
 * north-centre, 北仑 east, 海曙 centre-west, 鄞州 centre, 奉化 south-west, 宁海 south, 象山
 * south-east — since no boundary package with a licence we may ship fits; any other set of
 * units (a district's streets, a street's communities) is a compact grid in code order.
 */
export interface TilePlace {
  code: string;
  column: number;
  row: number;
}

export interface TileLayout {
  columns: number;
  rows: number;
  places: TilePlace[];
  isGeographic: boolean;
}

const ningbo: Record<string, readonly [column: number, row: number]> = {
  "330282000000": [2, 0], // 慈溪市
  "330281000000": [0, 1], // 余姚市
  "330205000000": [2, 1], // 江北区
  "330211000000": [3, 1], // 镇海区
  "330206000000": [4, 1], // 北仑区
  "330203000000": [1, 2], // 海曙区
  "330212000000": [2, 2], // 鄞州区
  "330213000000": [1, 3], // 奉化区
  "330225000000": [3, 3], // 象山县
  "330226000000": [2, 4], // 宁海县
};

const geographicLayouts: Record<string, Record<string, readonly [number, number]>> = {
  "330200000000": ningbo,
};

export function tileLayoutOf(regionCode: string, unitCodes: readonly string[]): TileLayout {
  const known = geographicLayouts[regionCode];
  if (known && unitCodes.length > 0 && unitCodes.every((code) => known[code])) {
    const places = unitCodes.map((code) => {
      const [column, row] = known[code] as readonly [number, number];
      return { code, column, row };
    });
    return {
      columns: Math.max(...places.map((place) => place.column)) + 1,
      rows: Math.max(...places.map((place) => place.row)) + 1,
      places,
      isGeographic: true,
    };
  }
  // Wider than tall, as the card is.
  const columns = Math.max(1, Math.ceil(Math.sqrt(unitCodes.length * 1.6)));
  const sorted = [...unitCodes].sort();
  return {
    columns,
    rows: Math.max(1, Math.ceil(sorted.length / columns)),
    places: sorted.map((code, index) => ({
      code,
      column: index % columns,
      row: Math.floor(index / columns),
    })),
    isGeographic: false,
  };
}
