import { ArrowLeftOutlined } from "@ant-design/icons";
import type { MouseEvent, ReactNode } from "react";
import { Link, useLocation, useNavigate } from "react-router";
import type { ReturnState } from "../hooks/useReturnState.ts";

function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.altKey && !event.ctrlKey && !event.shiftKey;
}

/**
 * A record page's link back to its list (`to`). Opened from the list (link state from
 * useReturnState), the list is the entry before this one, so going back restores it exactly as
 * it was, scroll position included, without adding an entry; the href keeps the list's query
 * string for a new tab. Opened otherwise (a shared link, a reload in a new tab), it opens the
 * plain list.
 */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  const location = useLocation();
  const navigate = useNavigate();
  const returnTo = (location.state as Partial<ReturnState> | null)?.returnTo;
  const fromList = typeof returnTo === "string" && (returnTo === to || returnTo.startsWith(`${to}?`));

  const onClick = (event: MouseEvent) => {
    if (!fromList || !isPlainClick(event)) return;
    event.preventDefault();
    navigate(-1);
  };
  return (
    <Link to={fromList ? returnTo : to} onClick={onClick}>
      <ArrowLeftOutlined /> {children}
    </Link>
  );
}
