import { defineModuleContract } from "../moduleContract.ts";

/**
 * 服务对象 (clients of casework). They have their own read permission: a leader sees registries
 * but aggregates only for clients — no case detail and no client names (PRODUCT.md, Casework).
 */
export const clientsContract = defineModuleContract({
  permissions: [
    /** See clients (masked) and their consents, inside the scope. */
    "clients.read",
    /** Register, edit, deactivate clients and record or withdraw their consents. */
    "clients.manage",
  ],
  auditEntities: { client: [] },
  auditActions: {
    "client.create": [],
    "client.update": [],
    "client.deactivate": [],
    "client.activate": [],
    "client.personalData.reveal": [],
    "client.export": [],
    "client.export.unmasked": [],
    "client.consent.record": [],
    "client.consent.withdraw": [],
    "client.import.create": [],
    "client.duplicate.dismiss": [],
    "client.merge": [],
    "client.merge.into": [],
  },
});
