import { defineModuleContract, legacyAuditNames } from "../moduleContract.ts";
import { volunteersAnalytics } from "./volunteers.analytics.ts";

const { exportOf, unmaskedExportOf, revealOf, importOf } = legacyAuditNames;

/** 志愿者 and 志愿服务队伍, their service hours and certificates. */
export const volunteersContract = defineModuleContract({
  permissions: [
    "volunteers.manage",
    /** Record volunteer service hours and issue certificates. */
    "volunteers.record_hours",
  ],
  auditEntities: { volunteer: [], volunteerTeam: ["volunteer_team"] },
  auditActions: {
    "volunteer.create": [],
    "volunteer.update": [],
    "volunteer.deactivate": [],
    "volunteer.activate": [],
    "volunteer.import.create": importOf("volunteer.import", true),
    "volunteer.import.update": importOf("volunteer.import", false),
    "volunteer.hours.record": [],
    "volunteer.hours.redeem": [],
    "volunteer.hours.reverse": [],
    "volunteer.certificate.issue": [],
    "volunteer.team.join": [],
    "volunteer.team.leave": [],
    "volunteer.personalData.reveal": revealOf("volunteer"),
    "volunteer.export": exportOf("volunteer"),
    "volunteer.export.unmasked": unmaskedExportOf("volunteer"),

    "volunteerTeam.create": ["volunteer_team.create"],
    "volunteerTeam.update": ["volunteer_team.update"],
    "volunteerTeam.deactivate": ["volunteer_team.deactivate"],
    "volunteerTeam.activate": ["volunteer_team.activate"],
    "volunteerTeam.import.create": importOf("volunteer_team.import", true),
    "volunteerTeam.import.update": importOf("volunteer_team.import", false),
    "volunteerTeam.members.add": ["volunteer_team.members.add"],
    "volunteerTeam.members.remove": ["volunteer_team.members.remove"],
    "volunteerTeam.export": exportOf("volunteer_team"),
  },
  analytics: volunteersAnalytics,
});
