// The spreadsheet functions the emulator computes, with Google Sheets' rules for each.
import {toBoolean, toNumber, toText} from './coercion';
import {criterionTest} from './criteria';
import {
  FormulaError,
  FormulaValue,
  isMatrix,
  Scalar,
  scalarOf,
  SerialDate,
} from './formula-values';

/** What a function may ask of the spreadsheet besides its arguments. */
export interface FunctionContext {
  /** The virtual clock as a serial number in the spreadsheet's time zone. */
  nowSerial(): number;
}

interface SheetFunction {
  minArgs: number;
  maxArgs: number;
  /** Takes error values as arguments (IFERROR); any other function returns the first one. */
  catchesErrors?: boolean;
  call(args: FormulaValue[], context: FunctionContext): FormulaValue;
}

const MANY = Infinity;

function cellsOf(value: FormulaValue): Scalar[] {
  return isMatrix(value) ? value.flat() : [value];
}

function firstError(values: Scalar[]): FormulaError | undefined {
  return values.find((v): v is FormulaError => v instanceof FormulaError);
}

/**
 * The numbers of the arguments as SUM and AVERAGE take them: in a range only numbers and dates
 * count; a value given directly is converted (numeric text, TRUE); an error stops everything.
 */
function numbersOf(args: FormulaValue[]): number[] | FormulaError {
  const numbers: number[] = [];
  for (const arg of args) {
    if (isMatrix(arg)) {
      for (const line of arg) {
        for (const cell of line) {
          if (cell instanceof FormulaError) return cell;
          if (typeof cell === 'number') numbers.push(cell);
          else if (cell instanceof SerialDate) numbers.push(cell.serial);
        }
      }
    } else if (arg !== null) {
      const n = toNumber(arg);
      if (n instanceof FormulaError) return n;
      numbers.push(n);
    }
  }
  return numbers;
}

function sum(numbers: number[]): number {
  return numbers.reduce((total, n) => total + n, 0);
}

function countWhere(args: FormulaValue[]): number | FormulaError {
  const ranges: Scalar[][] = [];
  const tests: Array<(cell: Scalar) => boolean> = [];
  for (let i = 0; i < args.length; i += 2) {
    const test = criterionTest(scalarOf(args[i + 1]));
    if (test instanceof FormulaError) return test;
    ranges.push(cellsOf(args[i]));
    tests.push(test);
  }
  const size = ranges[0].length;
  if (ranges.some(cells => cells.length !== size))
    return new FormulaError('#VALUE!');
  let count = 0;
  for (let k = 0; k < size; k++)
    if (tests.every((test, i) => test(ranges[i][k]))) count++;
  return count;
}

function textFunction(
  transform: (text: string) => FormulaValue
): SheetFunction {
  return {
    minArgs: 1,
    maxArgs: 1,
    call: ([value]) => {
      const text = toText(scalarOf(value));
      return text instanceof FormulaError ? text : transform(text);
    },
  };
}

function extreme(pick: (a: number, b: number) => number): SheetFunction {
  return {
    minArgs: 1,
    maxArgs: MANY,
    call: args => {
      const numbers = numbersOf(args);
      if (numbers instanceof FormulaError) return numbers;
      return numbers.length ? numbers.reduce(pick) : 0;
    },
  };
}

function logical(combine: (values: boolean[]) => boolean): SheetFunction {
  return {
    minArgs: 1,
    maxArgs: MANY,
    call: args => {
      const values: boolean[] = [];
      for (const cell of args.flatMap(cellsOf)) {
        if (cell === null) continue;
        const b = toBoolean(cell);
        if (b instanceof FormulaError) return b;
        values.push(b);
      }
      return combine(values);
    },
  };
}

/** Every function by its upper-case name; any other name is `#NAME?`. */
export const FUNCTIONS: Record<string, SheetFunction> = {
  SUM: {
    minArgs: 1,
    maxArgs: MANY,
    call: args => {
      const numbers = numbersOf(args);
      return numbers instanceof FormulaError ? numbers : sum(numbers);
    },
  },
  AVERAGE: {
    minArgs: 1,
    maxArgs: MANY,
    call: args => {
      const numbers = numbersOf(args);
      if (numbers instanceof FormulaError) return numbers;
      if (numbers.length === 0) return new FormulaError('#DIV/0!');
      return sum(numbers) / numbers.length;
    },
  },
  COUNT: {
    minArgs: 1,
    maxArgs: MANY,
    call: args =>
      args
        .flatMap(cellsOf)
        .filter(v => typeof v === 'number' || v instanceof SerialDate).length,
  },
  COUNTA: {
    minArgs: 1,
    maxArgs: MANY,
    call: args => args.flatMap(cellsOf).filter(v => v !== null).length,
  },
  COUNTBLANK: {
    minArgs: 1,
    maxArgs: 1,
    call: ([range]) =>
      cellsOf(range).filter(v => v === null || v === '').length,
  },
  COUNTIF: {minArgs: 2, maxArgs: 2, call: countWhere},
  COUNTIFS: {
    minArgs: 2,
    maxArgs: MANY,
    call: args =>
      args.length % 2 === 0 ? countWhere(args) : new FormulaError('#N/A'),
  },
  SUMIF: {
    minArgs: 2,
    maxArgs: 3,
    call: ([range, criterion, sumRange = range]) => {
      const test = criterionTest(scalarOf(criterion));
      if (test instanceof FormulaError) return test;
      const tested = cellsOf(range);
      const summed = cellsOf(sumRange);
      let total = 0;
      for (let k = 0; k < tested.length; k++) {
        if (!test(tested[k])) continue;
        const cell = summed[k] ?? null;
        if (cell instanceof FormulaError) return cell;
        if (typeof cell === 'number') total += cell;
        else if (cell instanceof SerialDate) total += cell.serial;
      }
      return total;
    },
  },
  MAX: extreme(Math.max),
  MIN: extreme(Math.min),
  IF: {
    catchesErrors: true,
    minArgs: 2,
    maxArgs: 3,
    call: ([condition, then, otherwise = false]) => {
      const test = toBoolean(scalarOf(condition));
      if (test instanceof FormulaError) return test;
      return test ? then : otherwise;
    },
  },
  IFERROR: {
    catchesErrors: true,
    minArgs: 1,
    maxArgs: 2,
    call: ([value, fallback = null]) =>
      scalarOf(value) instanceof FormulaError ? fallback : value,
  },
  IFNA: {
    catchesErrors: true,
    minArgs: 2,
    maxArgs: 2,
    call: ([value, fallback]) => {
      const v = scalarOf(value);
      return v instanceof FormulaError && v.code === '#N/A' ? fallback : value;
    },
  },
  AND: logical(values => values.every(Boolean)),
  OR: logical(values => values.some(Boolean)),
  NOT: {
    minArgs: 1,
    maxArgs: 1,
    call: ([value]) => {
      const b = toBoolean(scalarOf(value));
      return b instanceof FormulaError ? b : !b;
    },
  },
  ISBLANK: {
    catchesErrors: true,
    minArgs: 1,
    maxArgs: 1,
    call: ([value]) => scalarOf(value) === null,
  },
  NA: {minArgs: 0, maxArgs: 0, call: () => new FormulaError('#N/A')},
  /** Reads back as its label, or the URL without one (https://support.google.com/docs/answer/3093313). */
  HYPERLINK: {
    minArgs: 1,
    maxArgs: 2,
    call: ([url, label]) => scalarOf(label ?? url),
  },
  /** The date in the spreadsheet's time zone, recomputed at every read (https://support.google.com/docs/answer/3092984). */
  TODAY: {
    minArgs: 0,
    maxArgs: 0,
    call: (_, context) => new SerialDate(Math.floor(context.nowSerial())),
  },
  NOW: {
    minArgs: 0,
    maxArgs: 0,
    call: (_, context) => new SerialDate(context.nowSerial()),
  },
  CONCATENATE: {
    minArgs: 1,
    maxArgs: MANY,
    call: args => {
      const cells = args.flatMap(cellsOf);
      const error = firstError(cells);
      return error ?? cells.map(v => toText(v) as string).join('');
    },
  },
  LEN: textFunction(text => text.length),
  TRIM: textFunction(text => text.trim().replace(/ +/g, ' ')),
  UPPER: textFunction(text => text.toUpperCase()),
  LOWER: textFunction(text => text.toLowerCase()),
  ROUND: {
    minArgs: 1,
    maxArgs: 2,
    call: ([value, places = 0]) => {
      const n = toNumber(scalarOf(value));
      const p = toNumber(scalarOf(places));
      if (n instanceof FormulaError) return n;
      if (p instanceof FormulaError) return p;
      const factor = 10 ** Math.trunc(p);
      return (Math.sign(n) * Math.round(Math.abs(n) * factor)) / factor;
    },
  },
  ABS: {
    minArgs: 1,
    maxArgs: 1,
    call: ([value]) => {
      const n = toNumber(scalarOf(value));
      return n instanceof FormulaError ? n : Math.abs(n);
    },
  },
};

/** Calls a function by name with Sheets' checks: unknown names and wrong arities are errors. */
export function callFunction(
  name: string,
  args: FormulaValue[],
  context: FunctionContext
): FormulaValue {
  const fn = FUNCTIONS[name.toUpperCase()];
  if (!fn) return new FormulaError('#NAME?');
  if (args.length < fn.minArgs || args.length > fn.maxArgs)
    return new FormulaError('#N/A');
  if (!fn.catchesErrors) {
    const error = args.find(
      (arg): arg is FormulaError => arg instanceof FormulaError
    );
    if (error) return error;
  }
  return fn.call(args, context);
}
