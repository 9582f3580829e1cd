import type { EmployerKind, RecordReference } from "@xinqiao/shared";
import { Tooltip, Typography } from "antd";
import { Fragment } from "react";
import { Link } from "react-router";
import { useI18n } from "../i18n/i18nContext.ts";

/** Where a record that other records refer to opens in the web. */
export const recordPaths = {
  volunteer: (id: number) => `/volunteers/${id}`,
  volunteerTeam: (id: number) => `/volunteer-teams/${id}`,
  socialWorker: (id: number) => `/social-workers/${id}`,
  socialOrganization: (id: number) => `/social-organizations/${id}`,
  platform: (id: number) => `/platforms/${id}`,
} as const;
export type LinkedRecordKind = keyof typeof recordPaths;

/** A social worker's employer by its kind: platforms and organizations open, departments have no page. */
export const employerRecordKind: Record<EmployerKind, LinkedRecordKind | null> = {
  platform: "platform",
  organization: "socialOrganization",
  department: null,
};

/**
 * Where a reference links to: its record's address when the viewer may open it, null when the
 * record lies outside their scope (it would answer 404) or has no page of its own (kind null).
 */
export function recordLinkTarget(reference: RecordReference, kind: LinkedRecordKind | null): string | null {
  return reference.isVisible && kind !== null ? recordPaths[kind](reference.id) : null;
}

/**
 * A reference to another record: a link when the viewer may open it, otherwise its name as plain
 * text — with a tooltip saying it lies outside the viewer's scope when that is why.
 */
export function RecordLink({
  reference,
  kind,
}: {
  reference: RecordReference;
  /** The record's kind, or null for one without a page of its own (a department). */
  kind: LinkedRecordKind | null;
}) {
  const { t } = useI18n();
  const target = recordLinkTarget(reference, kind);
  if (target !== null) return <Link to={target}>{reference.name}</Link>;
  if (reference.isVisible) return <span>{reference.name}</span>;
  return (
    <Tooltip title={t("common.outOfScope")}>
      <Typography.Text type="secondary" data-out-of-scope="true">
        {reference.name}
      </Typography.Text>
    </Tooltip>
  );
}

/** Several references (a volunteer's teams), each linked or not, separated by "、"; "—" for none. */
export function RecordLinks({
  references,
  kind,
}: {
  references: readonly RecordReference[];
  kind: LinkedRecordKind | null;
}) {
  if (references.length === 0) return <>—</>;
  return (
    <>
      {references.map((reference, index) => (
        <Fragment key={reference.id}>
          {index > 0 && "、"}
          <RecordLink reference={reference} kind={kind} />
        </Fragment>
      ))}
    </>
  );
}
