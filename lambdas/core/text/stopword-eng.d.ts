/** The English list of the `stopword` package, imported on its own (the package types only its index). */
declare module 'stopword/src/stopwords_eng.js' {
  export const eng: string[];
}
