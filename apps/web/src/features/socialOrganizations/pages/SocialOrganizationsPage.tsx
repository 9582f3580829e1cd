import { Route, Routes } from "react-router";
import { LegacyRecordRedirect } from "../../../components/LegacyRecordRedirect.tsx";
import { SocialOrganizationDetailPage } from "./SocialOrganizationDetailPage.tsx";
import { SocialOrganizationListPage } from "./SocialOrganizationListPage.tsx";

/** /social-organizations (the register) and /social-organizations/:id (one organization). */
export default function SocialOrganizationsPage() {
  return (
    <Routes>
      <Route
        index
        element={
          <LegacyRecordRedirect param="organization">
            <SocialOrganizationListPage />
          </LegacyRecordRedirect>
        }
      />
      <Route path=":id" element={<SocialOrganizationDetailPage />} />
    </Routes>
  );
}
