import { defineModuleContract } from "../moduleContract.ts";

/**
 * 小组/社区活动 (group and community activities) and their volunteer recruitment: published with
 * the places and skills needed, volunteers signed up (capacity enforced), checked in and out,
 * hours confirmed into the volunteers' ledger in one step.
 */
export const activitiesContract = defineModuleContract({
  permissions: [
    /** See activities in the scope; participants' names only with clients.read (a leader: none). */
    "activities.read",
    /** Organize: create, edit, publish, cancel, sign volunteers up, check in/out, confirm hours. */
    "activities.manage",
  ],
  auditEntities: { activity: [] },
  auditActions: {
    "activity.create": [],
    "activity.update": [],
    "activity.publish": [],
    "activity.cancel": [],
    "activity.export": [],
    "activity.volunteer.signup": [],
    "activity.volunteer.withdraw": [],
    "activity.volunteer.checkin": [],
    "activity.volunteer.checkout": [],
    "activity.hours.confirm": [],
  },
});
