import type { AppContext } from "../../platform/context.ts";

/** Demo records of this registry for 宁波市 (being built: see issue 3). */
export async function loadDemoVolunteers(_ctx: AppContext): Promise<void> {}
