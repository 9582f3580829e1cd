import type { Faker } from "@faker-js/faker";
import {
  type AssessmentForm,
  addIsoDays,
  type CaseNeedDomain,
  type ClosingForm,
  caseCloseReasons,
  caseNeedDomains,
  type EvaluationForm,
  type PlanForm,
} from "@xinqiao/shared";

/**
 * The forms of demo cases: plausible texts a worker in a street station writes, shaped by the
 * shared schemas (casework.demo.test.ts reads every one back), so the pages show real-looking
 * assessments, plans and closings.
 */
const problems: Record<CaseNeedDomain, string[]> = {
  livelihood: ["家庭收入低，靠低保维持基本生活", "独居，日常购物、做饭存在困难"],
  health: ["患有高血压、糖尿病，需长期服药", "行动不便，就医需要陪同"],
  family: ["与子女关系紧张，缺少家庭支持", "父母外出务工，由祖辈隔代照料"],
  education: ["学习动力不足，成绩下滑", "缺少课后看护与辅导"],
  employment: ["失业半年以上，求职信心不足", "缺少职业技能，就业渠道有限"],
  safety: ["居住环境存在安全隐患", "曾发生跌倒，夜间独处存在风险"],
  psychological: ["情绪低落，社交退缩", "丧偶后出现焦虑、失眠"],
  social: ["社区参与少，社会支持网络薄弱", "与邻里缺少往来"],
};
const strengths = [
  "本人配合意愿强，愿意接受服务",
  "有亲属定期探望，家庭支持尚可",
  "社区网格员熟悉情况，可协助跟进",
  "身体状况基本稳定，生活基本自理",
];
const goalTexts: Record<CaseNeedDomain, string[]> = {
  livelihood: ["链接救助资源，保障基本生活", "建立稳定的生活照料安排"],
  health: ["按时服药、定期复诊", "改善健康管理能力"],
  family: ["改善家庭沟通，增强家庭支持", "明确照料分工"],
  education: ["提高学习兴趣，完成课后作业", "建立稳定的课后看护"],
  employment: ["参加技能培训并投递简历", "获得稳定就业机会"],
  safety: ["消除居家安全隐患", "建立紧急求助机制"],
  psychological: ["缓解焦虑情绪，恢复规律作息", "增强情绪调适能力"],
  social: ["参加社区活动，扩大社交圈", "建立邻里互助关系"],
};
const indicators = [
  "每月至少 2 次服务记录",
  "服务对象自评改善 ≥ 3 分（5 分制）",
  "三个月内完成资源链接",
  "每周参加 1 次社区活动",
];
const closingSummaries = [
  "服务目标基本达成，服务对象生活状况趋于稳定，经评估予以结案。",
  "经过阶段性介入，服务对象支持网络得到改善，转入常规回访。",
  "服务对象已迁出本辖区，已告知其迁入地社工站。",
];

export function pickDomain(faker: Faker): CaseNeedDomain {
  return faker.helpers.arrayElement(caseNeedDomains);
}

export function assessmentForm(
  faker: Faker,
  domain: CaseNeedDomain,
  on: string,
  risk: string,
  emergency: boolean,
) {
  const form: AssessmentForm = {
    assessedOn: on,
    problems: faker.helpers.arrayElement(problems[domain]),
    strengths: faker.helpers.arrayElement(strengths),
    riskLevel: risk as AssessmentForm["riskLevel"],
    isEmergency: emergency,
    riskNote: null,
    needs: [{ domain, need: faker.helpers.arrayElement(goalTexts[domain]) }],
  };
  return form;
}

export function planForm(faker: Faker, domain: CaseNeedDomain, startOn: string): PlanForm {
  const endOn = addIsoDays(startOn, faker.number.int({ min: 60, max: 180 }));
  const goals = goalTexts[domain].map((goal, index) => ({
    key: `G${index + 1}`,
    goal,
    indicators: [faker.helpers.arrayElement(indicators)],
  }));
  return {
    startOn,
    endOn,
    goals,
    tasks: goals.map((goal, index) => ({
      task: `围绕“${goal.goal}”开展个案服务`,
      goalKey: goal.key,
      dueOn: addIsoDays(startOn, 30 * (index + 1)),
    })),
  };
}

export function evaluationForm(faker: Faker, plan: PlanForm, on: string): EvaluationForm {
  return {
    evaluatedOn: on,
    goals: plan.goals.map((goal) => ({
      goalKey: goal.key,
      attainment: faker.helpers.weightedArrayElement([
        { value: "achieved" as const, weight: 6 },
        { value: "partial" as const, weight: 3 },
        { value: "notAchieved" as const, weight: 1 },
      ]),
      note: null,
    })),
    satisfaction: faker.helpers.weightedArrayElement([
      { value: 5, weight: 5 },
      { value: 4, weight: 4 },
      { value: 3, weight: 1 },
    ]),
  };
}

export function closingForm(faker: Faker, on: string): ClosingForm {
  return {
    closedOn: on,
    summary: faker.helpers.arrayElement(closingSummaries),
    closeReason: faker.helpers.weightedArrayElement(
      caseCloseReasons.map((value) => ({ value, weight: value === "goalMet" ? 8 : 1 })),
    ),
    followUp: { plan: "结案后一个月内电话回访，了解生活状况", dueOn: addIsoDays(on, 30) },
  };
}

export const returnReasons = ["服务目标缺少可衡量的指标，请补充", "请补充服务对象的意愿与家属意见"];
export const suspendReasons = ["服务对象住院治疗，暂停服务", "服务对象外出探亲，暂时联系不上"];
export const declineReasons = ["不属于本站服务范围，已告知相关部门", "服务对象本人拒绝接受服务"];
export const referralTargets = ["区残疾人联合会", "区心理健康服务中心", "街道司法所", "区慈善总会"];
