import { Route, Routes } from "react-router";
import { ReportDetailPage } from "./ReportDetailPage.tsx";
import { ReportListPage } from "./ReportListPage.tsx";

/** /reports (the list) and /reports/:id (one report). */
export default function ReportsPage() {
  return (
    <Routes>
      <Route index element={<ReportListPage />} />
      <Route path=":id" element={<ReportDetailPage />} />
    </Routes>
  );
}
