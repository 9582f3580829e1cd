import { Route, Routes } from "react-router";
import { TeamDetailPage } from "./TeamDetailPage.tsx";
import { TeamListPage } from "./TeamListPage.tsx";

/** /volunteer-teams and /volunteer-teams/:id. */
export default function VolunteerTeamsPage() {
  return (
    <Routes>
      <Route index element={<TeamListPage />} />
      <Route path=":id" element={<TeamDetailPage />} />
    </Routes>
  );
}
