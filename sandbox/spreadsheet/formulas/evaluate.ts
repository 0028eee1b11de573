// Evaluates a parsed formula against the cells of a spreadsheet (parsing by @borgar/fx).
import {parse, parseA1Ref, tokenize} from '@borgar/fx';
import type {AstExpression} from '@borgar/fx';
import {comparisonHolds, compareValues, toNumber, toText} from './coercion';
import {
  errorOfCode,
  FormulaError,
  FormulaValue,
  isMatrix,
  Matrix,
  Scalar,
  scalarOf,
  SerialDate,
} from './formula-values';
import {callFunction, FunctionContext} from './functions';

/** A block of cells a reference names: 0-based, `undefined` for an open end (`A2:A`, `N:N`). */
export interface CellBlock {
  sheetName: string | undefined;
  top: number | undefined;
  left: number | undefined;
  bottom: number | undefined;
  right: number | undefined;
}

/** What the evaluator reads: the cells of a block, or the block a named range stands for. */
export interface CellSource extends FunctionContext {
  read(block: CellBlock): Matrix | FormulaError;
  named(name: string): CellBlock | undefined;
}

const PARSE_ERROR = new FormulaError('#ERROR!');
const parsed = new Map<string, AstExpression | FormulaError>();
const MAX_CACHED = 50_000;

/** A formula's syntax tree, parsed once per distinct text; `#ERROR!` when it does not parse. */
export function parseFormula(formula: string): AstExpression | FormulaError {
  let tree = parsed.get(formula);
  if (tree) return tree;
  try {
    tree = parse(tokenize(formula, {allowTernary: true, mergeRefs: true}));
  } catch {
    tree = PARSE_ERROR;
  }
  if (parsed.size >= MAX_CACHED) parsed.clear();
  parsed.set(formula, tree);
  return tree;
}

function blockOf(text: string, source: CellSource): CellBlock | FormulaError {
  const ref = parseA1Ref(text, {allowTernary: true, allowNamed: true});
  if (!ref) return new FormulaError('#NAME?');
  if ('name' in ref) {
    return source.named(ref.name) ?? new FormulaError('#NAME?');
  }
  const {top, left, bottom, right} = ref.range;
  return {
    sheetName: ref.context?.[0],
    top: top ?? undefined,
    left: left ?? undefined,
    bottom: bottom ?? undefined,
    right: right ?? undefined,
  };
}

function arithmetic(operator: string, left: Scalar, right: Scalar): Scalar {
  const a = toNumber(left);
  if (a instanceof FormulaError) return a;
  const b = toNumber(right);
  if (b instanceof FormulaError) return b;
  let n: number;
  switch (operator) {
    case '+':
      n = a + b;
      break;
    case '-':
      n = a - b;
      break;
    case '*':
      n = a * b;
      break;
    case '/':
      if (b === 0) return new FormulaError('#DIV/0!');
      n = a / b;
      break;
    default:
      n = a ** b;
  }
  if (!Number.isFinite(n)) return new FormulaError('#NUM!');
  // A date plus or minus days stays a date, as Sheets' automatic format shows it.
  const dated =
    (operator === '+' || operator === '-') &&
    left instanceof SerialDate !== right instanceof SerialDate;
  return dated ? new SerialDate(n) : n;
}

function binary(operator: string, left: Scalar, right: Scalar): Scalar {
  if (left instanceof FormulaError) return left;
  if (right instanceof FormulaError) return right;
  if (operator === '&') {
    return (toText(left) as string) + (toText(right) as string);
  }
  if (['=', '<>', '<', '>', '<=', '>='].includes(operator))
    return comparisonHolds(operator, compareValues(left, right));
  if (['+', '-', '*', '/', '^'].includes(operator))
    return arithmetic(operator, left, right);
  return new FormulaError('#ERROR!');
}

function unary(operator: string, value: Scalar): Scalar {
  if (operator === '+') return value;
  const n = toNumber(value);
  if (n instanceof FormulaError) return n;
  if (operator === '-') return -n;
  if (operator === '%') return n / 100;
  return new FormulaError('#ERROR!');
}

/** The value of an expression: a block of cells for a reference, otherwise one value. */
export function evaluate(
  node: AstExpression | null,
  source: CellSource
): FormulaValue {
  if (node === null) return null;
  switch (node.type) {
    case 'Literal':
      return node.value;
    case 'ErrorLiteral':
      return errorOfCode(node.value) ?? new FormulaError('#ERROR!');
    case 'ReferenceIdentifier': {
      const block = blockOf(node.value, source);
      return block instanceof FormulaError ? block : source.read(block);
    }
    case 'UnaryExpression':
      return unary(
        node.operator,
        scalarOf(evaluate(node.arguments[0], source))
      );
    case 'BinaryExpression':
      return binary(
        node.operator,
        scalarOf(evaluate(node.arguments[0], source)),
        scalarOf(evaluate(node.arguments[1], source))
      );
    case 'CallExpression':
      return callFunction(
        node.callee.name,
        node.arguments.map(arg => evaluate(arg, source)),
        source
      );
    case 'ArrayExpression':
      return node.elements.map(line =>
        line.map(element => scalarOf(evaluate(element, source)))
      );
    default:
      return new FormulaError('#NAME?');
  }
}

/** A formula's result as one value (`=A1:B2` gives its top-left cell; Sheets would spill). */
export function evaluateFormula(formula: string, source: CellSource): Scalar {
  const tree = parseFormula(formula);
  if (tree instanceof FormulaError) return tree;
  const value = evaluate(tree, source);
  return isMatrix(value) ? scalarOf(value) : value;
}
