import { createBrowserRouter } from "react-router";
import { LoginPage } from "../features/auth/pages/LoginPage.tsx";
import { FullPageSpin } from "./FullPageSpin.tsx";
import { loadShell } from "./loadShell.ts";
import { pages } from "./modules.ts";

/**
 * Only the login page is in the entry chunk. The signed-in shell comes through route `lazy`,
 * which the router resolves for every matched route at once and before it leaves the previous
 * page, so a navigation never shows a half-loaded shell.
 */
export const router = createBrowserRouter([
  { path: "/login", element: <LoginPage /> },
  // The QR check-in page of an activity: public, its token is the credential.
  {
    path: "/checkin",
    lazy: async () => ({ Component: (await import("../features/activities/pages/CheckinPage.tsx")).default }),
  },
  {
    lazy: async () => ({ Component: (await loadShell()).RequireSession }),
    HydrateFallback: FullPageSpin,
    children: [
      {
        lazy: async () => ({ Component: (await loadShell()).AppLayout }),
        children: [
          // A page owns everything below its path (details, printable pages) with nested routes.
          ...pages.map((page) => ({
            path: page.path === "/" ? "/" : `${page.path}/*`,
            lazy: async () => {
              const { ModuleRoute } = await loadShell();
              return { element: <ModuleRoute page={page} /> };
            },
          })),
          {
            path: "/password",
            lazy: async () => ({
              Component: (await import("../features/auth/pages/ChangePasswordPage.tsx")).default,
            }),
          },
          { path: "*", lazy: async () => ({ Component: (await loadShell()).NotFoundPage }) },
        ],
      },
    ],
  },
]);
