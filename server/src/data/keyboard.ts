/**
 * The QWERTY layout, row by row, staggered as on a real keyboard: a typo that
 * hits a neighbouring key ("goverbment") is a cheaper mistake than one that
 * does not, so it ranks suggestions.
 */
export const keyboardRows: readonly string[] = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
