import { idNumberCheckCharacter } from "@xinqiao/shared";

/** Test helpers: valid ID numbers that no demo volunteer has (demo sequences are 3 digits < 1000). */
let counter = 0;

/** A valid 18-digit ID number born in 1990 in 北京 (demo volunteers are born in 浙江 or elsewhere). */
export function freshIdNumber(sex: "male" | "female" = "female"): string {
  counter += 1;
  const day = String((counter % 28) + 1).padStart(2, "0");
  const month = String((Math.floor(counter / 28) % 12) + 1).padStart(2, "0");
  const order = String(((counter * 2) % 998) + (sex === "male" ? 1 : 0)).padStart(3, "0");
  const first17 = `110105${1985 + (Math.floor(counter / 336) % 10)}${month}${day}${order}`;
  return first17 + idNumberCheckCharacter(first17);
}

/** The same number with a wrong check character. */
export function withWrongCheck(idNumber: string): string {
  const check = idNumber.slice(-1);
  return idNumber.slice(0, 17) + (check === "0" ? "1" : "0");
}
