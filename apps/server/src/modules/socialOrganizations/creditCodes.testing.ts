import { creditCodeAlphabet, creditCodeCheckCharacter } from "@xinqiao/shared";

/** Test helpers: a valid civil-affairs credit code (5 + category + district + 9 characters + check). */
export function codeFor(category: "1" | "2" | "3", district: string, body: string): string {
  const first17 = `5${category}${district.slice(0, 6)}${body}`;
  return first17 + creditCodeCheckCharacter(first17);
}

/** The same code with a wrong check character. */
export function failingCode(code: string): string {
  const wrong =
    creditCodeAlphabet[(creditCodeAlphabet.indexOf(code.slice(17)) + 1) % creditCodeAlphabet.length];
  return `${code.slice(0, 17)}${wrong}`;
}
