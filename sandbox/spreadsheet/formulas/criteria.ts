// The criterion of COUNTIF, SUMIF and their kin: a value, or text such as ">=3", "<>Closed", "Op*n".
import {comparisonHolds, NUMERIC_TEXT, toNumber} from './coercion';
import {FormulaError, Scalar, SerialDate} from './formula-values';

const OPERATOR = /^(<=|>=|<>|=|<|>)?([\s\S]*)$/;

function wildcardPattern(text: string): RegExp {
  let source = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '~' && i + 1 < text.length) source += escape(text[++i]);
    else if (ch === '*') source += '[\\s\\S]*';
    else if (ch === '?') source += '[\\s\\S]';
    else source += escape(ch);
  }
  return new RegExp(`^${source}$`, 'i');
}

function escape(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function numberIn(cell: Scalar): number | undefined {
  if (typeof cell === 'number') return cell;
  if (cell instanceof SerialDate) return cell.serial;
  return undefined;
}

function holds(cell: Scalar): boolean {
  return cell !== null && cell !== '';
}

/**
 * A test for each cell, following Google's COUNTIF page
 * (https://support.google.com/docs/answer/3093480): a number matches equal numbers; text may start
 * with =, <>, <, >, <=, >=; text matches without regard to case, with ? and * as wildcards (~
 * escapes them); "" matches empty cells and "<>" cells that hold something.
 */
export function criterionTest(
  criterion: Scalar
): ((cell: Scalar) => boolean) | FormulaError {
  if (criterion instanceof FormulaError) return criterion;
  if (criterion === null) return cell => numberIn(cell) === 0;
  if (typeof criterion === 'number' || criterion instanceof SerialDate) {
    const wanted = toNumber(criterion) as number;
    return cell => numberIn(cell) === wanted;
  }
  if (typeof criterion === 'boolean') return cell => cell === criterion;
  const [, op = '=', operand] = OPERATOR.exec(criterion)!;
  if (operand === '') return op === '<>' ? holds : cell => !holds(cell);
  if (NUMERIC_TEXT.test(operand)) {
    const wanted = Number(operand);
    return cell => {
      const n = numberIn(cell);
      if (n === undefined) return op === '<>';
      return comparisonHolds(op, n - wanted);
    };
  }
  const upper = operand.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') {
    const wanted = upper === 'TRUE';
    return cell =>
      typeof cell === 'boolean'
        ? comparisonHolds(op, +cell - +wanted)
        : op === '<>';
  }
  if (op === '=' || op === '<>') {
    const pattern = wildcardPattern(operand);
    const matches = (cell: Scalar) =>
      typeof cell === 'string' && pattern.test(cell);
    return op === '=' ? matches : cell => !matches(cell);
  }
  const lower = operand.toLowerCase();
  return cell => {
    if (typeof cell !== 'string') return false;
    const text = cell.toLowerCase();
    return comparisonHolds(op, text < lower ? -1 : text > lower ? 1 : 0);
  };
}
