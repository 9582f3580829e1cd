import { App } from "antd";
import { useState } from "react";
import { useErrorText } from "../api/errorText.ts";

/**
 * Runs one download task at a time (a template, an export), remembering which one is running so
 * its button can spin; a failure is shown as a message.
 */
export function useBusyTask<Kind extends string>() {
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [busy, setBusy] = useState<Kind | null>(null);

  const run = async (kind: Kind, task: () => Promise<unknown>) => {
    setBusy(kind);
    try {
      await task();
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(null);
    }
  };

  return { busy, run };
}
