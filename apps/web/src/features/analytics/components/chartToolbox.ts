import type { EChartOption } from "../../../components/EChart.tsx";

/**
 * Every dashboard chart's save-as-PNG (ECharts' toolbox), named after the chart, on a white
 * background so the image reads the same pasted into a report.
 */
export function saveAsPng(title: string, fileName: string): EChartOption["toolbox"] {
  return {
    right: 8,
    top: 0,
    feature: {
      saveAsImage: { title, name: fileName, backgroundColor: "#fff", pixelRatio: 2 },
    },
  };
}
