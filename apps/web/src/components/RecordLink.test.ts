import type { RecordReference } from "@xinqiao/shared";
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { sharedMessagesEn } from "../i18n/en-US.ts";
import { I18nContext, type I18nValue } from "../i18n/i18nContext.ts";
import { format } from "../i18n/locale.ts";
import { sharedMessagesZh } from "../i18n/zh-CN.ts";
import { employerRecordKind, RecordLink, RecordLinks, recordLinkTarget } from "./RecordLink.tsx";

const i18n: I18nValue = {
  locale: "zh-CN",
  setLocale: () => {},
  t: (key, params) => format((sharedMessagesZh as Record<string, string>)[key] ?? key, params),
  tOptional: () => null,
};

function render(element: ReactElement): string {
  return renderToStaticMarkup(
    createElement(MemoryRouter, null, createElement(I18nContext, { value: i18n }, element)),
  );
}

const visible: RecordReference = { id: 12, name: "南门街道志愿服务队", isVisible: true };
const outside: RecordReference = { id: 34, name: "余姚市某志愿服务队", isVisible: false };

describe("recordLinkTarget", () => {
  it("is the record's address when the viewer may open it", () => {
    expect(recordLinkTarget(visible, "volunteerTeam")).toBe("/volunteer-teams/12");
    expect(recordLinkTarget(visible, "socialOrganization")).toBe("/social-organizations/12");
    expect(recordLinkTarget(visible, "platform")).toBe("/platforms/12");
    expect(recordLinkTarget(visible, "socialWorker")).toBe("/social-workers/12");
  });

  it("is null outside the scope and for a record without a page", () => {
    expect(recordLinkTarget(outside, "volunteerTeam")).toBeNull();
    expect(recordLinkTarget(visible, null)).toBeNull();
    expect(recordLinkTarget(visible, employerRecordKind.department)).toBeNull();
    expect(recordLinkTarget(visible, employerRecordKind.organization)).toBe("/social-organizations/12");
  });
});

describe("RecordLink", () => {
  it("links a visible reference", () => {
    const html = render(createElement(RecordLink, { reference: visible, kind: "volunteerTeam" }));
    expect(html).toContain('href="/volunteer-teams/12"');
    expect(html).toContain("南门街道志愿服务队");
  });

  it("shows a reference outside the scope as plain text, marked, without a link", () => {
    const html = render(createElement(RecordLink, { reference: outside, kind: "volunteerTeam" }));
    expect(html).not.toContain("<a");
    expect(html).not.toContain("/volunteer-teams/34");
    expect(html).toContain("余姚市某志愿服务队");
    expect(html).toContain('data-out-of-scope="true"');
  });

  it("shows a visible record without a page as plain text, unmarked", () => {
    const html = render(createElement(RecordLink, { reference: visible, kind: null }));
    expect(html).toBe("<span>南门街道志愿服务队</span>");
  });

  it("lists several references, each linked or not", () => {
    const html = render(
      createElement(RecordLinks, { references: [visible, outside], kind: "volunteerTeam" }),
    );
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain("、");
    expect(html).toContain("余姚市某志愿服务队");
    expect(render(createElement(RecordLinks, { references: [], kind: "volunteerTeam" }))).toBe("—");
  });

  it("has its tooltip in both languages", () => {
    expect(sharedMessagesZh["common.outOfScope"]).toBe("不在您的管辖范围内");
    expect(sharedMessagesEn["common.outOfScope"]).toBeTruthy();
  });
});
