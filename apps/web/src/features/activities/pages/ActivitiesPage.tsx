import { Route, Routes } from "react-router";
import { ActivityDetailPage } from "./ActivityDetailPage.tsx";
import { ActivityListPage } from "./ActivityListPage.tsx";

/** /activities (the list) and /activities/:id (one activity). */
export default function ActivitiesPage() {
  return (
    <Routes>
      <Route index element={<ActivityListPage />} />
      <Route path=":id" element={<ActivityDetailPage />} />
    </Routes>
  );
}
