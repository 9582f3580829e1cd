/** Masked forms of personal data shown by default (PIPL): 110***********1234, 138****1234. */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length < 8) return "*".repeat(idNumber.length);
  return `${idNumber.slice(0, 3)}${"*".repeat(idNumber.length - 7)}${idNumber.slice(-4)}`;
}

export function maskPhone(phone: string): string {
  if (phone.length < 7) return "*".repeat(phone.length);
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

/** An address shown by default: the first few characters (the area), the rest hidden. */
export function maskAddress(address: string): string {
  const shown = Math.min(6, Math.floor(address.length / 2));
  return `${address.slice(0, shown)}****`;
}
