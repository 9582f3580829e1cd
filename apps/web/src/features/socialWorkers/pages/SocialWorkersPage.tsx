import { Route, Routes } from "react-router";
import { LegacyRecordRedirect } from "../../../components/LegacyRecordRedirect.tsx";
import { SocialWorkerDetailPage } from "./SocialWorkerDetailPage.tsx";
import { SocialWorkerListPage } from "./SocialWorkerListPage.tsx";

/** /social-workers (the register) and /social-workers/:id (one social worker). */
export default function SocialWorkersPage() {
  return (
    <Routes>
      <Route
        index
        element={
          <LegacyRecordRedirect param="worker">
            <SocialWorkerListPage />
          </LegacyRecordRedirect>
        }
      />
      <Route path=":id" element={<SocialWorkerDetailPage />} />
    </Routes>
  );
}
