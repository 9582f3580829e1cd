import { Route, Routes } from "react-router";
import { ClientDetailPage } from "./ClientDetailPage.tsx";
import { ClientListPage } from "./ClientListPage.tsx";

/** /clients (the register) and /clients/:id (one client). */
export default function ClientsPage() {
  return (
    <Routes>
      <Route index element={<ClientListPage />} />
      <Route path=":id" element={<ClientDetailPage />} />
    </Routes>
  );
}
