/** Its own module so the login page can start the download on submit without importing the router. */
export const loadShell = () => import("./shell.ts");
