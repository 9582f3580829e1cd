/**
 * Everything behind the login, loaded as one chunk after the login page: the login page is the
 * first screen and must not carry the menu, the layout or any module's pages.
 */
export { AppLayout } from "./AppLayout.tsx";
export { ModuleRoute } from "./ModuleRoute.tsx";
export { NotFoundPage } from "./NotFoundPage.tsx";
export { RequireSession } from "./RequireSession.tsx";
