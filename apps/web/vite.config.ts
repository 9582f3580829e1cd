import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** The web app is served by the API server from apps/web/dist; in development Vite proxies to it. */
const apiServer = "http://127.0.0.1:3000";

export default defineConfig({
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1600 },
  server: {
    proxy: {
      "/api": { target: apiServer, changeOrigin: false },
      "/healthz": { target: apiServer, changeOrigin: false },
    },
  },
});
