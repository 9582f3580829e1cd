import { Route, Routes } from "react-router";
import { NeedDetailPage } from "./NeedDetailPage.tsx";
import { NeedListPage } from "./NeedListPage.tsx";

/** /needs (the list and intake) and /needs/:id (one need and its triage). */
export default function NeedsPage() {
  return (
    <Routes>
      <Route index element={<NeedListPage />} />
      <Route path=":id" element={<NeedDetailPage />} />
    </Routes>
  );
}
