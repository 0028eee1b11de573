// Comma-separated text read into rows of cells (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes).

/**
 * The rows of a CSV text. A quoted field may hold commas, line breaks and doubled quotes; CRLF and
 * LF both end a row; blank lines are dropped. Hand-written: Utilities.parseCsv is a Google service,
 * and the domain names none.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endRow = () => {
    row.push(field);
    if (row.some(cell => cell.trim() !== '')) rows.push(row);
    row = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n') endRow();
    else if (char !== '\r') field += char;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
