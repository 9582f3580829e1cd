import { Layout } from "antd";
import { Suspense, useState } from "react";
import { Outlet } from "react-router";
import { AppHeader } from "./AppHeader.tsx";
import { Brand } from "./Brand.tsx";
import { FullPageSpin } from "./FullPageSpin.tsx";
import { SideMenu } from "./SideMenu.tsx";
import { layoutSizes } from "./theme.ts";

/** The signed-in shell: side menu by permission, header with the user and session actions. */
export function AppLayout() {
  const [isCollapsed, setIsCollapsed] = useState(false);
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Sider
        collapsible
        collapsed={isCollapsed}
        onCollapse={setIsCollapsed}
        width={layoutSizes.siderWidth}
        style={{ position: "sticky", top: 0, height: "100vh", overflow: "auto" }}
      >
        <Brand isCollapsed={isCollapsed} />
        <SideMenu />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            position: "sticky",
            top: 0,
            zIndex: 10,
            height: layoutSizes.headerHeight,
            lineHeight: `${layoutSizes.headerHeight}px`,
            borderBottom: "1px solid #e5e7eb",
          }}
        >
          <AppHeader />
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
