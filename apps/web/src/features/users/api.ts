import type {
  BulkChangeResult,
  CreateUserBody,
  Organization,
  Page,
  RoleId,
  UpdateUserBody,
  User,
} from "@xinqiao/shared";
import { api } from "../../api/client.ts";

export interface UserListParams {
  page: number;
  pageSize: number;
  sort?: string;
  q?: string;
  roleId?: RoleId;
  isActive?: "true" | "false";
}

export const userKeys = {
  all: ["users"] as const,
  list: (params: UserListParams) => ["users", "list", params] as const,
  options: ["users", "options"] as const,
  organizations: ["organizations"] as const,
};

export function listUsers(params: UserListParams): Promise<Page<User>> {
  return api.get<Page<User>>("/api/users", { ...params });
}

export function createUser(body: CreateUserBody): Promise<User> {
  return api.post<User>("/api/users", body);
}

export function updateUser(id: number, body: UpdateUserBody): Promise<User> {
  return api.patch<User>(`/api/users/${id}`, body);
}

export function setUserActive(id: number, isActive: boolean): Promise<User> {
  return api.post<User>(`/api/users/${id}/${isActive ? "enable" : "disable"}`);
}

/** 停用 / 启用 of chosen accounts at once (all or nothing; never one's own); answers how many changed. */
export function setUsersActive(ids: number[], isActive: boolean): Promise<BulkChangeResult> {
  return api.post<BulkChangeResult>(`/api/users/${isActive ? "enable" : "disable"}`, { ids });
}

export function resetUserPassword(id: number, password: string): Promise<void> {
  return api.post<void>(`/api/users/${id}/reset-password`, { password });
}

/** The server may answer a plain list or a page; both are accepted. */
export async function listOrganizations(): Promise<Organization[]> {
  const answer = await api.get<Organization[] | Page<Organization>>("/api/organizations");
  return Array.isArray(answer) ? answer : answer.items;
}
