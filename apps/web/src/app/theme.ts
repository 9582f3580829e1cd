import type { ThemeConfig } from "antd";

/** A sober government blue; the layout colours live here rather than in components. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: "#1d4ed8",
    borderRadius: 4,
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif',
  },
  components: {
    Layout: { headerBg: "#ffffff", headerPadding: "0 24px", siderBg: "#001529", bodyBg: "#f0f2f5" },
  },
};

export const layoutSizes = { siderWidth: 216, headerHeight: 56 } as const;
