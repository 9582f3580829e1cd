import type { AppContext } from "../../platform/context.ts";
import type { BackgroundHost } from "../../platform/serverModule.ts";
import { measureSourcesOf, refreshAggregates } from "./aggregates.ts";

/**
 * The server's refresh of the aggregates: at start, then every ANALYTICS_REFRESH_SECONDS, each
 * source whose records changed is recounted. A refresh that fails is logged and tried again at
 * the next turn; the dashboards keep showing the last complete counts with their time.
 */
export function startAggregateSchedule(ctx: AppContext, host: BackgroundHost): { stop(): void } {
  const sources = measureSourcesOf(host.modules);
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const turn = async () => {
    try {
      const outcomes = await refreshAggregates(ctx, sources);
      const recounted = outcomes.filter((outcome) => outcome.recounted);
      if (recounted.length > 0) host.log.info({ recounted }, "analytics aggregates recounted");
    } catch (error) {
      host.log.error({ err: error }, "analytics aggregates: refresh failed");
    }
    if (!stopped) {
      timer = setTimeout(() => void turn(), ctx.config.analyticsRefreshSeconds * 1000);
      timer.unref();
    }
  };
  void turn();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
