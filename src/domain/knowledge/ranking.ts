// BM25 text ranking: scores short documents (articles, past fixes) against a request's words.
import {normalised} from '../text';

/** Words too common in help requests to tell one problem from another. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be but by can cannot do does for from get has have i in is it its ' +
    'me my of on or our so that the their them then there this to up was we when will ' +
    'with you your please help need needs still just again'
  ).split(' ')
);

/** Folds simple English plurals and verb endings so "printers" meets "printer", "charging" "charge". */
function stem(word: string): string {
  let root = word;
  if (root.length > 5 && root.endsWith('ing')) root = root.slice(0, -3);
  else if (root.length > 4 && root.endsWith('ies'))
    root = `${root.slice(0, -3)}y`;
  else if (root.length > 5 && root.endsWith('ed')) root = root.slice(0, -2);
  else if (root.length > 3 && root.endsWith('s') && !root.endsWith('ss'))
    root = root.slice(0, -1);
  return root.length > 3 && root.endsWith('e') ? root.slice(0, -1) : root;
}

/** A text's telling words: letters and digits, lower case, without stop words. */
export function wordsOf(text: string): string[] {
  return normalised(text)
    .replace(/[’']/g, '')
    .replace(/wi-fi/g, 'wifi')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(word => word !== '' && !STOP_WORDS.has(word));
}

/** A text's searchable terms: its telling words, stemmed. */
export function termsOf(text: string): string[] {
  return wordsOf(text).map(stem);
}

/** A document as weighted fields of text: a keyword counts more than a word of the steps. */
export type RankedDocument = readonly {
  readonly text: string;
  readonly weight: number;
}[];

const K1 = 1.2;
const B = 0.75;

/**
 * BM25 scores (Robertson and Zaragoza's Okapi weighting, with field weights folded into the term
 * frequency as BM25F does) of each document for the query, in document order; 0 means no term in
 * common.
 */
export function bm25Scores(
  documents: readonly RankedDocument[],
  query: string
): number[] {
  const frequencies = documents.map(fields => {
    const counts = new Map<string, number>();
    let length = 0;
    for (const field of fields)
      for (const term of termsOf(field.text)) {
        counts.set(term, (counts.get(term) ?? 0) + field.weight);
        length += field.weight;
      }
    return {counts, length};
  });
  const averageLength =
    frequencies.reduce((sum, doc) => sum + doc.length, 0) /
    Math.max(frequencies.length, 1);
  const queryTerms = [...new Set(termsOf(query))];
  const inverse = new Map(
    queryTerms.map(term => {
      const holding = frequencies.filter(doc => doc.counts.has(term)).length;
      const n = frequencies.length;
      return [term, Math.log(1 + (n - holding + 0.5) / (holding + 0.5))];
    })
  );
  return frequencies.map(({counts, length}) =>
    queryTerms.reduce((score, term) => {
      const tf = counts.get(term) ?? 0;
      if (tf === 0) return score;
      const norm = K1 * (1 - B + (B * length) / (averageLength || 1));
      return score + ((inverse.get(term) ?? 0) * tf * (K1 + 1)) / (tf + norm);
    }, 0)
  );
}
