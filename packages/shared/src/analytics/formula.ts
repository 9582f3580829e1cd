/**
 * Indicator formulas (DHIS2's "indicators as formulas over raw counts"): an arithmetic expression
 * over named counts — `socialWorkers / residents * 10000` — parsed once and evaluated at query
 * time over the stored counts, so changing a formula rewrites no data. Only numbers, names,
 * + − × ÷ and parentheses: a formula is data, never code to run.
 */
export type Formula =
  | { kind: "number"; value: number }
  | { kind: "name"; name: string }
  | { kind: "binary"; operator: "+" | "-" | "*" | "/"; left: Formula; right: Formula };

export class FormulaError extends Error {}

type Token =
  | { kind: "number"; value: number }
  | { kind: "name"; name: string }
  | { kind: "symbol"; symbol: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z][A-Za-z0-9]*)|([-+*/()]))/y;
  let at = 0;
  while (at < source.length) {
    if (/^\s*$/.test(source.slice(at))) break;
    pattern.lastIndex = at;
    const match = pattern.exec(source);
    if (!match) throw new FormulaError(`formula "${source}": character ${at + 1} is not understood`);
    if (match[1] !== undefined) tokens.push({ kind: "number", value: Number(match[1]) });
    else if (match[2] !== undefined) tokens.push({ kind: "name", name: match[2] });
    else tokens.push({ kind: "symbol", symbol: match[3] ?? "" });
    at = pattern.lastIndex;
  }
  return tokens;
}

/**
 * Parses `source`; throws FormulaError naming what is wrong. Formulas are the catalogue's, written
 * by developers and checked by tests, so the errors are in English for them.
 */
export function parseFormula(source: string): Formula {
  const tokens = tokenize(source);
  let position = 0;
  const peek = () => tokens[position];
  const isSymbol = (symbol: string) => {
    const token = peek();
    return token?.kind === "symbol" && token.symbol === symbol;
  };

  function factor(): Formula {
    const token = tokens[position++];
    if (!token) throw new FormulaError(`formula "${source}" ends too early`);
    if (token.kind === "number") return token;
    if (token.kind === "name") return token;
    if (token.symbol === "(") {
      const inner = sum();
      if (!isSymbol(")")) throw new FormulaError(`formula "${source}" misses a closing parenthesis`);
      position += 1;
      return inner;
    }
    throw new FormulaError(`formula "${source}": "${token.symbol}" is out of place`);
  }
  function product(): Formula {
    let left = factor();
    while (isSymbol("*") || isSymbol("/")) {
      const operator = (tokens[position++] as { symbol: "*" | "/" }).symbol;
      left = { kind: "binary", operator, left, right: factor() };
    }
    return left;
  }
  function sum(): Formula {
    let left = product();
    while (isSymbol("+") || isSymbol("-")) {
      const operator = (tokens[position++] as { symbol: "+" | "-" }).symbol;
      left = { kind: "binary", operator, left, right: product() };
    }
    return left;
  }

  const formula = sum();
  if (position !== tokens.length) throw new FormulaError(`formula "${source}" goes on after its end`);
  return formula;
}

/** The names a formula reads. */
export function namesOf(formula: Formula): string[] {
  if (formula.kind === "number") return [];
  if (formula.kind === "name") return [formula.name];
  return [...new Set([...namesOf(formula.left), ...namesOf(formula.right)])];
}

/**
 * The formula's value over `counts`; null when a name has no value or a divisor is 0 (a
 * district without residents has no per-capita figure, not an infinite one).
 */
export function evaluateFormula(
  formula: Formula,
  counts: Readonly<Record<string, number | undefined>>,
): number | null {
  if (formula.kind === "number") return formula.value;
  if (formula.kind === "name") {
    const value = counts[formula.name];
    return value === undefined || !Number.isFinite(value) ? null : value;
  }
  const left = evaluateFormula(formula.left, counts);
  const right = evaluateFormula(formula.right, counts);
  if (left === null || right === null) return null;
  switch (formula.operator) {
    case "+":
      return left + right;
    case "-":
      return left - right;
    case "*":
      return left * right;
    case "/":
      return right === 0 ? null : left / right;
  }
}
