import { Route, Routes } from "react-router";
import { CourseDetailPage } from "./CourseDetailPage.tsx";
import { CourseListPage } from "./CourseListPage.tsx";

/** /training (the courses) and /training/:id (one course). */
export default function TrainingPage() {
  return (
    <Routes>
      <Route index element={<CourseListPage />} />
      <Route path=":id" element={<CourseDetailPage />} />
    </Routes>
  );
}
