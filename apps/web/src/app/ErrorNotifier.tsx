import { App } from "antd";
import { useEffect } from "react";
import { useErrorText } from "../api/errorText.ts";
import { setErrorNotifier } from "./queryClient.ts";

/** Connects the query client's error reports to antd's message, which needs the App context. */
export function ErrorNotifier() {
  const { message } = App.useApp();
  const errorText = useErrorText();
  useEffect(() => {
    setErrorNotifier((error) => {
      message.error(errorText(error));
    });
    return () => setErrorNotifier(() => {});
  }, [message, errorText]);
  return null;
}
