import { Route, Routes } from "react-router";
import { ClientDetailPage } from "./ClientDetailPage.tsx";
import { ClientDuplicatesPage } from "./ClientDuplicatesPage.tsx";
import { ClientListPage } from "./ClientListPage.tsx";

/** /clients (the register), /clients/duplicates (the suspected pairs) and /clients/:id (one client). */
export default function ClientsPage() {
  return (
    <Routes>
      <Route index element={<ClientListPage />} />
      <Route path="duplicates" element={<ClientDuplicatesPage />} />
      <Route path=":id" element={<ClientDetailPage />} />
    </Routes>
  );
}
