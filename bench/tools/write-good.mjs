// write-good: regex-based English style suggestions over raw text.
import writeGood from 'write-good';

export const name = 'write-good';
export async function setup() {
  return (text) => writeGood(text).length;
}
