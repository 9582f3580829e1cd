import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { showAnswer } from "./queryAnswer.ts";

describe("showAnswer", () => {
  it("keeps a change's answer when a fetch started before the change lands after it", async () => {
    const queryClient = new QueryClient();
    let answerStaleFetch: (value: string) => void = () => {};
    const staleFetch = queryClient
      .fetchQuery({
        queryKey: ["record", 1],
        queryFn: () => new Promise<string>((resolve) => (answerStaleFetch = resolve)),
      })
      .catch(() => "cancelled");
    await showAnswer(queryClient, ["record", 1], "published");
    answerStaleFetch("draft");
    await staleFetch;
    expect(queryClient.getQueryData(["record", 1])).toBe("published");
  });

  it("without it, the stale fetch wins (the race this guards against)", async () => {
    const queryClient = new QueryClient();
    let answerStaleFetch: (value: string) => void = () => {};
    const staleFetch = queryClient.fetchQuery({
      queryKey: ["record", 1],
      queryFn: () => new Promise<string>((resolve) => (answerStaleFetch = resolve)),
    });
    queryClient.setQueryData(["record", 1], "published");
    answerStaleFetch("draft");
    await staleFetch;
    expect(queryClient.getQueryData(["record", 1])).toBe("draft");
  });
});
