import type {
  BudgetLineBody,
  CreateProjectBody,
  ExpenditureBody,
  FundingSummary,
  Project,
  ProjectAction,
  ProjectDetail,
  ProjectListQuery,
  ReceiptBody,
  UpdateProjectBody,
} from "@xinqiao/shared";
import { api } from "../../api/client.ts";
import { type FiltersOf, registryApi, registryKeys } from "../../api/registryApi.ts";

/** Endpoints of projects and their money; the server narrows every answer to the user's scope. */
export type ProjectListParams = Partial<Omit<ProjectListQuery, "page" | "pageSize">> & {
  page: number;
  pageSize: number;
};
export type ProjectFilterParams = FiltersOf<ProjectListParams>;

export const projectKeys = registryKeys<ProjectListParams>("projects");

export const projectsApi = registryApi<{
  listParams: ProjectListParams;
  row: Project;
  detail: ProjectDetail;
  create: CreateProjectBody;
  update: UpdateProjectBody;
}>("/api/projects");

const base = (id: number) => `/api/projects/${id}`;

export const projectActions = {
  transition: (id: number, action: ProjectAction, form: Record<string, string>) =>
    api.post<ProjectDetail>(`${base(id)}/transitions`, { action, form }),
  addBudgetLine: (id: number, body: BudgetLineBody) =>
    api.post<ProjectDetail>(`${base(id)}/budget-lines`, body),
  recordReceipt: (id: number, body: ReceiptBody) => api.post<ProjectDetail>(`${base(id)}/receipts`, body),
  reverseReceipt: (id: number, entryId: number, reason: string) =>
    api.post<ProjectDetail>(`${base(id)}/receipts/${entryId}/reverse`, { reason }),
  recordExpenditure: (id: number, body: ExpenditureBody) =>
    api.post<ProjectDetail>(`${base(id)}/expenditures`, body),
  reverseExpenditure: (id: number, entryId: number, reason: string) =>
    api.post<ProjectDetail>(`${base(id)}/expenditures/${entryId}/reverse`, { reason }),
};

export const fundingSummary = (regionCode: string | undefined) =>
  api.get<FundingSummary>("/api/projects/funding-summary", { regionCode });
