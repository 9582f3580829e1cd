import { Route, Routes } from "react-router";
import { CaseDetailPage } from "./CaseDetailPage.tsx";
import { CaseListPage } from "./CaseListPage.tsx";

/** /cases (the list) and /cases/:id (one case). */
export default function CasesPage() {
  return (
    <Routes>
      <Route index element={<CaseListPage />} />
      <Route path=":id" element={<CaseDetailPage />} />
    </Routes>
  );
}
