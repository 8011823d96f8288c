/**
 * unowned-mistake's failure cue (see index.ts): every failure frame holds one of these words. Normalized text: lower
 * case, Persian folded, ZWNJ removed. Keep in step with en.ts and fa.ts.
 */
export const FAILURE_CUE = /wrong|incorrect|error|mistak|accident|erroneous|twice|two times|double|old address|outdated|without your|more than once|too (early|soon|late)|before|charged|faulty|damaged|defective|broken|duplicate|mismatch|mix-?up|lost|misplaced|mislaid|overlooked|missed|forgotten|mixed up|mishandled|misrout|mislabel|misdirect|misfiled|left out|omitted|dropped|skipped|cracks|اشتباه|سهو|دو ?بار|دو مرتبه|ناقص|نادرست|غلط|اضافه|ناخواسته|بدون اطلاع|بیدلیل|معیوب|خراب|آسیب|گم|مفقود|قلم|جا ما|جا مو|نادیده|فراموش|پاسخ ماند/;
/**
 * FAILURE_CUE in two parts, which the rule reads instead of it: the alternatives made only of word characters
 * (letters; no space or hyphen), which can only occur inside one word of the text, so a test of each distinct word
 * settles them exactly (index.ts's word cues, remembered by word); and the rest, which span words and are scanned.
 * FAILURE_CUE holds in a paragraph exactly when one of its words passes the first or the paragraph matches the
 * second. The scan of the whole cue, tried at every letter of most paragraphs, was the rule's largest single cost.
 * Keep the three in step (the rule's test checks the split).
 */
export const FAILURE_SINGLE = /wrong|incorrect|error|mistak|accident|erroneous|twice|double|outdated|before|charged|faulty|damaged|defective|broken|duplicate|mismatch|mixup|lost|misplaced|mislaid|overlooked|missed|forgotten|mishandled|misrout|mislabel|misdirect|misfiled|omitted|dropped|skipped|cracks|اشتباه|سهو|دوبار|ناقص|نادرست|غلط|اضافه|ناخواسته|بیدلیل|معیوب|خراب|آسیب|گم|مفقود|قلم|نادیده|فراموش/;
export const FAILURE_SPANNING = /two times|old address|without your|more than once|too (early|soon|late)|mix-up|mixed up|left out|دو بار|دو مرتبه|بدون اطلاع|جا ما|جا مو|پاسخ ماند/;
