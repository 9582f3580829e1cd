import { useLocation } from "react-router";

/** Link state naming the page a record was opened from, for the record's back link (BackLink). */
export interface ReturnState {
  returnTo: string;
}

/** The state a list puts on the links to its records: the list as it is now, query string included. */
export function useReturnState(): ReturnState {
  const location = useLocation();
  return { returnTo: `${location.pathname}${location.search}` };
}
