import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateFormula, FormulaError, namesOf, parseFormula } from "./formula.ts";
import { analyticsParameters, indicatorCatalogue, measureCatalogue } from "./indicators.ts";

describe("indicator formulas", () => {
  it("evaluates per-capita formulas with precedence and parentheses", () => {
    const perTenThousand = parseFormula("socialWorkers / residents * 10000");
    expect(evaluateFormula(perTenThousand, { socialWorkers: 45, residents: 300_000 })).toBeCloseTo(1.5);
    expect(evaluateFormula(parseFormula("a + b * 2"), { a: 1, b: 3 })).toBe(7);
    expect(evaluateFormula(parseFormula("(a + b) * 2"), { a: 1, b: 3 })).toBe(8);
    expect(evaluateFormula(parseFormula("a - b - c"), { a: 10, b: 3, c: 2 })).toBe(5);
    expect(evaluateFormula(parseFormula("a / b / c"), { a: 12, b: 3, c: 2 })).toBe(2);
    expect(namesOf(parseFormula("x / (y + x) * 100"))).toEqual(["x", "y"]);
  });

  it("has no value without a count or with a divisor of 0", () => {
    const formula = parseFormula("socialWorkers / residents * 10000");
    expect(evaluateFormula(formula, { socialWorkers: 3, residents: 0 })).toBeNull();
    expect(evaluateFormula(formula, { socialWorkers: 3 })).toBeNull();
  });

  it("refuses anything but numbers, names, + - * / and parentheses", () => {
    for (const bad of ["a +", "(a", "a)", "a ** b", "process.exit()", "a; b", "1e9", "a b"]) {
      expect(() => parseFormula(bad), bad).toThrow(FormulaError);
    }
  });

  it("evaluates any expression as arithmetic would (property)", () => {
    type Expr = { text: string; value: (v: Record<string, number>) => number };
    const names = ["a", "b", "c"];
    const { expr } = fc.letrec<{ expr: Expr }>((tie) => ({
      expr: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        fc.integer({ min: 0, max: 1000 }).map((n) => ({ text: String(n), value: () => n })),
        fc
          .constantFrom(...names)
          .map((name) => ({ text: name, value: (v: Record<string, number>) => v[name] ?? 0 })),
        fc.tuple(tie("expr"), fc.constantFrom("+", "-", "*"), tie("expr")).map(([left, operator, right]) => ({
          text: `(${left.text} ${operator} ${right.text})`,
          value: (v: Record<string, number>) =>
            operator === "+"
              ? left.value(v) + right.value(v)
              : operator === "-"
                ? left.value(v) - right.value(v)
                : left.value(v) * right.value(v),
        })),
      ),
    }));
    fc.assert(
      fc.property(expr, fc.record({ a: fc.integer(), b: fc.integer(), c: fc.integer() }), (e, values) => {
        expect(evaluateFormula(parseFormula(e.text), values)).toBe(e.value(values));
      }),
    );
  });

  it("every catalogue formula names only measures of the catalogue or its parameters", () => {
    const known = new Set([...measureCatalogue.map((m) => m.code), ...Object.keys(analyticsParameters)]);
    for (const indicator of indicatorCatalogue) {
      for (const name of namesOf(parseFormula(indicator.formula))) {
        expect(known.has(name), `${indicator.code}: ${name}`).toBe(true);
      }
    }
    const codes = [...measureCatalogue.map((m) => m.code), ...indicatorCatalogue.map((i) => i.code)];
    expect(new Set(codes).size, "codes are unique").toBe(codes.length);
  });
});
