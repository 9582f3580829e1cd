import { Route, Routes } from "react-router";
import { LegacyRecordRedirect } from "../../../components/LegacyRecordRedirect.tsx";
import { PlatformDetailPage } from "./PlatformDetailPage.tsx";
import { PlatformListPage } from "./PlatformListPage.tsx";

/** /platforms (the register and the station coverage) and /platforms/:id (one platform). */
export default function PlatformsPage() {
  return (
    <Routes>
      <Route
        index
        element={
          <LegacyRecordRedirect param="platform">
            <PlatformListPage />
          </LegacyRecordRedirect>
        }
      />
      <Route path=":id" element={<PlatformDetailPage />} />
    </Routes>
  );
}
