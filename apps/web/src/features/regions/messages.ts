/**
 * Every UI string of regions and residents (区划与人口); the home page and the demo-data tag
 * show some of them too.
 */
export const regionsMessagesZh = {
  "menu.regions": "区划与人口",

  "region.pageDescription": "查看本辖区的行政区划，维护各社区（村）常住人口，支持 Excel 导入导出。",
  "region.treeTitle": "行政区划",
  "region.childrenTitle": "下级区划",
  "region.name": "名称",
  "region.code": "区划代码",
  "region.level": "级别",
  "region.path": "区划路径",
  "region.residents": "常住人口",
  "region.streetCount": "街道（乡镇）数",
  "region.communityCount": "社区（村）数",
  "region.demoData": "演示数据",
  "region.demoDataHint": "该人口数为系统自带的演示数据，请以实际录入或导入的数据为准",
  "region.noChildren": "暂无下级区划",
  "region.notFound": "区划不存在或不在您的管辖范围内",
  "region.searchPlaceholder": "名称 / 拼音 / 首字母，如 nm",
  "region.searchEmpty": "未找到匹配的区划",
  "region.editResidents": "修改常住人口",
  "region.residentsPlaceholder": "请输入常住人口",
  "region.residentsSaved": "已更新{name}的常住人口",
  "region.downloadTemplate": "下载导入模板",
  "region.importResidents": "导入常住人口",
  "region.importTitle": "导入常住人口（{name}）",
  "region.export": "导出 Excel",
  "region.templateFileName": "{name}常住人口导入模板.xlsx",
  "region.exportFileName": "{name}区划与人口.xlsx",

  "audit.actionName.region.residents.update": "填报常住人口",
  "audit.actionName.region.residents.import": "导入常住人口",
  "audit.actionName.region.export": "导出区划数据",
  "audit.entityName.region": "区划",
} as const;

export const regionsMessagesEn: Record<keyof typeof regionsMessagesZh, string> = {
  "menu.regions": "Regions & Population",

  "region.pageDescription":
    "Browse the administrative regions in your scope, maintain community residents, import and export Excel.",
  "region.treeTitle": "Regions",
  "region.childrenTitle": "Subregions",
  "region.name": "Name",
  "region.code": "Code",
  "region.level": "Level",
  "region.path": "Path",
  "region.residents": "Residents",
  "region.streetCount": "Streets",
  "region.communityCount": "Communities",
  "region.demoData": "Demo data",
  "region.demoDataHint": "This figure is demo data shipped with the system, not entered by the department",
  "region.noChildren": "No subregions",
  "region.notFound": "The region does not exist or is outside your scope",
  "region.searchPlaceholder": "Search by name, pinyin or initials, e.g. nm",
  "region.searchEmpty": "No matching region",
  "region.editResidents": "Edit residents",
  "region.residentsPlaceholder": "Residents",
  "region.residentsSaved": "Residents of {name} updated",
  "region.downloadTemplate": "Download template",
  "region.importResidents": "Import residents",
  "region.importTitle": "Import residents ({name})",
  "region.export": "Export Excel",
  "region.templateFileName": "{name} residents template.xlsx",
  "region.exportFileName": "{name} regions.xlsx",

  "audit.actionName.region.residents.update": "Update residents",
  "audit.actionName.region.residents.import": "Import residents",
  "audit.actionName.region.export": "Export regions",
  "audit.entityName.region": "Region",
};

declare module "../../i18n/featureMessages.ts" {
  interface FeatureMessages extends Record<keyof typeof regionsMessagesZh, string> {}
}
