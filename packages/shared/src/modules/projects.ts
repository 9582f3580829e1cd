import { defineModuleContract } from "../moduleContract.ts";

/**
 * 项目与资金: brand projects, purchased services, ventures and own projects through 申报 …
 * 终期评估, their budget lines by funding source, the money received and spent (in 分, corrected
 * by reversing entries, never deleted) and their progress against targets.
 */
export const projectsContract = defineModuleContract({
  permissions: [
    /** See the projects of the scope and their money (the leader too; an organization its own). */
    "projects.read",
    /** Apply for a project and run it: edit, implement, hand in the mid-term and closing material. */
    "projects.manage",
    /** Review an application (pass or return with a reason), approve the start and the closing. */
    "projects.approve",
    /** Record money received and spent, and reverse a wrong entry with a reason. */
    "funds.record",
    /** Spend beyond a budget line, with a written reason (audited apart). */
    "funds.overspend",
  ],
  auditEntities: { project: [], projectBudgetLine: [], projectReceipt: [], projectExpenditure: [] },
  auditActions: {
    "project.create": [],
    "project.update": [],
    "project.transition": [],
    "project.progress": [],
    "projectBudgetLine.create": [],
    "projectBudgetLine.update": [],
    "projectReceipt.create": [],
    "projectReceipt.reverse": [],
    "projectExpenditure.create": [],
    /** An expenditure beyond its budget line, by a holder of funds.overspend with a reason. */
    "projectExpenditure.overspend": [],
    "projectExpenditure.reverse": [],
  },
});
