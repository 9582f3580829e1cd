import { describe, expect, it } from "vitest";
import {
  auditActions,
  auditActionsStartingWith,
  auditEntities,
  currentAuditAction,
  currentAuditEntity,
  isAuditAction,
  writtenAuditActionNames,
  writtenAuditEntityNames,
} from "./auditVocabulary.ts";

describe("audit vocabulary", () => {
  it("names every action entity.action, camelCase, after an entity of the list", () => {
    for (const action of auditActions) {
      expect(action).toMatch(/^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z]*)+$/);
      expect(auditEntities).toContain(action.split(".")[0]);
    }
    for (const entity of auditEntities) expect(entity).toMatch(/^[a-z][a-zA-Z]*$/);
  });

  it("reads every old name as exactly the action it was renamed to", () => {
    for (const action of auditActions) {
      const [entity] = writtenAuditEntityNames(action.split(".")[0] as (typeof auditEntities)[number]);
      for (const name of writtenAuditActionNames(action)) {
        // An old name that is also a current one would be read as the current action.
        if (name.action !== action) expect(isAuditAction(name.action), name.action).toBe(false);
        const entry = {
          action: name.action,
          entity: name.entity ?? entity ?? "",
          before: name.created ? null : {},
        };
        expect(currentAuditAction(entry), JSON.stringify(entry)).toBe(action);
      }
    }
  });

  it("knows the names entries were written under before the vocabulary", () => {
    const read = (action: string, entity: string, before: unknown = null) =>
      currentAuditAction({ action, entity, before });
    expect(read("volunteer_team.create", "volunteer_team")).toBe("volunteerTeam.create");
    expect(read("auth.login", "user")).toBe("user.login");
    expect(read("user.disable", "user", { isActive: true })).toBe("user.deactivate");
    expect(read("export", "platform")).toBe("platform.export");
    expect(read("export", "volunteer_team")).toBe("volunteerTeam.export");
    expect(read("export.unmasked", "volunteer")).toBe("volunteer.export.unmasked");
    expect(read("personal.reveal", "socialWorker")).toBe("socialWorker.personalData.reveal");
    expect(read("volunteer.import", "volunteer")).toBe("volunteer.import.create");
    expect(read("volunteer.import", "volunteer", { name: "张三" })).toBe("volunteer.import.update");
    expect(read("volunteer_team.import", "volunteer_team", {})).toBe("volunteerTeam.import.update");
    expect(read("something.else", "user")).toBeNull();
    expect(currentAuditEntity("volunteer_team")).toBe("volunteerTeam");
    expect(currentAuditEntity("volunteerTeam")).toBe("volunteerTeam");
    expect(currentAuditEntity("nothing")).toBeNull();
  });

  it("filters by a prefix of the current or the old names", () => {
    expect(auditActionsStartingWith("volunteerTeam.members")).toEqual([
      "volunteerTeam.members.add",
      "volunteerTeam.members.remove",
    ]);
    expect(auditActionsStartingWith("volunteer_team.import")).toEqual([
      "volunteerTeam.import.create",
      "volunteerTeam.import.update",
    ]);
    expect(auditActionsStartingWith("export.unmasked")).toEqual([
      "socialWorker.export.unmasked",
      "volunteer.export.unmasked",
    ]);
    expect(auditActionsStartingWith("auth.")).toEqual(["user.login", "user.logout"]);
    expect(auditActionsStartingWith("nothing")).toEqual([]);
  });
});
