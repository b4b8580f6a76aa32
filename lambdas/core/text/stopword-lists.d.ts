/** The lists of the `stopword` package's index that the engine reads (the package types only its functions). */
declare module 'stopword/src/stopword.js' {
  type List = string[];
  export const ara: List, bul: List, ben: List, cat: List, ces: List, dan: List, deu: List, ell: List;
  export const spa: List, est: List, eus: List, fas: List, fin: List, fra: List, guj: List, heb: List;
  export const hin: List, hrv: List, hun: List, hye: List, ita: List, jpn: List, kor: List, kur: List;
  export const lit: List, lav: List, mar: List, msa: List, nld: List, nob: List, panGu: List, pol: List;
  export const por: List, ron: List, rus: List, slk: List, slv: List, swe: List, tgl: List, tur: List;
  export const ukr: List, urd: List, vie: List, yor: List, zho: List;
}
