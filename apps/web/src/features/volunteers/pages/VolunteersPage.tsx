import { Route, Routes } from "react-router";
import { CertificatePrintPage } from "./CertificatePrintPage.tsx";
import { VolunteerDetailPage } from "./VolunteerDetailPage.tsx";
import { VolunteerListPage } from "./VolunteerListPage.tsx";

/** /volunteers, /volunteers/:id and /volunteers/:id/certificates/:certificateId (printable). */
export default function VolunteersPage() {
  return (
    <Routes>
      <Route index element={<VolunteerListPage />} />
      <Route path=":id" element={<VolunteerDetailPage />} />
      <Route path=":id/certificates/:certificateId" element={<CertificatePrintPage />} />
    </Routes>
  );
}
