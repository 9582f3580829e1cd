import { lazy } from "react";
import { createBrowserRouter } from "react-router";
import { LoginPage } from "../features/auth/pages/LoginPage.tsx";
import { AppLayout } from "./AppLayout.tsx";
import { ModuleRoute } from "./ModuleRoute.tsx";
import { pages } from "./modules.ts";
import { NotFoundPage } from "./NotFoundPage.tsx";
import { RequireSession } from "./RequireSession.tsx";

const ChangePasswordPage = lazy(() => import("../features/auth/pages/ChangePasswordPage.tsx"));

export const router = createBrowserRouter([
  { path: "/login", element: <LoginPage /> },
  {
    element: <RequireSession />,
    children: [
      {
        element: <AppLayout />,
        children: [
          // A page owns everything below its path (details, printable pages) with nested routes.
          ...pages.map((page) => ({
            path: page.path === "/" ? "/" : `${page.path}/*`,
            element: <ModuleRoute page={page} />,
          })),
          { path: "/password", element: <ChangePasswordPage /> },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
