import type { ClientDetail } from "@xinqiao/shared";

/** The form's values, dates as YYYY-MM-DD (the drawer converts its date picker's value). */
export interface ClientFormValues {
  name?: string;
  idNumber?: string;
  birthDate?: string | null;
  sex?: "male" | "female";
  phone?: string;
  regionCode?: string | null;
  address?: string;
  categories?: string[];
  householdMembers?: { name?: string; relation?: string }[];
  guardianName?: string;
  guardianRelation?: string;
  riskLevel?: string;
  isEmergency?: boolean;
}

/** Fields the server's errors may name (server-side field errors land on them). */
export const clientFormFields = [
  "name",
  "idNumber",
  "birthDate",
  "sex",
  "phone",
  "regionCode",
  "address",
  "categories",
  "householdMembers",
  "guardianName",
  "guardianRelation",
  "riskLevel",
  "isEmergency",
];

const textOf = (value: string | undefined | null) => (value?.trim() ? value.trim() : null);

/**
 * A new client starts at low risk, not an emergency; an edited one with its record's values — but
 * no birth date: the record shows the month only, so the date is entered again only to change it.
 */
export function initialClientValues(client: ClientDetail | null): Omit<ClientFormValues, "birthDate"> {
  if (!client) return { categories: [], householdMembers: [], riskLevel: "low", isEmergency: false };
  return {
    name: client.name,
    idNumber: client.idNumber ?? "",
    sex: client.sex,
    phone: client.phone ?? "",
    regionCode: client.region.code,
    address: client.address ?? "",
    categories: client.categories,
    householdMembers: client.householdMembers,
    guardianName: client.guardianName ?? "",
    guardianRelation: client.guardianRelation ?? "",
    riskLevel: client.riskLevel,
    isEmergency: client.isEmergency,
  };
}

/**
 * The body the shared schema checks. Blank texts are sent as null. With an ID number the birth date
 * and sex follow from it (not sent). Editing, masked values left as they were (ID number, phone,
 * address) and a birth date not entered again are not sent: the server keeps the stored ones.
 */
export function clientBodyOf(values: ClientFormValues, client: ClientDetail | null) {
  const idNumber = textOf(values.idNumber);
  const unchanged = (entered: string | undefined, stored: string | null | undefined) =>
    client !== null && (entered ?? "") === (stored ?? "");
  const body = {
    name: values.name ?? "",
    idNumber: unchanged(values.idNumber, client?.idNumber) ? undefined : idNumber,
    birthDate: idNumber ? null : (values.birthDate ?? null),
    sex: idNumber ? null : (values.sex ?? null),
    phone: unchanged(values.phone, client?.phone) ? undefined : textOf(values.phone),
    regionCode: values.regionCode ?? "",
    address: unchanged(values.address, client?.address) ? undefined : textOf(values.address),
    categories: values.categories ?? [],
    householdMembers: (values.householdMembers ?? []).map((member) => ({
      name: member.name ?? "",
      relation: member.relation ?? "",
    })),
    guardianName: textOf(values.guardianName),
    guardianRelation: textOf(values.guardianRelation),
    riskLevel: values.riskLevel,
    isEmergency: values.isEmergency ?? false,
  };
  if (client) {
    // Not entered again: the stored birth date and sex stay (an update names only what changes).
    if (!body.birthDate) return { ...body, birthDate: undefined, sex: idNumber ? undefined : body.sex };
  }
  return body;
}
