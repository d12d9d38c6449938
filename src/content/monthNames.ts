// Month names of the Gregorian calendar for languages the tablet's browser may have no date data for
// (Chromium ships without ti, ps, so, ckb and kmr and would print English). Letters and "Mijn plan" show
// Dutch dates, so the same calendar is used in his language. status: draft.
// Source: CLDR month names (formatting, wide) as in Node 20's ICU; Pashto: the Gregorian names used in
// Afghanistan (CLDR's own Pashto data gives the solar months' names, which would mislead next to Dutch dates).

export const MONTH_NAMES: Readonly<Record<string, readonly string[]>> = {
  ti: ["ጥሪ", "ለካቲት", "መጋቢት", "ሚያዝያ", "ጉንበት", "ሰነ", "ሓምለ", "ነሓሰ", "መስከረም", "ጥቅምቲ", "ሕዳር", "ታሕሳስ"],
  ps: ["جنوري", "فبروري", "مارچ", "اپریل", "می", "جون", "جولای", "اګست", "سپتمبر", "اکتوبر", "نومبر", "دسمبر"],
  so: ["Jannaayo", "Febraayo", "Maarso", "Abriil", "Maayo", "Juun", "Luulyo", "Ogosto", "Sebteembar", "Oktoobar", "Noofeembar", "Diseembar"],
  ckb: ["کانوونی دووەم", "شوبات", "ئازار", "نیسان", "ئایار", "حوزەیران", "تەمووز", "ئاب", "ئەیلوول", "تشرینی یەکەم", "تشرینی دووەم", "کانونی یەکەم"],
  kmr: ["rêbendan", "sibat", "adar", "nîsan", "gulan", "hezîran", "tîrmeh", "tebax", "îlon", "cotmeh", "mijdar", "berfanbar"],
};
