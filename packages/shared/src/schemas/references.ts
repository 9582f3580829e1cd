import { z } from "zod";

/**
 * A reference from one record to another (a volunteer's teams, a service record's team, a
 * platform's operator, a team's social organization, a social worker's employer). The referenced
 * record may lie outside the viewer's region scope — a 海曙 team can have a 余姚 member — and then
 * answers 404 to them: `isVisible` says whether the viewer may open it (its region code lies in
 * the viewer's scope). The web links a visible reference and shows an invisible one's name as
 * plain text; the id is kept either way, so an edit form keeps memberships and employers as they
 * are.
 */
export const recordReferenceSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  isVisible: z.boolean(),
});
export type RecordReference = z.infer<typeof recordReferenceSchema>;
