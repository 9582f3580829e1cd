import { Route, Routes } from "react-router";
import { ProjectDetailPage } from "./ProjectDetailPage.tsx";
import { ProjectListPage } from "./ProjectListPage.tsx";

/** /projects (the list and the region's funding) and /projects/:id (one project). */
export default function ProjectsPage() {
  return (
    <Routes>
      <Route index element={<ProjectListPage />} />
      <Route path=":id" element={<ProjectDetailPage />} />
    </Routes>
  );
}
